package vn.thidua.plan.store;

/**
 * The store's database failed the request (unreachable, out of connections, out of space ...);
 * nothing was changed and the caller may try again. The message may carry the database's own words
 * (host names, user names): log it, do not show it to a client.
 */
public class StoreUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
