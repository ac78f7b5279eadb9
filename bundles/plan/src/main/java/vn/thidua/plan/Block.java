package vn.thidua.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One piece of a section's content, in document order. The {@code type} property names the kind in
 * JSON.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Section.class, name = "section"),
    @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = BulletList.class, name = "list"),
    @JsonSubTypes.Type(value = TaskList.class, name = "tasks"),
    @JsonSubTypes.Type(value = TargetList.class, name = "targets"),
    @JsonSubTypes.Type(value = PhaseList.class, name = "phases")
})
public sealed interface Block permits Section, Paragraph, BulletList, TaskList, TargetList, PhaseList {
}
