package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.notEmpty;
import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * Tasks laid out the way the province lays them out.
 *
 * @param layout table, labelled fields, or running text
 * @param columns the table's column headings, for {@link TaskLayout#TABLE}
 * @param fields the order of the fields after the ordinal and content
 * @param marker the marker in front of each field line ({@code -}), or of the paragraph for {@link TaskLayout#INLINE}
 * @param tasks the tasks in document order
 */
@PlanValue
public record TaskList(
        @JsonProperty(required = true) TaskLayout layout,
        List<String> columns,
        List<TaskField> fields,
        String marker,
        List<Task> tasks) implements Block {

    public TaskList {
        layout = required(layout, "layout");
        columns = texts(columns, "columns");
        fields = list(fields, "fields");
        marker = nfc(marker);
        tasks = list(tasks, "tasks");
        notEmpty(tasks, "tasks");
        if (layout == TaskLayout.TABLE && columns.size() != fields.size() + 2) {
            throw new IllegalArgumentException("a table needs a heading for the ordinal, the content and each field: "
                    + (fields.size() + 2) + " columns, found " + columns.size());
        }
    }
}
