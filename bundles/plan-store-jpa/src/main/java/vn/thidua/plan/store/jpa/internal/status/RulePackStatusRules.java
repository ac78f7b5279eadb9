package vn.thidua.plan.store.jpa.internal.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import vn.thidua.plan.Plan;
import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.status.NoRulePackInForceException;
import vn.thidua.plan.store.status.PlanNotValidException;
import vn.thidua.plan.store.status.PlanStatusRules;
import vn.thidua.plan.store.status.RuleFinding;
import vn.thidua.plan.store.status.RulePacksUnavailableException;
import vn.thidua.rules.Finding;
import vn.thidua.rules.NoRulePackException;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;

/**
 * The status rules on the rule-pack registry. The registry is a dynamic, optional reference: while
 * it is absent only a DRAFT is admitted, and its coming and going restarts nothing.
 */
@Component(service = PlanStatusRules.class)
public final class RulePackStatusRules implements PlanStatusRules {

    private final AtomicReference<RulePackRegistry> registry = new AtomicReference<>();

    /** For Declarative Services: the registry is bound when there is one. */
    public RulePackStatusRules() {
    }

    /** Outside OSGi (tests, tools): the rules on this registry, or on none when {@code null}. */
    public RulePackStatusRules(RulePackRegistry registry) {
        this.registry.set(registry);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setRegistry(RulePackRegistry service) {
        registry.set(service);
    }

    /** Forgets the registry only if it is still the one held (a greedy rebind sets the new one first). */
    void unsetRegistry(RulePackRegistry service) {
        registry.compareAndSet(service, null);
    }

    @Override
    public String admit(Plan plan, PlanStatus status) {
        if (plan == null) {
            throw new InvalidRequestException("plan", "plan is required");
        }
        if (status == null) {
            throw new InvalidRequestException("status", "status is required");
        }
        if (status == PlanStatus.DRAFT) {
            return null;
        }
        RulePackRegistry rules = registry.get();
        if (rules == null) {
            throw new RulePacksUnavailableException(status);
        }
        ValidationReport report;
        try {
            report = rules.validate(plan);
        } catch (NoRulePackException e) {
            throw new NoRulePackInForceException(status, e.provinceCode(), e.date(),
                    e.pointer() == null ? "/province/code" : e.pointer());
        }
        List<RuleFinding> errors = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.severity() == Severity.ERROR) {
                errors.add(new RuleFinding(finding.ruleId(), finding.pointer(), finding.message(), finding.expected(),
                        finding.found()));
            }
        }
        if (status == PlanStatus.ISSUED) {
            errors.addAll(IssuedPlans.missing(plan));
        }
        if (!errors.isEmpty()) {
            throw new PlanNotValidException(status, report.pack().id(), errors);
        }
        return report.pack().id();
    }
}
