package vn.thidua.rules.internal.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;

import vn.thidua.plan.Labelled;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskField;
import vn.thidua.plan.TaskLayout;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.walk.Located;
import vn.thidua.rules.internal.descriptor.PackDescriptor;

/**
 * {@code task-layout}: tasks are laid out the province's way: a layout it uses, a table with its
 * column headings, field labels it writes. Parameters {@code layouts}, {@code columns},
 * {@code labels} (default: the pack's {@code tasks}).
 */
final class TaskLayoutRule implements Rule {

    /** The fields whose labels are checked, in the order findings name them. */
    private static final List<TaskField> CHECKED = List.of(TaskField.TIMING, TaskField.LEAD, TaskField.COORDINATION,
            TaskField.PLACE);

    private final List<TaskLayout> layouts;
    private final List<String> columns;
    private final Map<TaskField, List<String>> labels;
    /** The keys of the labels the pack accepts, for the fields of {@link #CHECKED} it gives labels for, in that order. */
    private final Map<TaskField, Set<String>> labelKeys = new LinkedHashMap<>();

    TaskLayoutRule(Params params, PackDescriptor pack) {
        PackDescriptor.TaskLayoutSpec spec = pack.tasks() == null
                ? new PackDescriptor.TaskLayoutSpec(null, null, null, null) : pack.tasks();
        layouts = params.list("layouts", TaskLayout.class, spec.layouts());
        columns = params.list("columns", String.class, spec.columns());
        labels = params.get("labels", new TypeReference<Map<TaskField, List<String>>>() { }, spec.labels());
        // each task's labels are looked up in sets of keys made once per loaded pack, not compared
        // with every accepted label of every field of every task
        for (TaskField field : CHECKED) {
            List<String> accepted = labels.get(field);
            if (accepted != null && !accepted.isEmpty()) {
                labelKeys.put(field, Set.copyOf(accepted.stream().map(Texts::key).toList()));
            }
        }
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        for (Located<TaskList> located : context.walk().blocks(TaskList.class)) {
            TaskList list = located.value();
            if (!layouts.isEmpty() && !layouts.contains(list.layout())) {
                findings.add(located.at("layout"), "Cách trình bày nhiệm vụ không theo mẫu của tỉnh",
                        Texts.or(layouts.stream().map(Fields::layout).toList()), Texts.quoted(Fields.layout(list.layout())));
            }
            if (list.layout() == TaskLayout.TABLE && !columns.isEmpty() && !sameColumns(context.keys(), list.columns())) {
                findings.add(located.at("columns"), "Tiêu đề các cột của bảng nhiệm vụ không đúng",
                        String.join(" / ", columns), String.join(" / ", list.columns()));
            }
        }
        if (labelKeys.isEmpty()) {
            return;
        }
        for (Located<Task> located : context.walk().tasks()) {
            for (Map.Entry<TaskField, Set<String>> accepted : labelKeys.entrySet()) {
                TaskField field = accepted.getKey();
                Labelled value = located.value().field(field);
                String label = value == null ? null : value.label();
                if (label != null && !accepted.getValue().contains(context.keys().of(label))) {
                    findings.add(located.at(field.property() + "/label"), "Nhãn " + Fields.label(field) + " không theo mẫu của tỉnh",
                            Texts.or(labels.get(field)), Texts.quoted(label));
                }
            }
        }
    }

    private boolean sameColumns(TextKeys keys, List<String> written) {
        if (written.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!keys.same(columns.get(i), written.get(i))) {
                return false;
            }
        }
        return true;
    }
}
