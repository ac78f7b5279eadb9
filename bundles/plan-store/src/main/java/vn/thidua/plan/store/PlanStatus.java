package vn.thidua.plan.store;

/**
 * Where a plan is in its life. The store keeps the rule that goes with each
 * ({@link vn.thidua.plan.store.status.PlanStatusRules}), whoever writes the plan.
 */
public enum PlanStatus {
    /** Being written. */
    DRAFT,
    /** Validated with no error against the rule pack in force. */
    VALIDATED,
    /** Signed and published: validated, with its registered number and its complete issue date. */
    ISSUED
}
