package vn.thidua.rules.internal.check;

import java.time.LocalDate;

import vn.thidua.plan.Plan;
import vn.thidua.plan.walk.PlanWalk;

/**
 * What a rule checks: the plan, the date that selected the pack (and the law in force), and the walk
 * of its elements, each located by the JSON Pointer a finding names, and the text keys the rules made of
 * its words (one validation's, so one thread's).
 */
public record RuleContext(Plan plan, LocalDate date, PlanWalk walk, TextKeys keys) {

    public static RuleContext of(Plan plan, LocalDate date) {
        return new RuleContext(plan, date, PlanWalk.of(plan), new TextKeys());
    }

    public int year() {
        return plan.year();
    }

    public LocalDate at(YearDate day) {
        return day.in(plan.year());
    }
}
