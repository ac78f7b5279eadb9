package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * When something happens, in the document's words and as dates.
 *
 * @param label the label the document gives it ({@code Thời gian hoàn thành}), when it gives one
 * @param text the original wording, with its punctuation ({@code Trước 30/3/2023.})
 * @param kind how the time is expressed
 * @param from first day of the window, when known
 * @param to last day of the window (the deadline itself for {@link TimingKind#DEADLINE}), when known
 * @param quarter the quarter (1–4) for {@link TimingKind#QUARTER}
 * @param tentative true when the document says the time is provisional ({@code dự kiến}); absent means false
 * @param correction a date the text gets wrong, kept as written
 */
@PlanValue
public record Timing(
        String label,
        @JsonProperty(required = true) String text,
        @JsonProperty(required = true) TimingKind kind,
        LocalDate from,
        LocalDate to,
        Integer quarter,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean tentative,
        Correction correction) implements Labelled {

    public Timing {
        label = nfc(label);
        text = required(text, "text");
        kind = required(kind, "kind");
        tentative = Boolean.TRUE.equals(tentative);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        switch (kind) {
            case DEADLINE -> required(to, "to");
            case RANGE, MONTH -> {
                required(from, "from");
                required(to, "to");
            }
            case QUARTER -> {
                required(quarter, "quarter");
                if (quarter < 1 || quarter > 4) {
                    throw new InvalidFieldException("quarter", "must be between 1 and 4, was " + quarter);
                }
            }
            case RELATIVE -> {
                if (from != null || to != null) {
                    throw new IllegalArgumentException("a relative time has no dates");
                }
            }
        }
        if (kind != TimingKind.QUARTER && quarter != null) {
            throw new IllegalArgumentException("quarter is only for a QUARTER time");
        }
    }
}
