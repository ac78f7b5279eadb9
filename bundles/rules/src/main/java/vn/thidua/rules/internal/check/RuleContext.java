package vn.thidua.rules.internal.check;

import java.time.LocalDate;

import vn.thidua.plan.Plan;

/**
 * What a rule checks: the plan, the date that selected the pack (and the law in force), the index of
 * its elements.
 */
public record RuleContext(Plan plan, LocalDate date, PlanIndex index) {

    public static RuleContext of(Plan plan, LocalDate date) {
        return new RuleContext(plan, date, new PlanIndex(plan));
    }

    public int year() {
        return plan.year();
    }

    public LocalDate at(YearDate day) {
        return day.in(plan.year());
    }
}
