package vn.thidua.web.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of signed-in users, in memory (a restart signs everyone out): random 256-bit ids, an
 * idle timeout after which a session is gone, and its own CSRF token for each.
 */
final class Sessions {

    private final Map<String, WebSession> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration idleTimeout;
    private final Clock clock;

    Sessions(Duration idleTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    WebSession open(String user, char[] password, Set<String> roles) {
        purge();
        WebSession session = new WebSession(token(), user, password, roles, token(), clock.instant());
        byId.put(session.id, session);
        return session;
    }

    /** The live session of this id, its idle time restarted; an expired one is removed. */
    Optional<WebSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        WebSession session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(session, now)) {
            close(id);
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    void close(String id) {
        if (id == null) {
            return;
        }
        WebSession gone = byId.remove(id);
        if (gone != null) {
            gone.clear();
        }
    }

    void closeAll() {
        byId.keySet().forEach(this::close);
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    private void purge() {
        Instant now = clock.instant();
        byId.values().stream().filter(s -> expired(s, now)).map(s -> s.id).toList().forEach(this::close);
    }

    private boolean expired(WebSession session, Instant now) {
        return session.lastUse().plus(idleTimeout).isBefore(now);
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
