package vn.thidua.plan.store;

/** How far a task of a stored plan has got. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
