package vn.thidua.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.rules.Finding;
import vn.thidua.rules.RuleInfo;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;
import vn.thidua.rules.internal.check.CompiledRule;
import vn.thidua.rules.internal.check.RuleContext;
import vn.thidua.rules.internal.check.ValidationBudget;
import vn.thidua.rules.internal.check.YearDate;
import vn.thidua.rules.internal.descriptor.PackDescriptor;
import vn.thidua.rules.internal.template.Drafter;

/** A pack whose descriptor loaded: its rules compiled, its template ready to draft. Immutable. */
final class LoadedPack implements RulePack {

    private final RulePackInfo info;
    private final PackDescriptor descriptor;
    private final List<CompiledRule> rules;
    private final Drafter drafter;
    private final URL descriptorUrl;
    private final PackLimits limits;

    LoadedPack(RulePackInfo info, PackDescriptor descriptor, List<CompiledRule> rules, Drafter drafter, URL descriptorUrl,
            PackLimits limits) {
        this.limits = limits;
        this.info = info;
        this.descriptor = descriptor;
        this.rules = rules;
        this.drafter = drafter;
        this.descriptorUrl = descriptorUrl;
    }

    @Override
    public RulePackInfo info() {
        return info;
    }

    PackDescriptor descriptor() {
        return descriptor;
    }

    /** Where the descriptor was read from. */
    URL descriptorUrl() {
        return descriptorUrl;
    }

    @Override
    public List<RuleInfo> rules() {
        return rules.stream().map(CompiledRule::info).toList();
    }

    /**
     * Runs every rule, within the configured time budget: a validation over it stops where it is,
     * on this thread, and its report keeps what the rules before found and ends with the error
     * {@value #TIME_BUDGET}, so it is never taken for a plan that passed.
     */
    @Override
    public ValidationReport validate(Plan plan) {
        List<Finding> findings = new ArrayList<>();
        try {
            ValidationBudget.within(limits.validationBudget(), () -> {
                RuleContext context = RuleContext.of(plan, PlanDates.dateOf(plan));
                for (CompiledRule rule : rules) {
                    findings.addAll(rule.run(context));
                }
                return null;
            });
        } catch (ValidationBudget.Exceeded e) {
            long millis = e.budget().toMillis();
            String found = "kiểm tra dừng sau " + millis + " ms" + (e.where().isEmpty() ? "" : ", ở quy tắc " + e.where());
            findings.add(new Finding(TIME_BUDGET, Severity.ERROR, "",
                    "Kiểm tra kế hoạch vượt quá thời gian cho phép, kết quả chưa đầy đủ: cần kiểm tra xong trong "
                    + millis + " ms; thấy " + found + ".", "kiểm tra xong trong " + millis + " ms", found));
        }
        return new ValidationReport(info, findings);
    }

    /** The rule id of the finding of a validation stopped by its time budget. */
    static final String TIME_BUDGET = "time-budget";

    /** A plan of the first kind the pack covers. */
    @Override
    public Plan draft(int year) {
        return draft(info.planKinds().get(0), year);
    }

    @Override
    public Plan draft(PlanKind kind, int year) {
        return draft(kind, year, draftDate(kind, year));
    }

    /** A plan of that kind for the year dated {@code date}, which must fall in the pack's period. */
    Plan draft(PlanKind kind, int year, LocalDate date) {
        if (!info.planKinds().contains(kind)) {
            throw new IllegalArgumentException("pack " + info.id() + " does not draft " + kind + " plans (it covers "
                    + info.planKinds() + ")");
        }
        if (date.isBefore(info.validFrom()) || info.validTo() != null && date.isAfter(info.validTo())) {
            throw new IllegalArgumentException("pack " + info.id() + " is not in force on " + date + period());
        }
        return drafter.draft(kind, year, date, "rulepack:" + info.id());
    }

    /**
     * The day a draft of that kind for the year is dated: the start of the kind's window (1 January
     * without one), or the first day of the pack's period when the pack comes into force later in
     * the window; never outside the pack's period.
     */
    LocalDate draftDate(PlanKind kind, int year) {
        LocalDate start = descriptor.window(kind).map(w -> YearDate.parse(w.from()).in(year)).orElse(LocalDate.of(year, 1, 1));
        LocalDate end = descriptor.window(kind).map(w -> YearDate.parse(w.to()).in(year)).orElse(LocalDate.of(year, 12, 31));
        LocalDate date = start.isBefore(info.validFrom()) ? info.validFrom() : start;
        if (date.isAfter(end) || info.validTo() != null && date.isAfter(info.validTo())) {
            throw new IllegalArgumentException("pack " + info.id() + " is not in force in " + year + period());
        }
        return date;
    }

    private String period() {
        return " (in force " + info.validFrom() + " to " + (info.validTo() == null ? "open" : info.validTo()) + ")";
    }

    boolean inForceDuring(int year) {
        return !info.validFrom().isAfter(LocalDate.of(year, 12, 31))
                && (info.validTo() == null || !info.validTo().isBefore(LocalDate.of(year, 1, 1)));
    }

    /**
     * A file next to the descriptor: in the pack bundle, or beside the dropped file. Names that climb
     * out ({@code ..}) or are absolute are refused.
     */
    @Override
    public Optional<URL> resource(String name) {
        if (name == null || name.isBlank() || name.startsWith("/") || name.contains("\\")
                || List.of(name.split("/")).contains("..") || name.contains(":")) {
            return Optional.empty();
        }
        URL url;
        try {
            url = new URL(descriptorUrl, name);
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(url);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return info.id();
    }
}
