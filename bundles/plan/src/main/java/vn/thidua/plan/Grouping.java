package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.required;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/** The period a section groups its tasks by: {@code Nhiệm vụ quý II} is quarter 2. */
@PlanValue
public record Grouping(@JsonProperty(required = true) GroupingKind kind, @JsonProperty(required = true) int ordinal) {

    public Grouping {
        kind = required(kind, "kind");
        int max = switch (kind) {
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            case PHASE -> 12;
        };
        if (ordinal < 1 || ordinal > max) {
            throw new IllegalArgumentException("ordinal of a " + kind + " grouping must be between 1 and " + max
                    + ", was " + ordinal);
        }
    }
}
