package vn.thidua.rest.internal.resource;

import java.time.LocalDate;

import vn.thidua.plan.store.TaskStatus;

/** The body of {@code PUT /plans/{id}/tasks/{number}/status}; {@code completedOn} goes with DONE only. */
public record TaskStatusChange(TaskStatus status, LocalDate completedOn) {
}
