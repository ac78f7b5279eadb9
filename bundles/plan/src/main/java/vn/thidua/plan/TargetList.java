package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.notEmpty;

import java.util.List;

import vn.thidua.plan.internal.PlanValue;

/**
 * Targets under one heading, each introduced by its ordinal or, without one, by the marker ({@code -}).
 *
 * @param category the heading's kind, when the plan groups its targets (schema 1 always did)
 * @param marker the marker in front of a target without an ordinal, or null
 * @param targets the targets in document order
 */
@PlanValue
public record TargetList(TargetCategory category, String marker, List<Target> targets) implements Block {

    public TargetList {
        marker = nfc(marker);
        targets = list(targets, "targets");
        notEmpty(targets, "targets");
        for (int i = 0; i < targets.size(); i++) {
            if (marker == null && targets.get(i).ordinal() == null) {
                throw new InvalidFieldException("targets/" + i + "/ordinal", "is required when the list has no marker");
            }
        }
    }
}
