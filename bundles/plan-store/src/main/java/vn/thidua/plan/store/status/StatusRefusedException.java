package vn.thidua.plan.store.status;

import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.StoreException;

/** The plan cannot have the status asked for; nothing was stored. The subclass says why. */
public abstract class StatusRefusedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final PlanStatus status;

    protected StatusRefusedException(PlanStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** The status that was asked for. */
    public PlanStatus status() {
        return status;
    }
}
