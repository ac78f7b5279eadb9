package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.notEmpty;
import static vn.thidua.plan.internal.Values.required;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/** Targets under one heading, each introduced by the marker ({@code -}). */
@PlanValue
public record TargetList(
        @JsonProperty(required = true) TargetCategory category,
        @JsonProperty(required = true) String marker,
        List<Target> targets) implements Block {

    public TargetList {
        category = required(category, "category");
        marker = required(marker, "marker");
        targets = list(targets, "targets");
        notEmpty(targets, "targets");
    }
}
