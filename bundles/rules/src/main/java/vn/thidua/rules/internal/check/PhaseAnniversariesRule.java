package vn.thidua.rules.internal.check;

import java.time.LocalDate;

import vn.thidua.plan.Anniversary;
import vn.thidua.plan.Phase;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/** {@code phase-anniversaries}: each day a phase honours falls inside that phase (in the plan year). No parameters. */
final class PhaseAnniversariesRule implements Rule {

    PhaseAnniversariesRule(Params params, PackDescriptor pack) {
        // no parameters
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (Located<Phase> located : context.walk().phases()) {
            LocalDate from = located.value().period().from();
            LocalDate to = located.value().period().to();
            if (from == null || to == null) {
                continue;
            }
            for (int i = 0; i < located.value().anniversaries().size(); i++) {
                Anniversary day = located.value().anniversaries().get(i);
                LocalDate date = inside(day, from, to);
                if (date == null) {
                    findings.add(located.at("anniversaries/" + i), "Ngày kỷ niệm " + Texts.quoted(day.name())
                            + " không nằm trong " + located.value().name(), Texts.window(from, to),
                            day.day() + "/" + day.month());
                }
            }
        }
    }

    /** The day in one of the years the phase spans, if it falls inside. */
    private static LocalDate inside(Anniversary day, LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (day.monthDay().isValidYear(year)) {
                LocalDate date = day.monthDay().atYear(year);
                if (!date.isBefore(from) && !date.isAfter(to)) {
                    return date;
                }
            }
        }
        return null;
    }
}
