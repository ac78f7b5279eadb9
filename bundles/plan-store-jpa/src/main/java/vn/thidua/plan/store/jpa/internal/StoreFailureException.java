package vn.thidua.plan.store.jpa.internal;

import vn.thidua.plan.store.StoreException;

/** The database failed the request (unreachable, out of space ...); nothing was changed. */
final class StoreFailureException extends StoreException {

    private static final long serialVersionUID = 1L;

    StoreFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
