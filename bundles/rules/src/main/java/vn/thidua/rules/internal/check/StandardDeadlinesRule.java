package vn.thidua.rules.internal.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.plan.Task;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.descriptor.PackDescriptor.DeadlineSpec;

/**
 * {@code standard-deadlines}: a task that is one of the calendar's standard steps (registration,
 * mid-year review, year-end review, award dossiers: its content mentions one of the step's
 * {@code match} phrases) is due no later than the step's date. A task that names several steps
 * ({@code báo cáo sơ kết 6 tháng; tổng kết năm}) is held to the latest of their dates: one time
 * cannot serve both, and a false alarm would teach people to ignore the rule. Parameter:
 * {@code deadlines} (default: the pack's {@code calendar.deadlines}).
 */
final class StandardDeadlinesRule implements Rule {

    private final List<DeadlineSpec> deadlines;
    private final List<YearDate> dates = new ArrayList<>();
    /** The {@link Texts#key}s of each deadline's match phrases, made once per loaded pack. */
    private final List<List<String>> matchKeys = new ArrayList<>();

    StandardDeadlinesRule(Params params, PackDescriptor pack) {
        deadlines = params.list("deadlines", DeadlineSpec.class, pack.calendar().deadlines());
        for (DeadlineSpec deadline : deadlines) {
            try {
                dates.add(YearDate.parse(deadline.date()));
                matchKeys.add(deadline.match().stream().map(Texts::key).toList());
            } catch (IllegalArgumentException e) {
                throw params.invalid("deadlines", deadline.id() + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        // the steps' dates in the plan's year, once per plan rather than once per task
        List<LocalDate> inYear = dates.stream().map(context::at).toList();
        for (Located<Task> located : context.walk().tasks()) {
            Task task = located.value();
            if (task.timing() == null || task.timing().to() == null) {
                continue;
            }
            DeadlineSpec step = null;
            LocalDate due = null;
            String content = context.keys().of(task.content());
            for (int i = 0; i < deadlines.size(); i++) {
                DeadlineSpec deadline = deadlines.get(i);
                LocalDate date = inYear.get(i);
                if (Texts.mentionsAny(content, matchKeys.get(i))
                        && (due == null || date.isAfter(due))) {
                    step = deadline;
                    due = date;
                }
            }
            if (step != null && task.timing().to().isAfter(due)) {
                findings.add(located.at("timing/to"), "Thời hạn “" + step.name() + "” muộn hơn quy định",
                        "không muộn hơn " + Texts.date(due), Texts.date(task.timing().to()));
            }
        }
    }
}
