package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.required;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * A date the document gets wrong, kept as written next to the date it means: seed 002 writes
 * {@code 01/7/2014} in a 2020 plan.
 *
 * @param field which date of the timing is corrected: {@code from} or {@code to}
 * @param asWritten the date the text literally gives
 * @param note why the meant date differs
 */
@PlanValue
public record Correction(
        @JsonProperty(required = true) String field,
        @JsonProperty(required = true) LocalDate asWritten,
        @JsonProperty(required = true) String note) {

    public Correction {
        field = required(field, "field");
        if (!field.equals("from") && !field.equals("to")) {
            throw new IllegalArgumentException("field must be 'from' or 'to', was '" + field + "'");
        }
        asWritten = required(asWritten, "asWritten");
        note = required(note, "note");
    }
}
