package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * A target (chỉ tiêu): its words, and the value, growth and awards parsed from them.
 *
 * @param ordinal the ordinal as written ({@code (1)}, {@code a)}), written in place of the list's marker; null for none
 * @param text the target as written ({@code Tổng thu hút vốn đầu tư quy đổi khoảng 1,2 tỷ USD.})
 * @param description what is measured ({@code Tổng thu hút vốn đầu tư quy đổi}), when it has a value
 * @param quantity the value with its unit, or null for a target without a figure
 * @param growth the growth against a base year, when given
 * @param definition how its rate is computed, when the document says
 * @param awards award proposals this target makes (schema 1; schema 2 writes them in an {@link AwardList})
 * @param notes lines that follow the target and belong to it (a definition written under it)
 */
@PlanValue
public record Target(
        String ordinal,
        @JsonProperty(required = true) String text,
        String description,
        Quantity quantity,
        Growth growth,
        RateDefinition definition,
        List<AwardProposal> awards,
        List<String> notes) {

    public Target {
        ordinal = nfc(ordinal);
        text = required(text, "text");
        description = nfc(description);
        awards = list(awards, "awards");
        notes = texts(notes, "notes");
    }

    /** A schema 1 target. */
    public Target(String text, String description, Quantity quantity, Growth growth, List<AwardProposal> awards) {
        this(null, text, description, quantity, growth, null, awards, null);
    }
}
