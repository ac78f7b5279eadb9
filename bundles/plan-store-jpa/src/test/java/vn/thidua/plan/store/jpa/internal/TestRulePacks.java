package vn.thidua.plan.store.jpa.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import vn.thidua.plan.Plan;
import vn.thidua.rules.Finding;
import vn.thidua.rules.NoRulePackException;
import vn.thidua.rules.PackState;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;

/**
 * A rule-pack registry for the store's tests: one pack per province ({@code <province>@test}),
 * whose findings the test decides, and whose packs can be "still loading" (no pack in force) until
 * {@link #load()}. The status rules that the store keeps are the real ones on top of it.
 */
final class TestRulePacks implements RulePackRegistry {

    /** A plan whose summary starts with this has an error: rule {@code summary-marked}, at {@code /summary}. */
    static final String MARKED_WITH_AN_ERROR = "LỖI";

    private final Function<Plan, List<Finding>> findings;
    private volatile boolean loaded;

    private TestRulePacks(Function<Plan, List<Finding>> findings, boolean loaded) {
        this.findings = findings;
        this.loaded = loaded;
    }

    /** Every plan valid, but for those {@link #MARKED_WITH_AN_ERROR}; a warning on each, which refuses nothing. */
    static TestRulePacks loaded() {
        return new TestRulePacks(TestRulePacks::markedOnly, true);
    }

    /** The same, with no pack in force until {@link #load()}. */
    static TestRulePacks loading() {
        return new TestRulePacks(TestRulePacks::markedOnly, false);
    }

    /** Loaded, finding what {@code findings} says. */
    static TestRulePacks finding(Function<Plan, List<Finding>> findings) {
        return new TestRulePacks(findings, true);
    }

    static String packOf(String provinceCode) {
        return provinceCode + "@test";
    }

    void load() {
        loaded = true;
    }

    @Override
    public ValidationReport validate(Plan plan) {
        String province = plan.province().code();
        if (!loaded) {
            throw new NoRulePackException(province, dateOf(plan), "/province/code");
        }
        RulePackInfo info = new RulePackInfo(packOf(province), province, plan.province().name(), "1.0.0",
                LocalDate.of(2000, 1, 1), null, null, PackState.LOADED, null, "test", -1);
        return new ValidationReport(info, findings.apply(plan));
    }

    private static List<Finding> markedOnly(Plan plan) {
        Finding warning = new Finding("test-warning", Severity.WARNING, "", "Chỉ là cảnh báo", null, null);
        if (plan.summary().startsWith(MARKED_WITH_AN_ERROR)) {
            return List.of(warning, new Finding("summary-marked", Severity.ERROR, "/summary", "Trích yếu bị đánh dấu lỗi",
                    "không đánh dấu", MARKED_WITH_AN_ERROR));
        }
        return List.of(warning);
    }

    @Override
    public LocalDate dateOf(Plan plan) {
        return LocalDate.of(plan.year(), 1, 1);
    }

    @Override
    public List<RulePackInfo> packs() {
        return List.of();
    }

    @Override
    public Optional<RulePack> pack(String id) {
        return Optional.empty();
    }

    @Override
    public Optional<RulePack> inForce(String provinceCode, LocalDate date) {
        return Optional.empty();
    }

    @Override
    public Plan draft(String provinceCode, int year) {
        throw new UnsupportedOperationException("the store's tests draft nothing");
    }
}
