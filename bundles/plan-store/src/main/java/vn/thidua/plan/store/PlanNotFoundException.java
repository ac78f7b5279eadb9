package vn.thidua.plan.store;

/** No plan (or no task of a plan) has this id. */
public class PlanNotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;

    public PlanNotFoundException(String message) {
        super(message);
    }
}
