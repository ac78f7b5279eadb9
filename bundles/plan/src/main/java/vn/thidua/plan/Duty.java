package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * One duty given to a unit under its heading ({@code - Chủ trì, hướng dẫn ...}).
 *
 * @param text the duty as written, without its marker
 * @param timing when, when the duty says
 * @param coordination who the unit works with on it ({@code phối hợp}), when named
 */
@PlanValue
public record Duty(
        @JsonProperty(required = true) String text,
        Timing timing,
        Assignment coordination) {

    public Duty {
        text = required(text, "text");
    }
}
