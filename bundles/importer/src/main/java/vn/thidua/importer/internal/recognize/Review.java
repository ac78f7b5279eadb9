package vn.thidua.importer.internal.recognize;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.importer.ReviewItem;
import vn.thidua.plan.Plan;
import vn.thidua.plan.walk.Located;
import vn.thidua.plan.walk.PlanWalk;

/**
 * The importer's uncertain decisions while the plan is being built: noted against the element
 * they concern (by identity, since elements are immutable values) or against a fixed pointer of
 * the plan's top, and turned into {@link ReviewItem}s with JSON Pointers once the plan exists.
 */
final class Review {

    private record Note(String suffix, String decision, List<String> alternatives, double confidence) {
    }

    private final Map<Object, List<Note>> byElement = new IdentityHashMap<>();
    private final List<ReviewItem> top = new ArrayList<>();

    /** A decision on a field of the plan's top ({@code /issuer}, {@code /year}). */
    void top(String pointer, String decision, double confidence, String... alternatives) {
        top.add(new ReviewItem(pointer, decision, List.of(alternatives), confidence));
    }

    /** A decision on an element (a task, a legal basis, a section ...), or on one of its fields ({@code suffix} {@code /lead}). */
    void on(Object element, String suffix, String decision, double confidence, String... alternatives) {
        byElement.computeIfAbsent(element, k -> new ArrayList<>())
                .add(new Note(suffix, decision, List.of(alternatives), confidence));
    }

    List<ReviewItem> items(Plan plan) {
        List<ReviewItem> out = new ArrayList<>(top);
        PlanWalk walk = PlanWalk.of(plan);
        add(out, walk.legalBases());
        add(out, walk.blocks());
        add(out, walk.tasks());
        add(out, walk.targets());
        add(out, walk.phases());
        add(out, walk.assignments());
        add(out, walk.recipients());
        add(out, walk.electronicRecipients());
        return out;
    }

    private <T> void add(List<ReviewItem> out, List<Located<T>> located) {
        for (Located<T> l : located) {
            List<Note> notes = byElement.get(l.value());
            if (notes != null) {
                for (Note n : notes) {
                    out.add(new ReviewItem(l.pointer() + n.suffix(), n.decision(), n.alternatives(), n.confidence()));
                }
            }
        }
    }
}
