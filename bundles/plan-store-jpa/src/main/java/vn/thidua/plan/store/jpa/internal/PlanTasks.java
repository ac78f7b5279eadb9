package vn.thidua.plan.store.jpa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.plan.Plan;
import vn.thidua.plan.Task;
import vn.thidua.plan.Timing;
import vn.thidua.plan.walk.Located;
import vn.thidua.plan.walk.PlanWalk;

/** The tasks of a plan in reading order (as {@link Plan#tasks()}), each with its number, JSON Pointer and deadline. */
final class PlanTasks {

    /** A task as the store tracks it. */
    record Entry(int number, String pointer, String content, LocalDate deadline) {
    }

    private PlanTasks() {
    }

    static List<Entry> of(Plan plan) {
        List<Entry> entries = new ArrayList<>();
        for (Located<Task> task : PlanWalk.of(plan).tasks()) {
            entries.add(new Entry(entries.size() + 1, task.pointer(), task.value().content(), deadline(task.value().timing())));
        }
        return List.copyOf(entries);
    }

    /** The last day a task is due: the end of its window, else its start; none when undated. */
    static LocalDate deadline(Timing timing) {
        if (timing == null) {
            return null;
        }
        return timing.to() != null ? timing.to() : timing.from();
    }
}
