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
 * @param event the event that ends the window, as written, for {@link TimingKind#UNTIL_EVENT}
 *     ({@code tổ chức thành công Đại hội đại biểu Đảng bộ tỉnh lần thứ I})
 * @param recurrence how often, for {@link TimingKind#RECURRING}
 * @param duration how long, for {@link TimingKind#DURATION}
 * @param durationUnit in what unit, for {@link TimingKind#DURATION}
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
        Correction correction,
        String event,
        Recurrence recurrence,
        Integer duration,
        DurationUnit durationUnit) implements Labelled {

    public Timing {
        label = nfc(label);
        text = required(text, "text");
        kind = required(kind, "kind");
        tentative = Boolean.TRUE.equals(tentative);
        event = nfc(event);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        switch (kind) {
            case DEADLINE -> required(to, "to");
            case RANGE, MONTH, YEARS -> {
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
            case UNTIL_EVENT -> {
                required(event, "event");
                if (to != null) {
                    throw new InvalidFieldException("to", "must be absent: the event ends the window");
                }
            }
            case RECURRING -> required(recurrence, "recurrence");
            case DURATION -> {
                required(duration, "duration");
                required(durationUnit, "durationUnit");
                if (duration < 1) {
                    throw new InvalidFieldException("duration", "must be at least 1, was " + duration);
                }
            }
        }
        if (kind != TimingKind.QUARTER && quarter != null) {
            throw new IllegalArgumentException("quarter is only for a QUARTER time");
        }
        if (kind != TimingKind.UNTIL_EVENT && event != null) {
            throw new InvalidFieldException("event", "is only for an UNTIL_EVENT time");
        }
        if (kind != TimingKind.RECURRING && recurrence != null) {
            throw new InvalidFieldException("recurrence", "is only for a RECURRING time");
        }
        if (kind != TimingKind.DURATION && (duration != null || durationUnit != null)) {
            throw new InvalidFieldException("duration", "is only for a DURATION time");
        }
    }

    /** A schema 1 time: no event, recurrence nor duration. */
    public Timing(String label, String text, TimingKind kind, LocalDate from, LocalDate to, Integer quarter,
            Boolean tentative, Correction correction) {
        this(label, text, kind, from, to, quarter, tentative, correction, null, null, null, null);
    }
}
