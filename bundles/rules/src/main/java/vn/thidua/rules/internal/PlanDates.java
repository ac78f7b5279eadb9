package vn.thidua.rules.internal;

import java.time.LocalDate;

import vn.thidua.plan.PartialDate;
import vn.thidua.plan.Plan;

/** The date that selects a plan's pack (see {@code RulePackRegistry.dateOf}). */
public final class PlanDates {

    private PlanDates() {
    }

    /**
     * The complete issue date; else the first day of the month of a date line with a month and no day
     * (a draft dated "tháng 7 năm 2025" is a plan of July, when a pack from 1 July is in force); else
     * 1 January of the plan year.
     */
    public static LocalDate dateOf(Plan plan) {
        if (byIssueDate(plan)) {
            PartialDate date = plan.dateLine().date();
            return date.isComplete() ? date.toLocalDate().orElseThrow() : LocalDate.of(date.year(), date.month(), 1);
        }
        return LocalDate.of(plan.year(), 1, 1);
    }

    /** The JSON Pointer of the value {@link #dateOf} took the date from. */
    public static String pointerOfDate(Plan plan) {
        return byIssueDate(plan) ? "/dateLine/date" : "/year";
    }

    private static boolean byIssueDate(Plan plan) {
        return plan.dateLine() != null && (plan.dateLine().date().isComplete() || plan.dateLine().date().month() != null);
    }
}
