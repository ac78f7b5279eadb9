package vn.thidua.rules.internal.check;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The time a whole validation may take, checked cooperatively by the thread that validates: between
 * rules, between the elements an expression rule runs on, and every {@value #CHARS_PER_CHECK}
 * characters a pack's regular expression reads. A validation over its budget (or whose thread is
 * interrupted) stops with {@link Exceeded} on that same thread, which is then free; nothing else
 * runs on for it. Outside {@link #within} (a rule run by itself, in a test) nothing is checked.
 *
 * <p>The budget is the CPU time of the validating thread where the JVM measures it (HotSpot on
 * Linux does, cheaply): what a runaway pattern spends, while a validation that only waits for a
 * core on a busy machine keeps its budget (a seed plan needs about 20 ms of CPU, and took more than
 * two seconds of wall time while two builds ran beside it). Elsewhere it is wall time.
 */
public final class ValidationBudget {

    /** How often a regular expression's reading looks at the clock: often enough, cheaply. */
    static final int CHARS_PER_CHECK = 4096;

    /** Held only while a validation runs on this thread, removed when it ends. */
    private static final ThreadLocal<ValidationBudget> CURRENT = new ThreadLocal<>();

    private final Duration budget;
    private final ThreadMXBean cpu;
    private final long deadline;
    private String where = "";

    private ValidationBudget(Duration budget) {
        this.budget = budget;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        this.cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled() ? threads : null;
        this.deadline = now() + budget.toNanos();
    }

    private long now() {
        return cpu != null ? cpu.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * Runs the work under the budget. Inside a validation already under a budget, the outer one
     * governs.
     */
    public static <T> T within(Duration budget, Supplier<T> work) {
        if (CURRENT.get() != null) {
            return work.get();
        }
        CURRENT.set(new ValidationBudget(budget));
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** Notes what runs now (a rule's id), for the message of a validation that stops there. */
    public static void at(String what) {
        ValidationBudget current = CURRENT.get();
        if (current != null) {
            current.where = what;
            current.check();
        }
    }

    /** Stops the validation if it is over its budget or its thread was interrupted. */
    public static void check() {
        ValidationBudget current = CURRENT.get();
        if (current != null) {
            current.checkNow();
        }
    }

    private void checkNow() {
        if (now() - deadline > 0 || Thread.currentThread().isInterrupted()) {
            throw new Exceeded(budget, where);
        }
    }

    /** A validation ran out of time, or was interrupted. */
    public static final class Exceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient Duration budget;
        private final String where;

        Exceeded(Duration budget, String where) {
            super("validation stopped after its budget of " + budget.toMillis() + " ms"
                    + (where.isEmpty() ? "" : ", in rule " + where), null, false, false);
            this.budget = budget;
            this.where = where;
        }

        public Duration budget() {
            return budget;
        }

        /** The rule that was running. */
        public String where() {
            return where;
        }
    }
}
