package vn.thidua.plan.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import vn.thidua.plan.store.TaskStatus;
import vn.thidua.plan.store.TrackedTask;

/**
 * A row of {@code plan_task}: a task of a plan, copied out of its body so that tasks can be listed
 * across plans, and its progress, which changes without touching the plan.
 */
@Entity(name = "Task")
@Table(name = "plan_task")
@IdClass(PartKey.class)
public final class TaskEntity {

    @Id
    @Column(name = "plan_id")
    String planId;

    /** The task's number: its position among the plan's tasks in reading order, from 1. */
    @Id
    @Column(name = "task_number")
    long part;

    @Column(name = "pointer")
    String pointer;

    @Column(name = "content")
    String content;

    @Column(name = "deadline")
    LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    TaskStatus status;

    @Column(name = "completed_on")
    LocalDate completedOn;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "updated_by")
    String updatedBy;

    TaskEntity() {
        // for JPA; final and never lazy: Hibernate makes no proxy class, which OSGi class loading would refuse
    }

    TaskEntity(String planId, PlanTasks.Entry task) {
        this.planId = planId;
        this.part = task.number();
        this.status = TaskStatus.NOT_STARTED;
        describe(task);
    }

    /** The task as the API returns it: late when its deadline is before {@code today} and it is not done. */
    TrackedTask tracked(String provinceCode, int year, LocalDate today) {
        boolean late = deadline != null && deadline.isBefore(today) && status != TaskStatus.DONE;
        return new TrackedTask(planId, (int) part, pointer, content, deadline, status, completedOn, late, provinceCode, year);
    }

    /** Takes the task's text and deadline from the plan; its progress stays. */
    void describe(PlanTasks.Entry task) {
        this.pointer = task.pointer();
        this.content = task.content();
        this.deadline = task.deadline();
    }
}
