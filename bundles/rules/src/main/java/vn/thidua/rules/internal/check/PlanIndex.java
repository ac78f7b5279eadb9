package vn.thidua.rules.internal.check;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.Block;
import vn.thidua.plan.Grouping;
import vn.thidua.plan.Phase;
import vn.thidua.plan.PhaseList;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Recipient;
import vn.thidua.plan.Section;
import vn.thidua.plan.Target;
import vn.thidua.plan.TargetList;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskList;

/**
 * The elements rules look at, each with its JSON Pointer as {@code PlanJson} writes the plan
 * ({@code /sections/2/blocks/0/blocks/1/tasks/3}), in document order.
 */
public final class PlanIndex {

    private final List<Located<Section>> sections = new ArrayList<>();
    private final List<Located<TaskList>> taskLists = new ArrayList<>();
    private final List<Located<Task>> tasks = new ArrayList<>();
    private final List<Located<Target>> targets = new ArrayList<>();
    private final List<Located<Phase>> phases = new ArrayList<>();
    private final List<Located<AwardProposal>> awards = new ArrayList<>();
    private final List<Located<Recipient>> recipients = new ArrayList<>();

    public PlanIndex(Plan plan) {
        for (int i = 0; i < plan.sections().size(); i++) {
            visit(plan.sections().get(i), "/sections/" + i, null, null);
        }
        if (plan.recipients() != null) {
            for (int i = 0; i < plan.recipients().entries().size(); i++) {
                recipients.add(new Located<>(plan.recipients().entries().get(i), "/recipients/entries/" + i, null, null));
            }
        }
    }

    private void visit(Block block, String pointer, Grouping grouping, Block container) {
        if (block instanceof Section section) {
            sections.add(new Located<>(section, pointer, grouping, container));
            Grouping inner = section.grouping() != null ? section.grouping() : grouping;
            for (int i = 0; i < section.blocks().size(); i++) {
                visit(section.blocks().get(i), pointer + "/blocks/" + i, inner, section);
            }
        } else if (block instanceof TaskList list) {
            taskLists.add(new Located<>(list, pointer, grouping, container));
            for (int i = 0; i < list.tasks().size(); i++) {
                tasks.add(new Located<>(list.tasks().get(i), pointer + "/tasks/" + i, grouping, list));
            }
        } else if (block instanceof TargetList list) {
            for (int i = 0; i < list.targets().size(); i++) {
                Target target = list.targets().get(i);
                String at = pointer + "/targets/" + i;
                targets.add(new Located<>(target, at, grouping, list));
                for (int k = 0; k < target.awards().size(); k++) {
                    awards.add(new Located<>(target.awards().get(k), at + "/awards/" + k, grouping, list));
                }
            }
        } else if (block instanceof PhaseList list) {
            for (int i = 0; i < list.phases().size(); i++) {
                phases.add(new Located<>(list.phases().get(i), pointer + "/phases/" + i, grouping, list));
            }
        }
    }

    /** Every section, depth first; the top-level ones have a pointer {@code /sections/N}. */
    public List<Located<Section>> sections() {
        return sections;
    }

    public List<Located<Section>> topSections() {
        return sections.stream().filter(s -> s.pointer().matches("/sections/\\d+")).toList();
    }

    public List<Located<TaskList>> taskLists() {
        return taskLists;
    }

    public List<Located<Task>> tasks() {
        return tasks;
    }

    public List<Located<Target>> targets() {
        return targets;
    }

    public List<Located<Phase>> phases() {
        return phases;
    }

    public List<Located<AwardProposal>> awards() {
        return awards;
    }

    /** The paper copies of the recipient list ({@code /recipients/entries/N}). */
    public List<Located<Recipient>> recipients() {
        return recipients;
    }
}
