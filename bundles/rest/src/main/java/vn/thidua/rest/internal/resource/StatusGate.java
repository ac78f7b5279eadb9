package vn.thidua.rest.internal.resource;

import java.util.List;

import vn.thidua.plan.Plan;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.rest.internal.Services;
import vn.thidua.rest.internal.problem.Problem;
import vn.thidua.rest.internal.problem.ProblemException;
import vn.thidua.rules.Finding;
import vn.thidua.rules.NoRulePackException;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.Severity;
import vn.thidua.rules.ValidationReport;

/**
 * Keeps the rule that a plan is VALIDATED (or ISSUED) only while the pack in force for it finds
 * no error: every write that asks for, or keeps, such a status validates the plan first and is
 * refused with 409 and the errors when it is not valid. Drafts are stored as they are.
 */
final class StatusGate {

    private final Services services;

    StatusGate(Services services) {
        this.services = services;
    }

    /**
     * @return the id of the pack the plan was validated with, or null for a draft
     * @throws ProblemException 409 listing the errors when the plan cannot have that status
     */
    String admit(Plan plan, PlanStatus status) {
        if (status == PlanStatus.DRAFT) {
            return null;
        }
        ValidationReport report = validate(services.rules(), plan);
        if (!report.valid()) {
            List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
            throw new ProblemException(Problem.of("plan-not-valid", "Plan not valid", 409,
                    "The plan cannot be " + status + ": the rule pack " + report.pack().id() + " finds " + errors.size()
                            + " error(s); the first is at " + pointerOf(errors) + ": " + errors.get(0).message())
                    .withField(pointerOf(errors)).with("rulePack", report.pack().id()).with("findings", errors));
        }
        return report.pack().id();
    }

    /** The plan validated by the pack in force for it; 409 naming the field that chose no pack. */
    static ValidationReport validate(RulePackRegistry rules, Plan plan) {
        try {
            return rules.validate(plan);
        } catch (NoRulePackException e) {
            throw NoPack.problem(rules, e, plan);
        }
    }

    private static String pointerOf(List<Finding> errors) {
        return errors.get(0).pointer();
    }
}
