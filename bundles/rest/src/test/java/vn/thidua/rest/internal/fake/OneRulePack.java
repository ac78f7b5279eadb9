package vn.thidua.rest.internal.fake;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanBuilder;
import vn.thidua.rules.Finding;
import vn.thidua.rules.NoRulePackException;
import vn.thidua.rules.PackState;
import vn.thidua.rules.RuleInfo;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackInfo;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;

/**
 * A registry with one pack for one province, whose one rule wants a registered document number
 * (an error for a draft's blank number): enough to tell valid from invalid plans.
 */
public final class OneRulePack implements RulePackRegistry, RulePack {

    private final String province;
    private final Plan template;
    private final RulePackInfo info;

    public OneRulePack(Plan template) {
        this.template = template;
        this.province = template.province().code();
        this.info = new RulePackInfo(province + "@1.0.0", province, template.province().name(), "1.0.0",
                LocalDate.of(2000, 1, 1), null, null, PackState.LOADED, null, "test", -1);
    }

    @Override
    public List<RulePackInfo> packs() {
        return List.of(info);
    }

    @Override
    public Optional<RulePack> pack(String id) {
        return info.id().equals(id) ? Optional.of(this) : Optional.empty();
    }

    @Override
    public Optional<RulePack> inForce(String provinceCode, LocalDate date) {
        return province.equals(provinceCode) && info.covers(date) ? Optional.of(this) : Optional.empty();
    }

    @Override
    public LocalDate dateOf(Plan plan) {
        return LocalDate.of(plan.year(), 1, 1);
    }

    @Override
    public ValidationReport validate(Plan plan) {
        if (!province.equals(plan.province().code())) {
            throw new NoRulePackException(plan.province().code(), dateOf(plan), "/province/code");
        }
        return validateHere(plan);
    }

    @Override
    public Plan draft(String provinceCode, int year) {
        if (!province.equals(provinceCode)) {
            throw new NoRulePackException(provinceCode, LocalDate.of(year, 1, 1));
        }
        return draft(year);
    }

    @Override
    public RulePackInfo info() {
        return info;
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(new RuleInfo("number-registered", "expression", Severity.ERROR, "Số văn bản đã được đăng ký", Map.of()));
    }

    private ValidationReport validateHere(Plan plan) {
        boolean registered = plan.number() != null && !plan.number().isDraft();
        return new ValidationReport(info, registered ? List.of()
                : List.of(new Finding("number-registered", Severity.ERROR, "/number", "Thiếu số văn bản", "08", null)));
    }

    @Override
    public Plan draft(int year) {
        return PlanBuilder.builder(template).year(year).number(null).dateLine(null).build();
    }

    /** A draft of the kind asked for: this test pack covers every kind. */
    @Override
    public Plan draft(vn.thidua.plan.PlanKind kind, int year) {
        return PlanBuilder.builder(draft(year)).kind(kind).build();
    }

    @Override
    public Optional<URL> resource(String name) {
        return Optional.empty();
    }
}
