package vn.thidua.rules.internal.check;

import vn.thidua.plan.Task;
import vn.thidua.plan.TaskField;
import vn.thidua.plan.TaskLayout;

/** Names of task fields and layouts in Vietnamese, as findings write them. */
final class Fields {

    private Fields() {
    }

    static String label(TaskField field) {
        return switch (field) {
            case TIMING -> "thời gian hoàn thành";
            case LEAD -> "đơn vị chủ trì (thực hiện)";
            case COORDINATION -> "đơn vị phối hợp";
            case PLACE -> "địa điểm";
        };
    }

    static String layout(TaskLayout layout) {
        return switch (layout) {
            case TABLE -> "bảng";
            case FIELDS -> "từng mục có nhãn";
            case INLINE -> "trong lời văn";
        };
    }

    static String ordinal(Task task) {
        if (task.ordinal() != null) {
            return task.ordinal();
        }
        String content = task.content();
        return Texts.quoted(content.length() > 40 ? content.substring(0, 40) + "…" : content);
    }
}
