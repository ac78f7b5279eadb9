package vn.thidua.web.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of signed-in users, in memory (a restart signs everyone out): random 256-bit ids, an
 * idle timeout after which a session is gone, and its own CSRF token for each. A session ends
 * before the API token it holds: its idle time stays {@value #MARGIN_SECONDS} s (or half) under the token's,
 * only the calls that reach the API (which renew the token) renew it, and it ends that margin
 * before the token's last moment. Pages, scripts and {@code /app/me} renew nothing.
 */
final class Sessions {

    static final long MARGIN_SECONDS = 60;
    private static final Duration MARGIN = Duration.ofSeconds(MARGIN_SECONDS);

    private final Map<String, WebSession> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration idleTimeout;
    private final Clock clock;

    Sessions(Duration idleTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /** A session for a token the API has just issued. */
    WebSession open(ApiSessions.Opened token) {
        purge();
        Instant now = clock.instant();
        Duration margin = MARGIN.compareTo(token.idle().dividedBy(2)) < 0 ? MARGIN : token.idle().dividedBy(2);
        WebSession session = new WebSession(random(), token.user(), token.roles(), random(), token.token(),
                idleTimeout(token.idle()), token.notAfter().minus(margin), now);
        byId.put(session.id, session);
        return session;
    }

    /** The live session of this id; an expired one is removed. Finding it does not renew it. */
    Optional<WebSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        WebSession session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (expired(session, clock.instant())) {
            close(id);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** Restarts the idle time: a call on its way to the API, which renews the token with it. */
    void renew(WebSession session) {
        session.touch(clock.instant());
    }

    /** Ends a session; the one ended, if it was there. */
    Optional<WebSession> close(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.remove(id));
    }

    void closeAll() {
        byId.clear();
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * The idle timeout under a token idle that long: the configured one, or less (the token's less the
     * margin, at least half the token's) when the API's is not longer by the margin.
     */
    Duration idleTimeout(Duration tokenIdle) {
        Duration under = tokenIdle.minus(MARGIN);
        Duration half = tokenIdle.dividedBy(2);
        Duration bound = under.compareTo(half) < 0 ? half : under;
        return idleTimeout.compareTo(bound) < 0 ? idleTimeout : bound;
    }

    private void purge() {
        Instant now = clock.instant();
        byId.values().stream().filter(s -> expired(s, now)).map(s -> s.id).toList().forEach(this::close);
    }

    private boolean expired(WebSession session, Instant now) {
        return !now.isBefore(session.notAfter) || !now.isBefore(session.lastUse().plus(session.idle));
    }

    private String random() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
