package vn.thidua.rules.internal.check;

import java.util.List;

import vn.thidua.plan.Task;
import vn.thidua.plan.TaskField;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/** {@code task-fields}: every task has the fields the province requires. Parameter: {@code required} (default: the pack's {@code tasks.required}). */
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
            for (TaskField field : required) {
                if (task.field(field) == null) {
                    findings.add(located.at(field.property()), "Nhiệm vụ " + Fields.ordinal(task) + " thiếu " + Fields.label(field),
                            Fields.label(field), "(không có)");
                }
            }
        }
    }
}
