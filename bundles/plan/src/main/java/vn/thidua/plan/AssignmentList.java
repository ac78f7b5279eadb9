package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.notEmpty;

import java.util.List;

import vn.thidua.plan.internal.PlanValue;

/** Duties grouped by unit ({@code Tổ chức thực hiện}): one {@link UnitAssignment} per unit heading. */
@PlanValue
public record AssignmentList(List<UnitAssignment> assignments) implements Block {

    public AssignmentList {
        assignments = list(assignments, "assignments");
        notEmpty(assignments, "assignments");
    }
}
