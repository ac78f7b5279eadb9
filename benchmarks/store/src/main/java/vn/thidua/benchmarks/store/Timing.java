package vn.thidua.benchmarks.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntToLongFunction;

/**
 * One operation timed over repetitions after a warm-up: median and 95th percentile, and how many
 * rows it matched (the page's total), so that a time can be read against the work it stands for.
 */
record Timing(double medianMillis, double p95Millis, long matches) {

    /** {@code 12.3 (15.0)}: median (95th percentile). */
    String text() {
        return String.format(Locale.ROOT, "%.1f (%.1f)", medianMillis, p95Millis);
    }

    /** Runs {@code operation(i)} {@code warmup} times, then {@code repetitions} times on the clock. */
    static Timing of(int warmup, int repetitions, IntToLongFunction operation) {
        for (int i = 0; i < warmup; i++) {
            operation.applyAsLong(i);
        }
        long[] nanos = new long[repetitions];
        long matches = 0;
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            matches = operation.applyAsLong(warmup + i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Timing(nanos[repetitions / 2] / 1e6, nanos[(int) Math.ceil(repetitions * 0.95) - 1] / 1e6, matches);
    }
}
