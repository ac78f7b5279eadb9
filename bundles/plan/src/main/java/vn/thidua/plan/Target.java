package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * A target (chỉ tiêu): its words, and the value, growth and awards parsed from them.
 *
 * @param text the target as written ({@code Tổng thu hút vốn đầu tư quy đổi khoảng 1,2 tỷ USD.})
 * @param description what is measured ({@code Tổng thu hút vốn đầu tư quy đổi}), when it has a value
 * @param quantity the value with its unit, or null for a target without a figure
 * @param growth the growth against a base year, when given
 * @param awards award proposals this target makes
 */
@PlanValue
public record Target(
        @JsonProperty(required = true) String text,
        String description,
        Quantity quantity,
        Growth growth,
        List<AwardProposal> awards) {

    public Target {
        text = required(text, "text");
        description = nfc(description);
        awards = list(awards, "awards");
    }
}
