package vn.thidua.plan.store;

import java.time.LocalDate;

/**
 * A task of a stored plan with its progress, which changes without rewriting the plan.
 *
 * @param planId      the plan it belongs to
 * @param number      its position among the plan's tasks in reading order, from 1 ({@code Plan.tasks()})
 * @param pointer     JSON Pointer of the task in the plan ({@code /sections/1/blocks/0/tasks/2})
 * @param content     what is to be done
 * @param deadline    the last day it is due ({@code timing.to}, else {@code timing.from}), or {@code null} when undated
 * @param status      not started, in progress or done
 * @param completedOn when it was done, or {@code null}
 * @param late        past its deadline and not done, on the day it was read
 */
public record TrackedTask(String planId, int number, String pointer, String content, LocalDate deadline,
        TaskStatus status, LocalDate completedOn, boolean late, String provinceCode, int year) {
}
