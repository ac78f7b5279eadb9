package vn.thidua.plan.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * "Now" and "today" for the whole platform: instants, and the calendar day in Vietnam
 * ({@code Asia/Ho_Chi_Minh}) whatever the server's own zone, which decides whether a task is late
 * and which rule pack is in force. In OSGi it is a service of the plan bundle, its zone set by
 * {@code etc/vn.thidua.plan.time.cfg}; the store, the REST API and the console share it. Outside
 * OSGi (tests, tools) {@link #of(Clock)} makes one.
 */
@FunctionalInterface
public interface VietnamClock {

    /** The ID of the zone of Vietnam's calendar day, the default of the service. */
    String ZONE_ID = "Asia/Ho_Chi_Minh";

    /** The zone of Vietnam's calendar day. */
    ZoneId ZONE = ZoneId.of(ZONE_ID);

    /**
     * The clock now, in the configured zone. Ask for it at each use rather than keeping it: a change
     * of configuration gives a new one.
     */
    Clock clock();

    /** The instant now. */
    default Instant now() {
        return clock().instant();
    }

    /** Today, as a calendar day in the clock's zone. */
    default LocalDate today() {
        return LocalDate.now(clock());
    }

    /** A VietnamClock that is this clock (a fixed or test clock, or the system's outside OSGi). */
    static VietnamClock of(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return () -> clock;
    }

    /** The system clock in {@link #ZONE}. */
    static VietnamClock system() {
        return of(Clock.system(ZONE));
    }
}
