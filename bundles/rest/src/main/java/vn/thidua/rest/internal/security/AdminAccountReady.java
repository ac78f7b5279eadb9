package vn.thidua.rest.internal.security;

/**
 * Registered as a service, with {@value #PROPERTY}={@value #VALUE}, once the account {@code admin}
 * is in {@code etc/users.properties} with its roles and the file's other writers have settled
 * (or when it was there already): from then on it logs in. Tests and tools wait for it by that
 * property, without needing this type.
 */
public interface AdminAccountReady {

    String PROPERTY = "thidua.readiness";
    String VALUE = "admin-account";

    /** A filter that finds it. */
    String FILTER = "(" + PROPERTY + "=" + VALUE + ")";

    /** Whether this start created the account (false: it was there already). */
    boolean createdNow();
}
