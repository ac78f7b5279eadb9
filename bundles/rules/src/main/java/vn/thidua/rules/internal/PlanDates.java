package vn.thidua.rules.internal;

import java.time.LocalDate;

import vn.thidua.plan.Plan;

/** The date that selects a plan's pack (see {@code RulePackRegistry.dateOf}). */
public final class PlanDates {

    private PlanDates() {
    }

    public static LocalDate dateOf(Plan plan) {
        if (plan.dateLine() != null && plan.dateLine().date().isComplete()) {
            return plan.dateLine().date().toLocalDate().orElseThrow();
        }
        return LocalDate.of(plan.year(), 1, 1);
    }
}
