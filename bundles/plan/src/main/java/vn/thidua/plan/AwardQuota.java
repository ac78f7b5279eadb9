package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * A count an award proposal is held to: a number or a rate, exact, at least or at most, for one kind
 * of recipient, over the whole plan or per unit ({@code mỗi đơn vị đề nghị không quá 02 tập thể},
 * {@code không quá 15% tập thể}, {@code 01 cá nhân/01 đơn vị}).
 *
 * @param bound exact, at least or at most
 * @param value the number, or the percentage for a rate
 * @param rate true when {@code value} is a percentage ({@code 15%}); absent means false
 * @param recipientKind whom it counts, when the count names one
 * @param per what it is counted per ({@code đơn vị}, {@code xã}), for a per-unit quota; null for the whole plan
 * @param text the words of the document that set it ({@code không quá 02 tập thể})
 */
@PlanValue
public record AwardQuota(
        @JsonProperty(required = true) QuotaBound bound,
        @JsonProperty(required = true) BigDecimal value,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean rate,
        RecipientKind recipientKind,
        String per,
        String text) {

    public AwardQuota {
        bound = required(bound, "bound");
        value = required(value, "value");
        if (value.signum() < 0) {
            throw new InvalidFieldException("value", "must not be negative, was " + value.toPlainString());
        }
        rate = Boolean.TRUE.equals(rate);
        if (rate && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidFieldException("value", "a rate must be at most 100 (%), was " + value.toPlainString());
        }
        per = nfc(per);
        text = nfc(text);
    }
}
