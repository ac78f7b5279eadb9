package vn.thidua.plan.store.status;

import vn.thidua.plan.store.PlanStatus;

/** No rule pack registry is running, so no plan can be judged: only a DRAFT can be stored until it runs. */
public class RulePacksUnavailableException extends StatusRefusedException {

    private static final long serialVersionUID = 1L;

    public RulePacksUnavailableException(PlanStatus status) {
        super(status, "The plan cannot be " + status + ": the rule packs are not running (feature thidua-rules), so"
                + " only a DRAFT can be stored now");
    }
}
