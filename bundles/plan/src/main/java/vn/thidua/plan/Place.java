package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/** Where a task takes place: {@code Địa điểm: tại thành phố Quảng Ngãi, tỉnh Quảng Ngãi.} */
@PlanValue
public record Place(String label, @JsonProperty(required = true) String text) implements Labelled {

    public Place {
        label = nfc(label);
        text = required(text, "text");
    }
}
