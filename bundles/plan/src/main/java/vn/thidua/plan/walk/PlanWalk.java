package vn.thidua.plan.walk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.thidua.plan.Appendix;
import vn.thidua.plan.AssignmentList;
import vn.thidua.plan.AwardList;
import vn.thidua.plan.AwardProposal;
import vn.thidua.plan.Block;
import vn.thidua.plan.BulletList;
import vn.thidua.plan.Item;
import vn.thidua.plan.ItemList;
import vn.thidua.plan.LegalBasis;
import vn.thidua.plan.Paragraph;
import vn.thidua.plan.Phase;
import vn.thidua.plan.PhaseList;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Recipient;
import vn.thidua.plan.ScoreRow;
import vn.thidua.plan.ScoringTable;
import vn.thidua.plan.Section;
import vn.thidua.plan.Target;
import vn.thidua.plan.TargetList;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.UnitAssignment;

/**
 * The one walk of a plan: every block of the body depth first in reading order (a section before
 * its content), then the blocks of the appendices after the signature, and the elements the blocks
 * hold in the same order, each {@link Located located} by
 * its JSON Pointer as {@code PlanJson} writes the plan and by the numbers the document writes.
 *
 * <pre>{@code
 * for (Located<Task> task : PlanWalk.of(plan).tasks()) {
 *     task.pointer();  // /sections/2/blocks/0/blocks/0/tasks/1
 *     task.path();     // III.1.2
 * }
 * }</pre>
 */
public final class PlanWalk {

    private final List<Located<Block>> blocks = new ArrayList<>();
    private final List<Located<Task>> tasks = new ArrayList<>();
    private final List<Located<Target>> targets = new ArrayList<>();
    private final List<Located<AwardProposal>> awards = new ArrayList<>();
    private final List<Located<Phase>> phases = new ArrayList<>();
    private final List<Located<LegalBasis>> legalBases = new ArrayList<>();
    private final List<Located<Recipient>> recipients = new ArrayList<>();
    private final List<Located<Recipient>> electronicRecipients = new ArrayList<>();
    private final List<Located<UnitAssignment>> assignments = new ArrayList<>();
    private final List<Located<Item>> items = new ArrayList<>();
    private final List<Located<ScoreRow>> scoreRows = new ArrayList<>();
    private final List<Located<Appendix>> appendices = new ArrayList<>();

    private PlanWalk(Plan plan) {
        for (int i = 0; i < plan.legalBases().size(); i++) {
            legalBases.add(new Located<>(plan.legalBases().get(i), "/preamble/legalBases/" + i, i, null, List.of(), List.of()));
        }
        for (int i = 0; i < plan.sections().size(); i++) {
            block(plan.sections().get(i), "/sections/" + i, i, null, List.of(), List.of());
        }
        if (plan.recipients() != null) {
            List<Recipient> paper = plan.recipients().entries();
            for (int i = 0; i < paper.size(); i++) {
                recipients.add(new Located<>(paper.get(i), "/recipients/entries/" + i, i, null, List.of(), List.of()));
            }
            List<Recipient> electronic = plan.recipients().electronic();
            for (int i = 0; i < electronic.size(); i++) {
                electronicRecipients.add(new Located<>(electronic.get(i), "/recipients/electronic/" + i, i, null,
                        List.of(), List.of()));
            }
        }
        for (int a = 0; a < plan.appendices().size(); a++) {
            Appendix appendix = plan.appendices().get(a);
            String at = "/appendices/" + a;
            appendices.add(new Located<>(appendix, at, a, null, List.of(), List.of()));
            for (int i = 0; i < appendix.blocks().size(); i++) {
                block(appendix.blocks().get(i), at + "/blocks/" + i, i, null, List.of(), List.of());
            }
        }
    }

    /** Walks the plan once; the lists it gives are read-only views of what this walk found. */
    public static PlanWalk of(Plan plan) {
        return new PlanWalk(plan);
    }

    private void block(Block block, String pointer, int index, Section container, List<Section> sections,
            List<String> numbers) {
        if (block instanceof Section section) {
            List<String> own = with(numbers, section.number());
            blocks.add(new Located<>(block, pointer, index, container, sections, own));
            List<Section> inside = with(sections, section);
            for (int i = 0; i < section.blocks().size(); i++) {
                block(section.blocks().get(i), pointer + "/blocks/" + i, i, section, inside, own);
            }
            return;
        }
        blocks.add(new Located<>(block, pointer, index, container, sections, numbers));
        if (block instanceof TaskList list) {
            for (int i = 0; i < list.tasks().size(); i++) {
                Task task = list.tasks().get(i);
                tasks.add(new Located<>(task, pointer + "/tasks/" + i, i, list, sections, with(numbers, task.ordinal())));
            }
        } else if (block instanceof TargetList list) {
            for (int i = 0; i < list.targets().size(); i++) {
                Target target = list.targets().get(i);
                String at = pointer + "/targets/" + i;
                targets.add(new Located<>(target, at, i, list, sections, numbers));
                for (int k = 0; k < target.awards().size(); k++) {
                    awards.add(new Located<>(target.awards().get(k), at + "/awards/" + k, k, list, sections, numbers));
                }
            }
        } else if (block instanceof PhaseList list) {
            for (int i = 0; i < list.phases().size(); i++) {
                phases.add(new Located<>(list.phases().get(i), pointer + "/phases/" + i, i, list, sections, numbers));
            }
        } else if (block instanceof AwardList list) {
            for (int i = 0; i < list.awards().size(); i++) {
                AwardProposal award = list.awards().get(i);
                awards.add(new Located<>(award, pointer + "/awards/" + i, i, list, sections, with(numbers, award.ordinal())));
            }
        } else if (block instanceof AssignmentList list) {
            for (int i = 0; i < list.assignments().size(); i++) {
                UnitAssignment unit = list.assignments().get(i);
                assignments.add(new Located<>(unit, pointer + "/assignments/" + i, i, list, sections,
                        with(numbers, unit.ordinal())));
            }
        } else if (block instanceof ItemList list) {
            for (int i = 0; i < list.items().size(); i++) {
                Item item = list.items().get(i);
                items.add(new Located<>(item, pointer + "/items/" + i, i, list, sections, with(numbers, item.ordinal())));
            }
        } else if (block instanceof ScoringTable table) {
            for (int i = 0; i < table.rows().size(); i++) {
                scoreRows.add(new Located<>(table.rows().get(i), pointer + "/rows/" + i, i, table, sections, numbers));
            }
        } else if (!(block instanceof Paragraph || block instanceof BulletList)) {
            throw new IllegalStateException("a block the walk does not know: " + block.getClass().getSimpleName());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> with(List<T> list, T last) {
        if (last == null) {
            return list;
        }
        Object[] longer = list.toArray(new Object[list.size() + 1]);
        longer[list.size()] = last;
        return (List<T>) List.of(longer);
    }

    /** Every block of the body, depth first in reading order: a section, then what it holds. */
    public List<Located<Block>> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    /** The blocks of one kind, in reading order. */
    @SuppressWarnings("unchecked")
    public <B extends Block> List<Located<B>> blocks(Class<B> kind) {
        List<Located<B>> of = new ArrayList<>();
        for (Located<Block> block : blocks) {
            if (kind.isInstance(block.value())) {
                of.add((Located<B>) (Located<?>) block);
            }
        }
        return List.copyOf(of);
    }

    /** Every section, depth first; the top-level ones have {@link Located#depth()} 0. */
    public List<Located<Section>> sections() {
        return blocks(Section.class);
    }

    /** The tasks in reading order, as {@link Plan#tasks()}. */
    public List<Located<Task>> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    public List<Located<Target>> targets() {
        return Collections.unmodifiableList(targets);
    }

    /** The award proposals, of the award lists and of the targets, in reading order. */
    public List<Located<AwardProposal>> awards() {
        return Collections.unmodifiableList(awards);
    }

    public List<Located<Phase>> phases() {
        return Collections.unmodifiableList(phases);
    }

    /** The units' assignments of the assignment lists, in reading order. */
    public List<Located<UnitAssignment>> assignments() {
        return Collections.unmodifiableList(assignments);
    }

    /** The criteria, participants, principles and standards of the item lists, in reading order. */
    public List<Located<Item>> items() {
        return Collections.unmodifiableList(items);
    }

    /** The rows of the scoring tables, in reading order. */
    public List<Located<ScoreRow>> scoreRows() {
        return Collections.unmodifiableList(scoreRows);
    }

    /** The appendices after the signature ({@code /appendices/N}); their blocks are in {@link #blocks()}, after the body's. */
    public List<Located<Appendix>> appendices() {
        return Collections.unmodifiableList(appendices);
    }

    /** The legal bases of the preamble ({@code /preamble/legalBases/N}). */
    public List<Located<LegalBasis>> legalBases() {
        return Collections.unmodifiableList(legalBases);
    }

    /** The paper copies of the recipient list ({@code /recipients/entries/N}). */
    public List<Located<Recipient>> recipients() {
        return Collections.unmodifiableList(recipients);
    }

    /** The electronic copies of the recipient list ({@code /recipients/electronic/N}). */
    public List<Located<Recipient>> electronicRecipients() {
        return Collections.unmodifiableList(electronicRecipients);
    }
}
