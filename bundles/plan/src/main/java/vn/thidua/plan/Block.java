package vn.thidua.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One piece of a section's content, in document order. The {@code type} property names the kind in
 * JSON. Schema 2 adds award proposals ({@code awards}), unit assignments ({@code assignments}),
 * criteria, participants, principles and standards ({@code items}) and scoring tables ({@code scoring}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Section.class, name = "section"),
    @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = BulletList.class, name = "list"),
    @JsonSubTypes.Type(value = TaskList.class, name = "tasks"),
    @JsonSubTypes.Type(value = TargetList.class, name = "targets"),
    @JsonSubTypes.Type(value = PhaseList.class, name = "phases"),
    @JsonSubTypes.Type(value = AwardList.class, name = "awards"),
    @JsonSubTypes.Type(value = AssignmentList.class, name = "assignments"),
    @JsonSubTypes.Type(value = ItemList.class, name = "items"),
    @JsonSubTypes.Type(value = ScoringTable.class, name = "scoring")
})
public sealed interface Block permits Section, Paragraph, BulletList, TaskList, TargetList, PhaseList, AwardList,
        AssignmentList, ItemList, ScoringTable {
}
