package vn.thidua.plan.store.status;

import java.util.List;

import vn.thidua.plan.store.PlanStatus;

/**
 * The plan has errors that keep it from the status asked for: the rule pack in force found them, or
 * (for ISSUED) it lacks its number or its issue date. Nothing was stored.
 */
public class PlanNotValidException extends StatusRefusedException {

    private static final long serialVersionUID = 1L;

    private final String rulePackId;
    private final transient List<RuleFinding> findings;

    /**
     * @param rulePackId the pack that validated the plan
     * @param findings   the errors, at least one, in the pack's order, then the store's own
     */
    public PlanNotValidException(PlanStatus status, String rulePackId, List<RuleFinding> findings) {
        super(status, message(status, rulePackId, findings));
        this.rulePackId = rulePackId;
        this.findings = List.copyOf(findings);
    }

    private static String message(PlanStatus status, String rulePackId, List<RuleFinding> findings) {
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a plan is refused for at least one finding");
        }
        RuleFinding first = findings.get(0);
        return "The plan cannot be " + status + ": " + findings.size() + " error(s) with rule pack " + rulePackId
                + "; the first is " + first.ruleId() + " at " + (first.pointer().isEmpty() ? "/" : first.pointer()) + ": "
                + first.message();
    }

    public String rulePackId() {
        return rulePackId;
    }

    /** The errors, in the pack's order, then the store's own. */
    public List<RuleFinding> findings() {
        return findings;
    }
}
