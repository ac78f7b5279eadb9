package vn.thidua.rules.internal.check;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.plan.Grouping;
import vn.thidua.plan.GroupingKind;
import vn.thidua.plan.Phase;
import vn.thidua.plan.Task;
import vn.thidua.plan.Timing;
import vn.thidua.plan.TimingKind;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code deadline-grouping}: a task's time agrees with the quarter, half-year or phase its section
 * groups it under ({@code Nhiệm vụ quý II}), and a time written as a quarter ({@code Quý II}) has
 * that quarter's dates. The last quarter (and half) reaches to {@code lastPeriodUntil} (default
 * {@code +1-01-31}), since year-end work is due in January.
 */
final class DeadlineGroupingRule implements Rule {

    private final YearDate lastPeriodUntil;

    DeadlineGroupingRule(Params params, PackDescriptor pack) {
        lastPeriodUntil = DeadlineWindowRule.yearDate(params, "lastPeriodUntil", "+1-01-31");
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        // from the walk the rules share: Plan.phases() would walk the whole plan again
        List<Phase> phases = context.walk().phases().stream().map(Located::value).toList();
        for (Located<Task> task : context.walk().tasks()) {
            Timing timing = task.value().timing();
            if (timing == null) {
                continue;
            }
            if (timing.kind() == TimingKind.QUARTER) {
                checkQuarterDates(context, findings, task, timing);
            }
            Grouping grouping = task.grouping();
            if (grouping != null) {
                checkGrouping(context, findings, task, timing, grouping, phases);
            }
        }
    }

    /** A quarter of the year its dates say ({@code Quý I năm 2019} in a 2018 plan), else of the plan year. */
    private static void checkQuarterDates(RuleContext context, Findings findings, Located<Task> task, Timing timing) {
        int year = timing.from() != null ? timing.from().getYear()
                : timing.to() != null ? timing.to().getYear() : context.year();
        LocalDate start = LocalDate.of(year, timing.quarter() * 3 - 2, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        if (timing.from() != null && !timing.from().equals(start) || timing.to() != null && !timing.to().equals(end)) {
            findings.add(task.at("timing"), "Ngày của quý " + timing.quarter() + " không đúng", Texts.window(start, end),
                    Texts.window(timing.from(), timing.to()));
        }
    }

    private void checkGrouping(RuleContext context, Findings findings, Located<Task> task, Timing timing,
            Grouping grouping, List<Phase> phases) {
        String name;
        LocalDate start;
        LocalDate end;
        int n = grouping.ordinal();
        if (grouping.kind() == GroupingKind.PHASE) {
            name = "đợt " + n;
            if (n > phases.size() || phases.get(n - 1).period().from() == null || phases.get(n - 1).period().to() == null) {
                findings.add(task.at("timing"), "Nhiệm vụ thuộc " + name + " nhưng kế hoạch không có đợt đó",
                        "đợt " + n + " có ngày bắt đầu và kết thúc", phases.size() + " đợt");
                return;
            }
            start = phases.get(n - 1).period().from();
            end = phases.get(n - 1).period().to();
        } else {
            int months = grouping.kind() == GroupingKind.QUARTER ? 3 : 6;
            int last = grouping.kind() == GroupingKind.QUARTER ? 4 : 2;
            name = (grouping.kind() == GroupingKind.QUARTER ? "quý " : "6 tháng thứ ") + n;
            start = LocalDate.of(context.year(), (n - 1) * months + 1, 1);
            end = n == last ? context.at(lastPeriodUntil) : start.plusMonths(months).minusDays(1);
            if (timing.kind() == TimingKind.QUARTER && grouping.kind() == GroupingKind.QUARTER && timing.quarter() != n) {
                findings.add(task.at("timing/quarter"), "Thời gian không khớp với quý của nhóm nhiệm vụ",
                        "quý " + n, "quý " + timing.quarter());
                return;
            }
        }
        for (String field : List.of("from", "to")) {
            LocalDate date = field.equals("from") ? timing.from() : timing.to();
            if (date != null && (date.isBefore(start) || date.isAfter(end))) {
                findings.add(task.at("timing/" + field), "Thời hạn không nằm trong " + name + " của nhóm nhiệm vụ",
                        Texts.window(start, end), Texts.date(date));
            }
        }
    }
}
