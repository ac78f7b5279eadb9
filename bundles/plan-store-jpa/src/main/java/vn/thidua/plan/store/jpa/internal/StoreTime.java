package vn.thidua.plan.store.jpa.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The store's clock: when a change happens, and which day it is where the plans are (for lateness). */
final class StoreTime {

    private final Clock clock;

    StoreTime(Clock clock) {
        this.clock = clock;
    }

    /** Truncated to microseconds: what both databases keep, so a read gives back what was written. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The calendar day in the clock's zone. */
    LocalDate today() {
        return LocalDate.now(clock);
    }
}
