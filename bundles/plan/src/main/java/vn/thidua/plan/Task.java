package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.nfc;
import static vn.thidua.plan.internal.Values.required;
import static vn.thidua.plan.internal.Values.texts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.plan.internal.PlanValue;

/**
 * A task (nhiệm vụ, nội dung công việc) with its time and owners.
 *
 * @param ordinal the ordinal as written ({@code 3}, {@code 1.2.}), the bullet of a task written as a bullet
 *        of its own ({@code -}), or null when the document numbers none
 * @param content what is to be done, as written
 * @param timing when, or null when the document gives no time
 * @param lead who leads (thực hiện / chủ trì / trách nhiệm thực hiện), or null
 * @param coordination who coordinates (phối hợp), or null
 * @param place where, when given
 * @param notes paragraphs that follow the task and belong to it
 */
@PlanValue
public record Task(
        String ordinal,
        @JsonProperty(required = true) String content,
        Timing timing,
        Assignment lead,
        Assignment coordination,
        Place place,
        List<String> notes) {

    public Task {
        ordinal = nfc(ordinal);
        content = required(content, "content");
        notes = texts(notes, "notes");
    }

    /** The field of this task, or null when the task has none. */
    public Labelled field(TaskField field) {
        return switch (field) {
            case TIMING -> timing;
            case PLACE -> place;
            case LEAD -> lead;
            case COORDINATION -> coordination;
        };
    }
}
