package vn.thidua.rules.internal;

import java.time.Duration;

/**
 * What a pack may cost, as configured ({@link RegistryConfig}); read at each load and each
 * validation, so a new configuration applies without reloading the packs.
 */
final class PackLimits {

    static final long VALIDATION_MILLIS = 2000;
    static final long MAX_PACK_BYTES = 1024 * 1024;

    private volatile Duration validationBudget;
    private volatile long maxPackBytes;

    PackLimits() {
        this(VALIDATION_MILLIS, MAX_PACK_BYTES);
    }

    PackLimits(long validationMillis, long maxPackBytes) {
        set(validationMillis, maxPackBytes);
    }

    void set(long validationMillis, long maxPackBytes) {
        if (validationMillis < 1 || maxPackBytes < 1) {
            throw new IllegalArgumentException("validationMillis and maxPackBytes must be positive, were "
                    + validationMillis + " and " + maxPackBytes);
        }
        this.validationBudget = Duration.ofMillis(validationMillis);
        this.maxPackBytes = maxPackBytes;
    }

    Duration validationBudget() {
        return validationBudget;
    }

    long maxPackBytes() {
        return maxPackBytes;
    }
}
