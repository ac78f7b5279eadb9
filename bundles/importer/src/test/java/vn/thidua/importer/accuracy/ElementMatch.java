package vn.thidua.importer.accuracy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import vn.thidua.plan.Phase;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Task;
import vn.thidua.plan.Timing;
import vn.thidua.plan.walk.Located;
import vn.thidua.plan.walk.PlanWalk;

/**
 * An imported plan against its hand-made fixture, element by element: for each kind, how many of
 * the imported elements are exactly equal to one of the fixture's (each fixture element matched
 * once).
 */
final class ElementMatch {

    /** One kind's counts. */
    record Count(int expected, int found, int matched) {

        Count plus(Count o) {
            return new Count(expected + o.expected, found + o.found, matched + o.matched);
        }

        double precision() {
            return found == 0 ? (expected == 0 ? 1 : 0) : (double) matched / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }
    }

    /** The kinds compared, in the order of the table. */
    static final List<String> KINDS = List.of("tasks", "targets", "phases", "phases (no anniversaries)", "legal bases",
            "award proposals", "unit assignments", "recipients", "signature");

    private ElementMatch() {
    }

    static Map<String, Count> compare(Plan fixture, Plan imported) {
        Map<String, Count> out = new LinkedHashMap<>();
        out.put("tasks", count(fixture.tasks(), imported.tasks(), ElementMatch::taskKey));
        out.put("targets", count(fixture.targets(), imported.targets(), x -> x));
        out.put("phases", count(fixture.phases(), imported.phases(), p -> List.of(phaseKey(p), p.anniversaries())));
        out.put("phases (no anniversaries)", count(fixture.phases(), imported.phases(), ElementMatch::phaseKey));
        out.put("legal bases", count(fixture.legalBases(), imported.legalBases(), x -> x));
        out.put("award proposals", count(fixture.awardProposals(), imported.awardProposals(), x -> x));
        out.put("unit assignments", count(assignments(fixture), assignments(imported), x -> x));
        out.put("recipients", count(fixture.recipients() == null ? List.of() : fixture.recipients().all(),
                imported.recipients() == null ? List.of() : imported.recipients().all(), x -> x));
        out.put("signature", count(List.of(fixture.signature()), List.of(imported.signature()), x -> x));
        return out;
    }

    private static List<vn.thidua.plan.UnitAssignment> assignments(Plan plan) {
        return PlanWalk.of(plan).assignments().stream().map(Located::value).toList();
    }

    /**
     * A task by what the issue names: content, timing, lead and coordination, each compared as the
     * record (a list's string would take {@code [a, b]} for {@code ["a, b"]}).
     */
    private static Object taskKey(Task t) {
        return java.util.Arrays.asList(t.content(), t.timing(), t.lead(), t.coordination());
    }

    private static Object phaseKey(Phase p) {
        // Every typed field of the phase but its anniversaries. A correction's note is free text a person wrote (the
        // fixture's and the importer's explain the same reading in other words): its field and date as written are compared.
        Timing t = p.period();
        return List.of(p.name(), p.text(), Objects.toString(t.label()), t.text(), t.kind(), Objects.toString(t.from()),
                Objects.toString(t.to()), Objects.toString(t.quarter()),
                t.correction() == null ? "" : t.correction().field() + " " + t.correction().asWritten());
    }

    private static <T> Count count(List<T> expected, List<T> found, Function<? super T, Object> key) {
        List<Object> remaining = new ArrayList<>();
        expected.forEach(e -> remaining.add(key.apply(e)));
        int matched = 0;
        List<Object> unmatched = new ArrayList<>();
        for (T f : found) {
            if (remaining.remove(key.apply(f))) {
                matched++;
            } else {
                unmatched.add(key.apply(f));
            }
        }
        if (Boolean.getBoolean("importer.diff") && (!remaining.isEmpty() || !unmatched.isEmpty())) {
            remaining.forEach(r -> System.out.println("  expected: " + r));
            unmatched.forEach(u -> System.out.println("  imported: " + u));
        }
        return new Count(expected.size(), found.size(), matched);
    }
}
