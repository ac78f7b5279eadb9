package vn.thidua.plan.store.jpa.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand; its zone is Vietnam's (UTC+7), as the store's default. */
final class MutableClock extends Clock {

    static final ZoneId VIETNAM = ZoneOffset.ofHours(7);

    private volatile Instant now;

    MutableClock(Instant now) {
        this.now = now;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the store keeps its clock's zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
