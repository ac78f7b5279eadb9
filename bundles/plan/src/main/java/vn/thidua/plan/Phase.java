package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.required;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * An emulation phase (đợt thi đua): its words, its period and the days it honours.
 *
 * @param name the phase's name ({@code Đợt thi đua thứ nhất}, {@code Đợt 1})
 * @param text the whole item as written
 * @param period the dates it runs
 * @param anniversaries the days it honours, in the order written
 */
@PlanValue
public record Phase(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String text,
        @JsonProperty(required = true) Timing period,
        List<Anniversary> anniversaries) {

    public Phase {
        name = required(name, "name");
        text = required(text, "text");
        period = required(period, "period");
        anniversaries = list(anniversaries, "anniversaries");
    }
}
