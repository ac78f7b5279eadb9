package vn.thidua.web.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A signed-in user: the name and API roles the API gave at sign-in, the CSRF token every write must
 * echo, and the API's session token, with which the calls made on the user's behalf are the user's
 * own (the API checks the roles again). No password: the API exchanged it for the token at sign-in.
 */
final class WebSession {

    final String id;
    final String user;
    final Set<String> roles;
    final String csrf;
    final String apiToken;
    /** The web session ends before this, the API token's own end however it is used. */
    final Instant notAfter;
    /** Shorter than the token's idle time. */
    final Duration idle;
    private volatile Instant lastUse;

    WebSession(String id, String user, Set<String> roles, String csrf, String apiToken, Duration idle, Instant notAfter,
            Instant now) {
        this.id = id;
        this.user = user;
        this.roles = Set.copyOf(roles);
        this.csrf = csrf;
        this.apiToken = apiToken;
        this.idle = idle;
        this.notAfter = notAfter;
        this.lastUse = now;
    }

    Instant lastUse() {
        return lastUse;
    }

    void touch(Instant now) {
        lastUse = now;
    }

    boolean can(String role) {
        return roles.contains(role);
    }
}
