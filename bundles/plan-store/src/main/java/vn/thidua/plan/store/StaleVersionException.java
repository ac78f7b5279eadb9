package vn.thidua.plan.store;

/** The plan changed since the caller read it: the caller's version is not the stored one. */
public class StaleVersionException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String planId;
    private final long expected;
    private final long actual;

    public StaleVersionException(String planId, long expected, long actual) {
        super("Plan " + planId + " is at version " + actual + ", not " + expected + ": read it again and redo the change");
        this.planId = planId;
        this.expected = expected;
        this.actual = actual;
    }

    public String planId() {
        return planId;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
