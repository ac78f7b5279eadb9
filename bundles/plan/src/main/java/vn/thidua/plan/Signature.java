package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * The signature block at the bottom right (ô 7a–7c).
 *
 * <p>A bloc plan signs at two levels: {@code T.M KHỐI TD&MN PHÍA BẮC / KHỐI TRƯỞNG} over the
 * signer's own office {@code TRƯỞNG BAN QL CÁC KCN BẮC GIANG} and name.
 *
 * @param authorities authority lines, outermost first ({@code TM. ỦY BAN NHÂN DÂN}, {@code KT. CHỦ TỊCH})
 * @param position the signer's position in the signing body ({@code TRƯỞNG BAN}, {@code KHỐI TRƯỞNG})
 * @param signerOffice the signer's own office, written under the signature space in a two-level block
 * @param name the signer's full name
 */
@PlanValue
public record Signature(
        List<Authority> authorities,
        @JsonProperty(required = true) String position,
        String signerOffice,
        @JsonProperty(required = true) String name) {

    public Signature {
        authorities = list(authorities, "authorities");
        position = required(position, "position");
        signerOffice = nfc(signerOffice);
        name = required(name, "name");
    }
}
