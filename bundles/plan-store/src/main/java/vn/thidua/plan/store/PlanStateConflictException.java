package vn.thidua.plan.store;

/**
 * The plan is not in the state the change needs: a write to a soft-deleted plan (restore it first),
 * or a restore of a plan that is not deleted. Nothing was changed.
 */
public class PlanStateConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String planId;
    private final boolean deleted;

    public PlanStateConflictException(String planId, boolean deleted, String message) {
        super(message);
        this.planId = planId;
        this.deleted = deleted;
    }

    /** A change that needs a live plan, asked of a deleted one. */
    public static PlanStateConflictException deleted(String planId) {
        return new PlanStateConflictException(planId, true,
                "Plan " + planId + " is deleted: restore it before changing it");
    }

    /** A restore asked of a plan that is not deleted. */
    public static PlanStateConflictException notDeleted(String planId) {
        return new PlanStateConflictException(planId, false,
                "Plan " + planId + " is not deleted: there is nothing to restore");
    }

    public String planId() {
        return planId;
    }

    /** True when the plan is deleted (the change needed a live one), false when it is live (a restore needed a deleted one). */
    public boolean deleted() {
        return deleted;
    }
}
