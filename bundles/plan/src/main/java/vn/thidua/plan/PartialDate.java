package vn.thidua.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * A date whose day or month may still be blank, as on a draft: {@code ngày   tháng 01 năm 2024}.
 * The year is always known.
 */
@PlanValue
public record PartialDate(Integer day, Integer month, @JsonProperty(required = true) int year) {

    public PartialDate {
        if (year < 1900 || year > 2200) {
            throw new InvalidFieldException("year", "must be between 1900 and 2200, was " + year);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new InvalidFieldException("month", "must be between 1 and 12, was " + month);
        }
        if (day != null) {
            if (month == null) {
                throw new IllegalArgumentException("day is given without a month");
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("day " + day + " does not exist in " + month + "/" + year);
            }
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** The full date, when day and month are both known. */
    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    public boolean isComplete() {
        return day != null && month != null;
    }
}
