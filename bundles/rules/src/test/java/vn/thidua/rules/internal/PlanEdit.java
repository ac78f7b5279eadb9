package vn.thidua.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import vn.thidua.plan.Phase;
import vn.thidua.plan.PhaseBuilder;
import vn.thidua.plan.PhaseList;
import vn.thidua.plan.PhaseListBuilder;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanBuilder;
import vn.thidua.plan.Preamble;
import vn.thidua.plan.PreambleBuilder;
import vn.thidua.plan.Recipients;
import vn.thidua.plan.RecipientsBuilder;
import vn.thidua.plan.Section;
import vn.thidua.plan.SectionBuilder;
import vn.thidua.plan.Target;
import vn.thidua.plan.TargetBuilder;
import vn.thidua.plan.TargetList;
import vn.thidua.plan.TargetListBuilder;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskBuilder;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.TaskListBuilder;

/**
 * Edits one element of a plan, found by the JSON Pointer {@code PlanJson} gives it
 * ({@code /sections/2/blocks/0/blocks/0/tasks/1}), and rebuilds every record above it with the
 * generated builders. Tests inject a defect exactly where a finding should then point.
 */
public final class PlanEdit {

    private PlanEdit() {
    }

    /** Replaces the element at {@code pointer} (a record, or a list such as {@code /sections}) by {@code edit} of it. */
    public static <T> Plan at(Plan plan, String pointer, Class<T> type, UnaryOperator<T> edit) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON Pointer: " + pointer);
        }
        List<String> path = Arrays.asList(pointer.substring(1).split("/"));
        return (Plan) rebuild(plan, path, 0, value -> {
            if (!type.isInstance(value)) {
                throw new IllegalArgumentException(pointer + " is a " + (value == null ? "null" : value.getClass().getSimpleName())
                        + ", not a " + type.getSimpleName());
            }
            return edit.apply(type.cast(value));
        });
    }

    public static Plan task(Plan plan, String pointer, UnaryOperator<TaskBuilder> edit) {
        return at(plan, pointer, Task.class, t -> edit.apply(TaskBuilder.builder(t)).build());
    }

    public static Plan phase(Plan plan, String pointer, UnaryOperator<PhaseBuilder> edit) {
        return at(plan, pointer, Phase.class, p -> edit.apply(PhaseBuilder.builder(p)).build());
    }

    public static Plan target(Plan plan, String pointer, UnaryOperator<TargetBuilder> edit) {
        return at(plan, pointer, Target.class, t -> edit.apply(TargetBuilder.builder(t)).build());
    }

    public static Plan section(Plan plan, String pointer, UnaryOperator<SectionBuilder> edit) {
        return at(plan, pointer, Section.class, s -> edit.apply(SectionBuilder.builder(s)).build());
    }

    /** Edits a list of the plan ({@code /sections}, {@code /recipients/entries} ...): remove, move, add. */
    @SuppressWarnings("unchecked")
    public static <T> Plan list(Plan plan, String pointer, UnaryOperator<List<T>> edit) {
        return at(plan, pointer, List.class, l -> List.copyOf(edit.apply(new ArrayList<>((List<T>) l))));
    }

    /** Edits the plan itself. */
    public static Plan plan(Plan plan, UnaryOperator<PlanBuilder> edit) {
        return edit.apply(PlanBuilder.builder(plan)).build();
    }

    @SuppressWarnings("unchecked")
    private static Object rebuild(Object node, List<String> path, int at, UnaryOperator<Object> edit) {
        if (at == path.size()) {
            return edit.apply(node);
        }
        String step = path.get(at);
        if (node instanceof List<?> list) {
            int index = Integer.parseInt(step);
            List<Object> copy = new ArrayList<>(list);
            copy.set(index, rebuild(list.get(index), path, at + 1, edit));
            return List.copyOf(copy);
        }
        Object child = child(node, step);
        Object changed = rebuild(child, path, at + 1, edit);
        if (node instanceof Plan plan) {
            PlanBuilder b = PlanBuilder.builder(plan);
            switch (step) {
                case "sections" -> b.sections((List<Section>) changed);
                case "preamble" -> b.preamble((Preamble) changed);
                case "recipients" -> b.recipients((Recipients) changed);
                default -> b.signature((vn.thidua.plan.Signature) changed);
            }
            return b.build();
        }
        if (node instanceof Section section) {
            return SectionBuilder.builder(section).blocks((List<vn.thidua.plan.Block>) changed).build();
        }
        if (node instanceof TaskList list) {
            return TaskListBuilder.builder(list).tasks((List<Task>) changed).build();
        }
        if (node instanceof TargetList list) {
            return TargetListBuilder.builder(list).targets((List<Target>) changed).build();
        }
        if (node instanceof Target target) {
            return TargetBuilder.builder(target).awards((List<vn.thidua.plan.AwardProposal>) changed).build();
        }
        if (node instanceof PhaseList list) {
            return PhaseListBuilder.builder(list).phases((List<Phase>) changed).build();
        }
        if (node instanceof Phase phase) {
            return PhaseBuilder.builder(phase).anniversaries((List<vn.thidua.plan.Anniversary>) changed).build();
        }
        if (node instanceof Recipients recipients) {
            return RecipientsBuilder.builder(recipients).entries((List<vn.thidua.plan.Recipient>) changed).build();
        }
        if (node instanceof Preamble preamble) {
            return PreambleBuilder.builder(preamble).legalBases((List<vn.thidua.plan.LegalBasis>) changed).build();
        }
        throw new IllegalArgumentException("cannot step into " + step + " of a " + node.getClass().getSimpleName());
    }

    private static Object child(Object node, String step) {
        if (node instanceof Plan plan) {
            return switch (step) {
                case "sections" -> plan.sections();
                case "preamble" -> plan.preamble();
                case "recipients" -> plan.recipients();
                case "signature" -> plan.signature();
                default -> throw new IllegalArgumentException("PlanEdit does not step into /" + step + "; use plan()");
            };
        }
        String expected = switch (node.getClass().getSimpleName()) {
            case "Section" -> "blocks";
            case "TaskList" -> "tasks";
            case "TargetList" -> "targets";
            case "Target" -> "awards";
            case "PhaseList" -> "phases";
            case "Phase" -> "anniversaries";
            case "Recipients" -> "entries";
            case "Preamble" -> "legalBases";
            default -> null;
        };
        if (!step.equals(expected)) {
            throw new IllegalArgumentException("cannot step into " + step + " of a " + node.getClass().getSimpleName());
        }
        return switch (step) {
            case "blocks" -> ((Section) node).blocks();
            case "tasks" -> ((TaskList) node).tasks();
            case "targets" -> ((TargetList) node).targets();
            case "awards" -> ((Target) node).awards();
            case "phases" -> ((PhaseList) node).phases();
            case "anniversaries" -> ((Phase) node).anniversaries();
            case "entries" -> ((Recipients) node).entries();
            default -> ((Preamble) node).legalBases();
        };
    }

    /** The list without its element at {@code index}; for {@link #list}. */
    public static <T> List<T> without(List<T> list, int index) {
        list.remove(index);
        return list;
    }

    public static <T> List<T> swapped(List<T> list, int i, int j) {
        java.util.Collections.swap(list, i, j);
        return list;
    }

    public static <T> List<T> inserted(List<T> list, int index, T element) {
        list.add(index, element);
        return list;
    }

    public static <T> List<T> replaced(List<T> list, int index, T element) {
        list.set(index, element);
        return list;
    }
}
