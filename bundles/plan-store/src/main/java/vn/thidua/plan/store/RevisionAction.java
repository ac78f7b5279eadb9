package vn.thidua.plan.store;

/** What a revision recorded. */
public enum RevisionAction {
    CREATED,
    REPLACED,
    DELETED,
    RESTORED
}
