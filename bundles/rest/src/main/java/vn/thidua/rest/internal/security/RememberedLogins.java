package vn.thidua.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers successful logins for a short while. Passwords are stored hashed with a slow,
 * salted algorithm, so checking one on every request of an HTTP client would cost tens of
 * milliseconds of CPU each; a login is checked against the realm again once its entry expires, so
 * a changed password or role takes effect within {@code ttl}. Only a keyed digest of user and
 * password is kept (never the password); failures are never remembered.
 */
public final class RememberedLogins implements PasswordCheck {

    private static final int MAX_ENTRIES = 1000;

    private final PasswordCheck realm;
    private final Duration ttl;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public RememberedLogins(PasswordCheck realm, Duration ttl, Clock clock) {
        this.realm = realm;
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Optional<Set<String>> login(String user, String password) {
        if (ttl.isZero() || ttl.isNegative()) {
            return realm.login(user, password);
        }
        String digest = digest(user, password);
        Instant now = clock.instant();
        Entry entry = entries.get(digest);
        if (entry != null && now.isBefore(entry.expires)) {
            return Optional.of(entry.roles);
        }
        Optional<Set<String>> roles = realm.login(user, password);
        if (roles.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.values().removeIf(e -> !now.isBefore(e.expires));
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
            }
            entries.put(digest, new Entry(Set.copyOf(roles.get()), now.plus(ttl)));
        } else {
            entries.remove(digest);
        }
        return roles;
    }

    private String digest(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    private record Entry(Set<String> roles, Instant expires) {
    }
}
