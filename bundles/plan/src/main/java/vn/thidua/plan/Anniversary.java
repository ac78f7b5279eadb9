package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import java.time.DateTimeException;
import java.time.MonthDay;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * A day a phase honours: {@code Ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc 11/6}.
 *
 * @param name the day's name as written
 * @param day day of the month
 * @param month month
 * @param eventYear the year of the event commemorated (1948 for 11/6), when known
 * @param dateText the date as written ({@code 11/6}), or null when the document names the day only
 *     and the date comes from the national calendar
 */
@PlanValue
public record Anniversary(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) int day,
        @JsonProperty(required = true) int month,
        Integer eventYear,
        String dateText) {

    public Anniversary {
        name = required(name, "name");
        try {
            MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such day: " + day + "/" + month);
        }
        dateText = nfc(dateText);
    }

    public MonthDay monthDay() {
        return MonthDay.of(month, day);
    }
}
