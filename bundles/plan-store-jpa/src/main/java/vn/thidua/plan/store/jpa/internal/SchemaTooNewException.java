package vn.thidua.plan.store.jpa.internal;

/** The database holds a schema written by a newer plan store than this one. */
final class SchemaTooNewException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    SchemaTooNewException(String message) {
        super(message);
    }
}
