package vn.thidua.plan;

/**
 * A field of a task, in the order a {@link TaskLayout#FIELDS} or {@link TaskLayout#TABLE} layout writes them.
 * {@link Task#field(TaskField)} reads it from a task.
 */
public enum TaskField {
    TIMING("timing"),
    PLACE("place"),
    LEAD("lead"),
    COORDINATION("coordination");

    private final String property;

    TaskField(String property) {
        this.property = property;
    }

    /** The field's name in a task's JSON ({@code timing}), as a JSON Pointer continues a task's pointer. */
    public String property() {
        return property;
    }
}
