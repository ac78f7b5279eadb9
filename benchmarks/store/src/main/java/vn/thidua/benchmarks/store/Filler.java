package vn.thidua.benchmarks.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import vn.thidua.plan.store.PlanRepository;

/**
 * Fills the store through {@link PlanRepository#create} and times it. Batches of {@value #BATCH}
 * plans alternate between one writer and two, so that both rates are measured over the same
 * range of table sizes; generating the plans is done before the clock starts.
 */
final class Filler implements AutoCloseable {

    static final int BATCH = 1_000;
    static final String USER = "benchmark";

    /** Plans stored and the time it took, for one number of writers. */
    static final class Rate {
        long plans;
        long nanos;

        double perSecond() {
            return plans * 1e9 / nanos;
        }

        /** {@code 204 | 45,000}: plans per second and how many were stored; blank when none were. */
        String text() {
            return plans == 0 ? " | 0" : String.format(Locale.ROOT, "%.0f | %,d", perSecond(), plans);
        }
    }

    /** The rates over one fill: one writer, two writers. */
    record Rates(Rate one, Rate two) {
    }

    private final PlanRepository repository;
    private final PlanVariants variants;
    private final ExecutorService writers = Executors.newFixedThreadPool(2);
    private final List<String> ids = Collections.synchronizedList(new ArrayList<>());

    Filler(PlanRepository repository, PlanVariants variants) {
        this.repository = repository;
        this.variants = variants;
    }

    /** The ids of every plan stored so far. */
    List<String> ids() {
        return ids;
    }

    Rates fillTo(int target) throws InterruptedException, ExecutionException {
        Rates rates = new Rates(new Rate(), new Rate());
        while (ids.size() < target) {
            int first = ids.size();
            List<PlanVariants.Variant> batch = IntStream.range(first, Math.min(target, first + BATCH))
                    .mapToObj(variants::variant).toList();
            boolean two = (first / BATCH) % 2 == 1;
            long start = System.nanoTime();
            if (two) {
                int half = batch.size() / 2;
                Future<?> a = writers.submit(() -> store(batch.subList(0, half)));
                Future<?> b = writers.submit(() -> store(batch.subList(half, batch.size())));
                a.get();
                b.get();
            } else {
                store(batch);
            }
            Rate rate = two ? rates.two() : rates.one();
            rate.nanos += System.nanoTime() - start;
            rate.plans += batch.size();
        }
        return rates;
    }

    /** Stores {@code count} more plans with one writer: the insert rate at the store's present size. */
    Rate storeMore(int count) {
        int first = ids.size();
        List<PlanVariants.Variant> batch = IntStream.range(first, first + count).mapToObj(variants::variant).toList();
        Rate rate = new Rate();
        long start = System.nanoTime();
        store(batch);
        rate.nanos = System.nanoTime() - start;
        rate.plans = count;
        return rate;
    }

    private void store(List<PlanVariants.Variant> batch) {
        for (PlanVariants.Variant variant : batch) {
            ids.add(repository.create(variant.plan(), variant.status(), USER, null).id());
        }
    }

    @Override
    public void close() {
        writers.shutdownNow();
    }
}
