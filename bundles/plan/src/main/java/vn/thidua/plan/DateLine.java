package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;
import vn.thidua.plan.text.VietnameseDates;

/**
 * Place and date of issue (ô 4): {@code Bắc Giang, ngày 16 tháng 3 năm 2018}.
 *
 * @param place the place name as written
 * @param date the date, possibly partial in a draft
 * @param text the line as written; when null it is written the Nghị định 30/2020 way
 */
@PlanValue
public record DateLine(
        @JsonProperty(required = true) String place,
        @JsonProperty(required = true) PartialDate date,
        String text) {

    public DateLine {
        place = required(place, "place");
        date = required(date, "date");
        text = text == null ? place + ", " + VietnameseDates.formatLong(date) : nfc(text);
    }
}
