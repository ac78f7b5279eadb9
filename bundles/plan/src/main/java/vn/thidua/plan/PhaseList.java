package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.notEmpty;
import static vn.thidua.plan.internal.Values.required;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/** The phases of the year, each introduced by the marker ({@code -} or {@code +}). */
@PlanValue
public record PhaseList(@JsonProperty(required = true) String marker, List<Phase> phases) implements Block {

    public PhaseList {
        marker = required(marker, "marker");
        phases = list(phases, "phases");
        notEmpty(phases, "phases");
    }
}
