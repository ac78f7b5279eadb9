package vn.thidua.plan.store.jpa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.plan.Block;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Section;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.Timing;

/** The tasks of a plan in reading order (as {@link Plan#tasks()}), each with its number, JSON Pointer and deadline. */
final class PlanTasks {

    /** A task as the store tracks it. */
    record Entry(int number, String pointer, String content, LocalDate deadline) {
    }

    private PlanTasks() {
    }

    static List<Entry> of(Plan plan) {
        List<Entry> entries = new ArrayList<>();
        List<Section> sections = plan.sections();
        for (int i = 0; i < sections.size(); i++) {
            collect(sections.get(i).blocks(), "/sections/" + i + "/blocks/", entries);
        }
        return List.copyOf(entries);
    }

    /** Depth first, in document order: the order of {@link Plan#blocks()}. */
    private static void collect(List<Block> blocks, String prefix, List<Entry> entries) {
        for (int j = 0; j < blocks.size(); j++) {
            Block block = blocks.get(j);
            if (block instanceof Section section) {
                collect(section.blocks(), prefix + j + "/blocks/", entries);
            } else if (block instanceof TaskList list) {
                for (int t = 0; t < list.tasks().size(); t++) {
                    Task task = list.tasks().get(t);
                    entries.add(new Entry(entries.size() + 1, prefix + j + "/tasks/" + t, task.content(),
                            deadline(task.timing())));
                }
            }
        }
    }

    /** The last day a task is due: the end of its window, else its start; none when undated. */
    static LocalDate deadline(Timing timing) {
        if (timing == null) {
            return null;
        }
        return timing.to() != null ? timing.to() : timing.from();
    }
}
