package vn.thidua.plan;

/** What a section groups its tasks by. */
public enum GroupingKind {
    QUARTER,
    HALF_YEAR,
    PHASE
}
