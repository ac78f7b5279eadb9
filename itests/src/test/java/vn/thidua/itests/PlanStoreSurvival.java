package vn.thidua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanBuilder;
import vn.thidua.plan.PlanCodec;
import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.PlanSummary;
import vn.thidua.plan.store.StaleVersionException;
import vn.thidua.plan.store.StoredPlan;

/**
 * What the plan store must keep across a restart of Karaf, on the database its subclass configures
 * outside the unpacked distribution. Pax Exam runs each test method in a Karaf of its own (PerMethod),
 * in name order: {@code a_} writes in the first Karaf, {@code b_} reads in a second one, a new JVM
 * on the same database. The methods run inside Karaf.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING) // on the class that declares the methods, where JUnit looks for it
public abstract class PlanStoreSurvival extends PlatformTestSupport {

    static final String WRITER = "it-writer";
    static final String RACED = "it-raced";
    static final String EXAMPLES = "thidua-examples";

    /** Injection waits (up to pax.exam.service.timeout) until the store has migrated and registered. */
    @Inject
    PlanRepository repository;

    @Inject
    PlanCodec codec;

    @Override
    protected String bootFeature() {
        return "thidua-store";
    }

    @Test
    public void a_storesTheSeedPlansAndRacesTwoWriters() throws Exception {
        for (Plan plan : examples()) {
            StoredPlan stored = repository.create(plan, PlanStatus.DRAFT, WRITER, null);
            assertEquals(plan, repository.find(stored.id()).orElseThrow().plan());
        }

        StoredPlan raced = repository.create(examples().get(0), PlanStatus.DRAFT, RACED, null);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> conflicts = new ArrayList<>();
            for (String writer : List.of("A", "B")) {
                conflicts.add(writers.submit(appendLine(raced, "writer " + writer, together)));
            }
            int seen = 0;
            for (Future<Boolean> conflict : conflicts) {
                seen += conflict.get() ? 1 : 0;
            }
            assertEquals("exactly one writer is told the plan changed under it", 1, seen);
        } finally {
            writers.shutdownNow();
        }
        assertRaceKeptBothLines();
    }

    @Test
    public void b_afterARestartEveryPlanReadsBackEqual() throws Exception {
        List<Plan> expected = examples();
        List<Plan> found = new ArrayList<>();
        List<Plan> loaded = new ArrayList<>();
        for (PlanSummary summary : repository.list(new PlanQuery(null, null, null, null, false, 0, 500)).items()) {
            StoredPlan plan = repository.find(summary.id()).orElseThrow();
            if (WRITER.equals(plan.createdBy())) {
                found.add(plan.plan());
                assertEquals(1, plan.version());
            } else if (EXAMPLES.equals(plan.createdBy())) {
                loaded.add(plan.plan());
            }
        }
        assertEquals("the seed plans written before the restart", expected.size(), found.size());
        assertTrue("every seed plan reads back equal: " + found, found.containsAll(expected) && expected.containsAll(found));
        assertRaceKeptBothLines();
        // The first start found an empty database and loaded the examples; this one found plans and loaded none.
        assertEquals("example plans, loaded once", expected.size(), loaded.size());
        assertTrue(loaded.containsAll(expected));
    }

    /** The raced plan is at version 3 and has both writers' lines: the loser redid its change on top of the winner's. */
    private void assertRaceKeptBothLines() {
        StoredPlan raced = repository.list(new PlanQuery(null, null, null, null, false, 0, 500)).items().stream()
                .map(s -> repository.find(s.id()).orElseThrow())
                .filter(p -> RACED.equals(p.createdBy()))
                .findFirst().orElseThrow(() -> new AssertionError("the raced plan is missing"));
        assertEquals(3, raced.version());
        List<String> closing = raced.plan().closing();
        assertTrue(closing.toString(), closing.contains("writer A") && closing.contains("writer B"));
        assertEquals(3, repository.history(raced.id()).size());
    }

    /** Reads the plan, waits for the other writer, writes; told of a conflict, reads again and redoes. */
    private Callable<Boolean> appendLine(StoredPlan start, String line, CyclicBarrier together) {
        return () -> {
            StoredPlan read = repository.find(start.id()).orElseThrow();
            together.await();
            boolean conflict = false;
            while (true) {
                List<String> closing = new ArrayList<>(read.plan().closing());
                closing.add(line);
                try {
                    repository.replace(read.id(), read.version(),
                            PlanBuilder.builder(read.plan()).closing(closing).build(), PlanStatus.DRAFT, line, null);
                    return conflict;
                } catch (StaleVersionException e) {
                    conflict = true;
                    read = repository.find(start.id()).orElseThrow();
                }
            }
        };
    }

    /** The five seed plans the distribution ships in examples/. */
    List<Plan> examples() throws IOException {
        Path folder = Path.of(System.getProperty("karaf.base"), "examples");
        List<Plan> plans = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    plans.add(codec.read(in));
                }
            }
        }
        assertEquals("seed plans in " + folder, 5, plans.size());
        return plans;
    }
}
