package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * One criterion, participant, principle or standard.
 *
 * @param ordinal the ordinal as written ({@code a)}, {@code (1)}), or null to use the list's marker
 * @param text the item as written
 * @param notes lines that follow it and belong to it
 */
@PlanValue
public record Item(String ordinal, @JsonProperty(required = true) String text, List<String> notes) {

    public Item {
        ordinal = nfc(ordinal);
        text = required(text, "text");
        notes = texts(notes, "notes");
    }
}
