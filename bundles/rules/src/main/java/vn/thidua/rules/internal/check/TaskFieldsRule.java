package vn.thidua.rules.internal.check;

import java.util.List;

import vn.thidua.plan.Task;
import vn.thidua.plan.TaskField;
import vn.thidua.plan.TaskLayout;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code task-fields}: every scheduled task has the fields the province requires. Parameter:
 * {@code required} (default: the pack's {@code tasks.required}).
 *
 * <p>A scheduled task is a row of a task table, a task with field lines, or a task whose sentence
 * carries its deadline ({@link TaskLayout#INLINE}). Schema 2 also types the tasks a plan writes as
 * numbered paragraphs of its content ("1.1. Cấp ủy, lãnh đạo … thi đua …", "2.3. Tiếp tục …"): a
 * {@link TaskLayout#FIELDS} list that lays out no field. Those are standing tasks for the plan's
 * whole period and for the units it addresses; the document gives them no time or owner of their own,
 * so there is nothing to require (they were paragraphs in schema 1, which this rule never saw). A
 * field the list does lay out is required of each of its tasks.
 */
final class TaskFieldsRule implements Rule {

    private final List<TaskField> required;

    TaskFieldsRule(Params params, PackDescriptor pack) {
        required = params.list("required", TaskField.class, pack.tasks() == null ? List.of() : pack.tasks().required());
        if (required.isEmpty()) {
            throw params.invalid("required", "names no field (and the pack's tasks.required is empty)");
        }
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (Located<Task> located : context.walk().tasks()) {
            Task task = located.value();
            if (standing(located)) {
                continue;
            }
            for (TaskField field : required) {
                if (task.field(field) == null) {
                    findings.add(located.at(field.property()), "Nhiệm vụ " + Fields.ordinal(task) + " thiếu " + Fields.label(field),
                            Fields.label(field), "(không có)");
                }
            }
        }
    }

    /** A task written as a paragraph of the plan's content: in a list of field layout that lays out no field. */
    private static boolean standing(Located<Task> located) {
        return located.container() instanceof TaskList list && list.layout() == TaskLayout.FIELDS && list.fields().isEmpty();
    }
}
