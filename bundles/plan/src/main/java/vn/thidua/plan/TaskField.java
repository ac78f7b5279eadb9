package vn.thidua.plan;

/** A field of a task, in the order a {@link TaskLayout#FIELDS} or {@link TaskLayout#TABLE} layout writes them. */
public enum TaskField {
    TIMING,
    PLACE,
    LEAD,
    COORDINATION
}
