package vn.thidua.plan.store;

/**
 * A request the store refused or could not complete; nothing was changed. Each kind says what
 * happened: {@link InvalidRequestException} (a value it cannot take, naming it),
 * {@link PlanNotFoundException}, {@link StaleVersionException} (another writer got there first),
 * {@link PlanStateConflictException} (deleted, or not deleted), {@link StoreUnavailableException}
 * (the database failed), and the status rules' refusals in {@code vn.thidua.plan.store.status}.
 */
public abstract class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected StoreException(String message) {
        super(message);
    }

    protected StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
