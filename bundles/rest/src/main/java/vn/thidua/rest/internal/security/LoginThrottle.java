package vn.thidua.rest.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins, per account and per address, with an exponential back-off: after {@code free}
 * failures in a row, each further failure locks the account (or the address) for {@code base},
 * then twice that, up to {@code max}. A login during a lock is not checked at all (its answer is
 * 429 with the seconds left), so a guesser gets a handful of tries, then one try per doubling
 * wait. A successful login clears its account's count (not its address's: one good account must
 * not reset a guesser's address). Counts are forgotten {@code max} after the last failure; at most
 * {@value #MAX_ENTRIES} accounts and addresses are tracked (the oldest dropped first), so that a
 * flood of made-up names cannot fill the memory.
 */
public final class LoginThrottle {

    static final int MAX_ENTRIES = 10_000;

    /** How the back-off grows: failures allowed before the first lock, first lock, longest lock. */
    public record Policy(int free, Duration base, Duration max) {
        public Policy {
            free = Math.max(1, free);
            base = base.isNegative() || base.isZero() ? Duration.ofSeconds(1) : base;
            max = max.compareTo(base) < 0 ? base : max;
        }

        Duration lockAfter(int failures) {
            int beyond = failures - free;
            if (beyond < 0) {
                return Duration.ZERO;
            }
            Duration lock = base.multipliedBy(1L << Math.min(beyond, 30));
            return lock.compareTo(max) > 0 || lock.isNegative() ? max : lock;
        }
    }

    private record Failures(int count, Instant lockedUntil, Instant last) {
    }

    private final Policy perAccount;
    private final Policy perAddress;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(Policy perAccount, Policy perAddress, Clock clock) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** How long the account or the address is still locked, the longer of the two; empty when neither is. */
    public Optional<Duration> locked(String account, String address) {
        Instant now = clock.instant();
        Duration left = max(remaining(accounts.get(account), now), remaining(addresses.get(address), now));
        return left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** Counts a failure; the answer is how many the account has failed in a row. */
    public int failed(String account, String address) {
        Instant now = clock.instant();
        if (accounts.size() + addresses.size() >= MAX_ENTRIES) {
            forget(now);
        }
        int count = accounts.compute(account, (k, f) -> next(f, perAccount, now)).count();
        addresses.compute(address, (k, f) -> next(f, perAddress, now));
        return count;
    }

    /** Clears the account's count; true when it had failures. */
    public boolean succeeded(String account) {
        return !accounts.isEmpty() && accounts.remove(account) != null;
    }

    /** Accounts and addresses tracked. */
    int size() {
        return accounts.size() + addresses.size();
    }

    private Failures next(Failures previous, Policy policy, Instant now) {
        int count = previous == null || now.isAfter(previous.last.plus(policy.max)) ? 1 : previous.count + 1;
        return new Failures(count, now.plus(policy.lockAfter(count)), now);
    }

    private static Duration remaining(Failures failures, Instant now) {
        return failures == null || !now.isBefore(failures.lockedUntil) ? Duration.ZERO : Duration.between(now, failures.lockedUntil);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Drops what has expired, then, if still too many, the oldest half. */
    private void forget(Instant now) {
        accounts.values().removeIf(f -> now.isAfter(f.last.plus(perAccount.max)));
        addresses.values().removeIf(f -> now.isAfter(f.last.plus(perAddress.max)));
        for (Map<String, Failures> map : java.util.List.of(accounts, addresses)) {
            if (map.size() > MAX_ENTRIES / 2) {
                map.entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.comparing(Failures::last)))
                        .limit(map.size() - MAX_ENTRIES / 4).map(Map.Entry::getKey).toList().forEach(map::remove);
            }
        }
    }
}
