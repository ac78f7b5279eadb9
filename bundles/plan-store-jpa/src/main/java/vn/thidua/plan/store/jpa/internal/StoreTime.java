package vn.thidua.plan.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.thidua.plan.time.VietnamClock;

/** The store's clock: when a change happens, and which day it is in Vietnam (for lateness). */
final class StoreTime {

    private final VietnamClock clock;

    StoreTime(VietnamClock clock) {
        this.clock = clock;
    }

    /** Truncated to microseconds: what both databases keep, so a read gives back what was written. */
    Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The calendar day in Vietnam. */
    LocalDate today() {
        return clock.today();
    }
}
