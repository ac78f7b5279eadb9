package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * One authority line of a signature block: {@code TM. ỦY BAN NHÂN DÂN}, {@code KT. TRƯỞNG BAN}.
 *
 * @param prefix the authority
 * @param written the prefix as the document writes it ({@code T.M}); null means {@code prefix.written()}
 * @param signedFor the body or office signed for
 */
@PlanValue
public record Authority(
        @JsonProperty(required = true) AuthorityPrefix prefix,
        String written,
        @JsonProperty(required = true) String signedFor) {

    public Authority {
        prefix = required(prefix, "prefix");
        written = written == null ? prefix.written() : nfc(written);
        signedFor = required(signedFor, "signedFor");
    }

    public String line() {
        return written + " " + signedFor;
    }
}
