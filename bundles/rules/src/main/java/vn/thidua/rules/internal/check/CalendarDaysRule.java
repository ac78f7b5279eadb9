package vn.thidua.rules.internal.check;

import java.util.List;

import vn.thidua.plan.Anniversary;
import vn.thidua.plan.Phase;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.descriptor.PackDescriptor.DaySpec;

/**
 * {@code calendar-days}: an anniversary a phase names is on the day the calendar gives it (the
 * province's day on its date, 19/5 for President Hồ Chí Minh's birthday ...). A plan's anniversary is
 * the calendar's day when its name contains one of the day's {@code match} phrases. Parameter:
 * {@code days} (default: the pack's calendar, province day first).
 */
final class CalendarDaysRule implements Rule {

    private final List<DaySpec> days;
    /** The {@link Texts#key}s of each day's match phrases, made once per loaded pack. */
    private final List<List<String>> matchKeys;

    CalendarDaysRule(Params params, PackDescriptor pack) {
        days = params.list("days", DaySpec.class, pack.calendar().days());
        matchKeys = days.stream().map(d -> d.match().stream().map(Texts::key).toList()).toList();
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (Located<Phase> phase : context.walk().phases()) {
            for (int i = 0; i < phase.value().anniversaries().size(); i++) {
                Anniversary written = phase.value().anniversaries().get(i);
                String name = context.keys().of(written.name());
                for (int d = 0; d < days.size(); d++) {
                    DaySpec day = days.get(d);
                    if (Texts.mentionsAny(name, matchKeys.get(d))) {
                        if (day.day() != written.day() || day.month() != written.month()) {
                            findings.add(phase.at("anniversaries/" + i), "Ngày kỷ niệm " + Texts.quoted(written.name())
                                    + " ghi sai ngày", day.day() + "/" + day.month() + " (" + day.name() + ")",
                                    written.day() + "/" + written.month());
                        }
                        break;
                    }
                }
            }
        }
    }
}
