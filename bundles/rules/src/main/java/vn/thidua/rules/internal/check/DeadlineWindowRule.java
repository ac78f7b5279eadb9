package vn.thidua.rules.internal.check;

import java.time.LocalDate;

import vn.thidua.plan.Task;
import vn.thidua.plan.Timing;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code deadline-window}: every date of every task's time falls in the plan's window: from
 * {@code from} of the plan year (default {@code 01-01}) to {@code to} (default {@code +1-03-31}: the
 * year-end review and award dossiers run into the next year); without parameters, a plan of a kind
 * the pack gives a window ({@code windows: {CAMPAIGN: …}}) is checked against that window. The dates themselves are real: the
 * plan model refuses a 30 February.
 */
final class DeadlineWindowRule implements Rule {

    private final YearDate from;
    private final YearDate to;
    private final boolean given;
    private final PackDescriptor pack;

    DeadlineWindowRule(Params params, PackDescriptor pack) {
        given = params.get("from", String.class, null) != null || params.get("to", String.class, null) != null;
        from = yearDate(params, "from", "01-01");
        to = yearDate(params, "to", "+1-03-31");
        this.pack = pack;
    }

    static YearDate yearDate(Params params, String name, String fallback) {
        try {
            return YearDate.parse(params.get(name, String.class, fallback));
        } catch (IllegalArgumentException e) {
            throw params.invalid(name, e.getMessage());
        }
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        // Without parameters, a plan kind with its own window (a campaign) is checked against that window.
        PackDescriptor.WindowSpec window = given ? null : pack.window(context.plan().kind()).orElse(null);
        LocalDate start = context.at(window == null ? from : YearDate.parse(window.from()));
        LocalDate end = context.at(window == null ? to : YearDate.parse(window.to()));
        for (Located<Task> task : context.walk().tasks()) {
            Timing timing = task.value().timing();
            if (timing == null) {
                continue;
            }
            check(findings, task.at("timing/from"), timing.from(), start, end);
            check(findings, task.at("timing/to"), timing.to(), start, end);
        }
    }

    private static void check(Findings findings, String pointer, LocalDate date, LocalDate start, LocalDate end) {
        if (date != null && (date.isBefore(start) || date.isAfter(end))) {
            findings.add(pointer, "Thời hạn nằm ngoài khung thời gian của kế hoạch", Texts.window(start, end), Texts.date(date));
        }
    }
}
