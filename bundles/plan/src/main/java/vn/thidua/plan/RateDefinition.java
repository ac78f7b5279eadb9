package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * How a target's rate is computed: {@code Tỷ lệ = số doanh nghiệp có tổ chức công đoàn / tổng số
 * doanh nghiệp}.
 *
 * @param text the definition as written
 * @param numerator what is counted above the line, as written
 * @param denominator what it is divided by, as written
 */
@PlanValue
public record RateDefinition(
        @JsonProperty(required = true) String text,
        String numerator,
        String denominator) {

    public RateDefinition {
        text = required(text, "text");
        numerator = nfc(numerator);
        denominator = nfc(denominator);
    }
}
