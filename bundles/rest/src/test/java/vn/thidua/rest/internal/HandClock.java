package vn.thidua.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, in UTC: expiries, throttles and remembered logins without sleeping. */
public final class HandClock extends Clock {

    private volatile Instant now;

    public HandClock(Instant now) {
        this.now = now;
    }

    public HandClock(String isoInstant) {
        this(Instant.parse(isoInstant));
    }

    public Instant now() {
        return now;
    }

    public void pass(Duration duration) {
        now = now.plus(duration);
    }

    public void passMinutes(long minutes) {
        pass(Duration.ofMinutes(minutes));
    }

    public void passSeconds(long seconds) {
        pass(Duration.ofSeconds(seconds));
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneOffset getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
