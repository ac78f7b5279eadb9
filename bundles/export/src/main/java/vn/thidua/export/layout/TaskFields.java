package vn.thidua.export.layout;

import vn.thidua.plan.Task;
import vn.thidua.plan.TaskField;

/** A task's field as written: its label, when the document gives one, and its text. */
final class TaskFields {

    record Field(String label, String text) {
    }

    private TaskFields() {
    }

    /** The field, or null when the task has none or the document gives no wording for it. */
    static Field of(Task task, TaskField field) {
        Field f = switch (field) {
            case TIMING -> task.timing() == null ? null : new Field(task.timing().label(), task.timing().text());
            case PLACE -> task.place() == null ? null : new Field(task.place().label(), task.place().text());
            case LEAD -> task.lead() == null ? null : new Field(task.lead().label(), task.lead().text());
            case COORDINATION -> task.coordination() == null ? null
                    : new Field(task.coordination().label(), task.coordination().text());
        };
        return f == null || f.text() == null ? null : f;
    }
}
