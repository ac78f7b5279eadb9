package vn.thidua.rules.internal.check;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The time a whole validation may take, checked cooperatively by the thread that validates: between
 * rules, between the elements an expression rule runs on, and every {@value #CHARS_PER_CHECK}
 * characters a pack's regular expression reads. A validation over its budget (or whose thread is
 * interrupted) stops with {@link Exceeded} on that same thread, which is then free; nothing else
 * runs on for it. Outside {@link #within} (a rule run by itself, in a test) nothing is checked.
 *
 * <p>The budget is the CPU time of the validating thread where the JVM measures it (HotSpot on
 * Linux does): what a runaway pattern spends, while a validation that only waits for a core on a
 * busy machine keeps its budget (a seed plan needs about 20 ms of CPU, and took more than two
 * seconds of wall time while two builds ran beside it). Elsewhere it is wall time.
 *
 * <p>Reading the thread's CPU time is a system call (1.4 µs on a virtual machine here), and a
 * validation checks its budget dozens of times: read at every check, the clock was two thirds of a
 * seed plan's validation. A thread's CPU time cannot grow faster than the wall clock, so a check
 * reads only the cheap wall clock until as much wall time has passed as CPU time was left; only then
 * is the CPU time read, and the next such point set by what is left of it.
 */
public final class ValidationBudget {

    /** How often a regular expression's reading looks at the clock: often enough, cheaply. */
    static final int CHARS_PER_CHECK = 4096;

    /** Held only while a validation runs on this thread, removed when it ends. */
    private static final ThreadLocal<ValidationBudget> CURRENT = new ThreadLocal<>();

    /** The JVM's own bean: looked up once, as asking the platform for it each time costs microseconds. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Duration budget;
    private final LongSupplier wall;
    /** The thread's CPU time in nanoseconds, or null where it is not measured and wall time counts. */
    private final LongSupplier cpu;
    private final long cpuStart;
    /** Before this wall time the budget cannot have been spent, so no CPU time is read. */
    private long readCpuFrom;
    private String where = "";

    ValidationBudget(Duration budget, LongSupplier wall, LongSupplier cpu) {
        this.budget = budget;
        this.wall = wall;
        this.cpu = cpu;
        this.cpuStart = cpu != null ? cpu.getAsLong() : 0;
        this.readCpuFrom = wall.getAsLong() + budget.toNanos();
    }

    /** A budget on this JVM's clocks: the thread's CPU time where the JVM measures it, else wall time. */
    static ValidationBudget onThisThread(Duration budget) {
        boolean measured = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        return new ValidationBudget(budget, System::nanoTime, measured ? THREADS::getCurrentThreadCpuTime : null);
    }

    /**
     * Runs the work under the budget. Inside a validation already under a budget, the outer one
     * governs.
     */
    public static <T> T within(Duration budget, Supplier<T> work) {
        if (CURRENT.get() != null) {
            return work.get();
        }
        return within(onThisThread(budget), work);
    }

    static <T> T within(ValidationBudget budget, Supplier<T> work) {
        CURRENT.set(budget);
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
            current.checkNow();
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
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded(budget, where);
        }
        long now = wall.getAsLong();
        if (now - readCpuFrom < 0) {
            return;
        }
        if (cpu == null) {
            throw new Exceeded(budget, where);
        }
        long left = budget.toNanos() - (cpu.getAsLong() - cpuStart);
        if (left <= 0) {
            throw new Exceeded(budget, where);
        }
        // the thread waited for a core: what is left of its CPU time cannot be spent before now + left
        readCpuFrom = now + left;
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
