package vn.thidua.rules.internal;

import java.time.LocalDate;

import vn.thidua.plan.Plan;

/** The date that selects a plan's pack (see {@code RulePackRegistry.dateOf}). */
public final class PlanDates {

    private PlanDates() {
    }

    public static LocalDate dateOf(Plan plan) {
        if (byIssueDate(plan)) {
            return plan.dateLine().date().toLocalDate().orElseThrow();
        }
        return LocalDate.of(plan.year(), 1, 1);
    }

    /** The JSON Pointer of the value {@link #dateOf} took the date from. */
    public static String pointerOfDate(Plan plan) {
        return byIssueDate(plan) ? "/dateLine/date" : "/year";
    }

    private static boolean byIssueDate(Plan plan) {
        return plan.dateLine() != null && plan.dateLine().date().isComplete();
    }
}
