package vn.thidua.web.internal;

import java.time.Instant;
import java.util.Set;

/**
 * A signed-in user: the name and API roles JAAS gave at sign-in, the CSRF token every write must
 * echo, and the password, kept in this server's memory only for as long as the session lives, so
 * that the API calls made on the user's behalf are the user's own (the API checks the roles again).
 */
final class WebSession {

    final String id;
    final String user;
    final Set<String> roles;
    final String csrf;
    private final char[] password;
    private volatile Instant lastUse;

    WebSession(String id, String user, char[] password, Set<String> roles, String csrf, Instant now) {
        this.id = id;
        this.user = user;
        this.password = password.clone();
        this.roles = Set.copyOf(roles);
        this.csrf = csrf;
        this.lastUse = now;
    }

    String password() {
        return new String(password);
    }

    Instant lastUse() {
        return lastUse;
    }

    void touch(Instant now) {
        lastUse = now;
    }

    /** Forgets the password (sign-out, expiry). */
    void clear() {
        java.util.Arrays.fill(password, '\0');
    }

    boolean can(String role) {
        return roles.contains(role);
    }
}
