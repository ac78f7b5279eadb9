package vn.thidua.rest.internal.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Short-lived session tokens, each exchanged for one successful password login
 * ({@code POST /sessions}), so that a client that acts for a user (the web workspace) keeps a token
 * instead of the password. A token is 256 random bits; only its SHA-256 is kept here, so the store
 * holds nothing a caller could present. A token ends {@code idle} after its last use (sliding) and
 * {@code lifetime} after the login at the latest (fixed), whichever comes first, or when revoked; it
 * keeps the roles of its login, and ends at its next use once the realm's account is not what it was
 * at the login ({@link AccountStamps}: password, roles or groups changed, account removed). At most
 * {@code maxLive} tokens live at once: when full, the expired go first, then the one used least
 * recently, so a flood of logins cannot fill the memory (it can only sign out idle sessions).
 */
public final class SessionTokens {

    /** Scheme of a {@link Caller} authenticated by a session token. */
    public static final String SCHEME = "SESSION";

    /** The bounds: idle time, longest life, tokens alive at once. */
    public record Policy(Duration idle, Duration lifetime, int maxLive) {
        public Policy {
            if (idle.isNegative() || idle.isZero() || lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("a session token's idle time and lifetime must be positive");
            }
            if (maxLive < 1) {
                throw new IllegalArgumentException("at least one session token must be allowed to live");
            }
            idle = idle.compareTo(lifetime) > 0 ? lifetime : idle;
        }
    }

    /**
     * What the realm says of an account now: a stamp that changes when the account's password, roles
     * or groups change or the account goes. Empty when the realm cannot tell (one without a users
     * file): its tokens keep their roles until they end.
     */
    @FunctionalInterface
    public interface AccountStamps {
        AccountStamps NONE = user -> Optional.empty();

        Optional<String> of(String user);
    }

    /** A token just issued: the token itself is in no other place on the server. */
    public record Issued(String token, Caller caller, Instant expiresAt, Instant notAfter, Duration idle) {
    }

    private static final class Entry {
        final Caller caller;
        final Instant notAfter;
        /** The account's stamp at the login; null when the realm cannot tell. */
        final String account;
        volatile Instant lastUse;
        /** Order of the last use among all tokens: uses in the same clock tick still have an order. */
        volatile long useOrder;

        Entry(Caller caller, String account, Instant created, Instant notAfter, long order) {
            this.caller = caller;
            this.account = account;
            this.notAfter = notAfter;
            this.lastUse = created;
            this.useOrder = order;
        }

        Instant expiresAt(Duration idle) {
            Instant sliding = lastUse.plus(idle);
            return sliding.isBefore(notAfter) ? sliding : notAfter;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final AtomicLong uses = new AtomicLong();
    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AccountStamps accounts;
    private volatile Policy policy;

    public SessionTokens(Policy policy, Clock clock) {
        this(policy, clock, AccountStamps.NONE);
    }

    public SessionTokens(Policy policy, Clock clock, AccountStamps accounts) {
        this.policy = policy;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** A changed configuration: live tokens stay, under the new bounds. */
    public void policy(Policy changed) {
        this.policy = changed;
        synchronized (this) {
            makeRoom(0);
        }
    }

    public Policy policy() {
        return policy;
    }

    /** A new token for a user who has just proved the password. */
    public Issued issue(String user, Set<String> roles) {
        Policy bounds = policy;
        Instant now = clock.instant();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Caller caller = new Caller(user, roles, SCHEME);
        Entry entry = new Entry(caller, accounts.of(user).orElse(null), now, now.plus(bounds.lifetime()), uses.incrementAndGet());
        synchronized (this) {
            makeRoom(1);
            byHash.put(ApiTokens.sha256(token), entry);
        }
        return new Issued(token, caller, entry.expiresAt(bounds.idle()), entry.notAfter, bounds.idle());
    }

    /** The caller of a live token, its idle time restarted; an expired one is forgotten. */
    public Optional<Caller> caller(String token) {
        return use(token).map(e -> e.caller);
    }

    /** When the token ends if it is not used again; empty when it is not live. */
    public Optional<Instant> expiresAt(String token) {
        Entry entry = byHash.get(ApiTokens.sha256(token));
        Instant now = clock.instant();
        return entry == null || expired(entry, now) ? Optional.empty() : Optional.of(entry.expiresAt(policy.idle()));
    }

    /** Ends a token at once; true when it was live. */
    public boolean revoke(String token) {
        Entry gone = byHash.remove(ApiTokens.sha256(token));
        return gone != null && !expired(gone, clock.instant());
    }

    /** Tokens held, expired ones not yet swept included. */
    public int size() {
        return byHash.size();
    }

    /** The hashes held, for tests that check no token is kept in clear. */
    Set<String> hashes() {
        return Set.copyOf(byHash.keySet());
    }

    private Optional<Entry> use(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String hash = ApiTokens.sha256(token);
        Entry entry = byHash.get(hash);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(entry, now)) {
            byHash.remove(hash, entry);
            return Optional.empty();
        }
        if (entry.account != null && !entry.account.equals(accounts.of(entry.caller.name()).orElse(null))) {
            if (byHash.remove(hash, entry)) {
                LoginAudit.sessionEndedAccountChanged(entry.caller.name());
            }
            return Optional.empty();
        }
        entry.lastUse = now;
        entry.useOrder = uses.incrementAndGet();
        return Optional.of(entry);
    }

    private boolean expired(Entry entry, Instant now) {
        return !now.isBefore(entry.expiresAt(policy.idle()));
    }

    /** Leaves room for {@code coming} more tokens within the bound: the expired first, then the least recently used. */
    private void makeRoom(int coming) {
        int max = policy.maxLive();
        if (byHash.size() + coming <= max) {
            return;
        }
        Instant now = clock.instant();
        byHash.values().removeIf(e -> expired(e, now));
        int excess = byHash.size() + coming - max;
        if (excess > 0) {
            byHash.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, Entry> e) -> e.getValue().useOrder))
                    .limit(excess).map(Map.Entry::getKey).toList().forEach(byHash::remove);
        }
    }
}
