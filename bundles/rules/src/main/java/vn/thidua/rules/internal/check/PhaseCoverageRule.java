package vn.thidua.rules.internal.check;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.plan.Phase;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code phase-coverage}: the phases (đợt thi đua), in the order written, cover the plan year from
 * 1 January to 31 December (or the window of the plan's kind, {@code windows}) without gap or overlap. Parameters: {@code required} (a plan without
 * phases is a finding, default false), {@code minPhases} (default 1).
 */
final class PhaseCoverageRule implements Rule {

    private final boolean required;
    private final int minPhases;
    private final PackDescriptor pack;

    PhaseCoverageRule(Params params, PackDescriptor pack) {
        required = params.get("required", Boolean.class, false);
        minPhases = params.get("minPhases", Integer.class, 1);
        this.pack = pack;
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        List<Located<Phase>> phases = context.walk().phases();
        if (phases.isEmpty()) {
            if (required) {
                findings.add("/sections", "Kế hoạch không chia đợt thi đua", "ít nhất " + minPhases + " đợt", "không có đợt nào");
            }
            return;
        }
        if (phases.size() < minPhases) {
            findings.add(phases.get(0).pointer(), "Kế hoạch có quá ít đợt thi đua", "ít nhất " + minPhases + " đợt",
                    phases.size() + " đợt");
        }
        // A plan kind with its own window (a campaign) is covered from the window's start to its end.
        PackDescriptor.WindowSpec window = pack.window(context.plan().kind()).orElse(null);
        LocalDate expectedStart = window == null ? LocalDate.of(context.year(), 1, 1) : context.at(YearDate.parse(window.from()));
        LocalDate windowEnd = window == null ? LocalDate.of(context.year(), 12, 31) : context.at(YearDate.parse(window.to()));
        for (int i = 0; i < phases.size(); i++) {
            Located<Phase> located = phases.get(i);
            LocalDate from = located.value().period().from();
            LocalDate to = located.value().period().to();
            if (from == null || to == null) {
                findings.add(located.at("period"), "Đợt thi đua không có ngày bắt đầu và kết thúc", "từ ngày … đến ngày …",
                        Texts.quoted(located.value().period().text()));
                return;
            }
            if (!from.equals(expectedStart)) {
                String what = i == 0
                        ? from.isAfter(expectedStart) ? "Đợt thi đua đầu tiên không bắt đầu từ đầu năm"
                                : "Đợt thi đua đầu tiên bắt đầu trước năm của kế hoạch"
                        : from.isAfter(expectedStart) ? "Giữa các đợt thi đua có khoảng trống"
                                : "Các đợt thi đua chồng lên nhau";
                findings.add(located.at("period/from"), what, Texts.date(expectedStart), Texts.date(from));
            }
            // A phase inside the one before must not pull the expected start back.
            if (!to.isBefore(expectedStart)) {
                expectedStart = to.plusDays(1);
            }
        }
        LocalDate yearEnd = windowEnd;
        if (!expectedStart.minusDays(1).equals(yearEnd)) {
            Located<Phase> last = phases.get(phases.size() - 1);
            findings.add(last.at("period/to"), "Các đợt thi đua không kết thúc vào cuối năm", Texts.date(yearEnd),
                    Texts.date(expectedStart.minusDays(1)));
        }
    }
}
