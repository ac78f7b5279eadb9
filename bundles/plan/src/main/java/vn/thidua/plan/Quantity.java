package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * A value with its unit, as in {@code khoảng 1,2 tỷ USD}.
 *
 * @param value the number ({@code 1.2}); Vietnamese writes {@code 1,2} and {@code 540.000}
 * @param valueText the number as written ({@code 1,2}, {@code 02})
 * @param unit the unit as written ({@code tỷ USD}, {@code ha}, {@code %})
 * @param qualifier how the value is meant, when said
 * @param text the whole phrase as written ({@code khoảng 1,2 tỷ USD})
 */
@PlanValue
public record Quantity(
        @JsonProperty(required = true) BigDecimal value,
        @JsonProperty(required = true) String valueText,
        @JsonProperty(required = true) String unit,
        Qualifier qualifier,
        String text) {

    public Quantity {
        value = required(value, "value");
        valueText = required(valueText, "valueText");
        unit = required(unit, "unit");
        text = nfc(text);
    }
}
