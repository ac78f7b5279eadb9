package vn.thidua.plan.store;

/** Where a plan is in its life. */
public enum PlanStatus {
    /** Being written. */
    DRAFT,
    /** Validated with no error against the rule pack in force. */
    VALIDATED,
    /** Signed and published. */
    ISSUED
}
