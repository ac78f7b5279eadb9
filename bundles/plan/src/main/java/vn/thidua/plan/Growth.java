package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.required;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * Growth against a base year: {@code tăng 19,3% so với 2023}.
 *
 * @param percent the growth in percent ({@code 19.3})
 * @param percentText the number as written ({@code 19,3})
 * @param baseYear the year compared with
 * @param text the phrase as written
 */
@PlanValue
public record Growth(
        @JsonProperty(required = true) BigDecimal percent,
        @JsonProperty(required = true) String percentText,
        @JsonProperty(required = true) int baseYear,
        @JsonProperty(required = true) String text) {

    public Growth {
        percent = required(percent, "percent");
        percentText = required(percentText, "percentText");
        text = required(text, "text");
        if (baseYear < 1900 || baseYear > 2200) {
            throw new InvalidFieldException("baseYear", "must be between 1900 and 2200, was " + baseYear);
        }
    }
}
