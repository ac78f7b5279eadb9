package vn.thidua.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.time.VietnamClock;

class VietnamClockComponentTest {

    private static ClockConfig zone(String zone) {
        return new ClockConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ClockConfig.class;
            }

            @Override
            public String zone() {
                return zone;
            }
        };
    }

    @Test
    void theDayIsVietnamsUnlessConfiguredAndAChangeAppliesInPlace() {
        VietnamClockComponent clock = new VietnamClockComponent(zone("Asia/Ho_Chi_Minh"));
        assertThat(clock.clock().getZone()).isEqualTo(VietnamClock.ZONE);
        clock.modified(zone("Europe/Paris"));
        assertThat(clock.clock().getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void aZoneThatIsNoZoneKeepsVietnamsDay() {
        assertThat(new VietnamClockComponent(zone("Asia/Saigon City")).clock().getZone()).isEqualTo(VietnamClock.ZONE);
        assertThat(new VietnamClockComponent(zone(" ")).clock().getZone()).isEqualTo(VietnamClock.ZONE);
    }

    @Test
    void todayIsTheDayInTheClocksZone() {
        // 18:00 UTC on 31 December is already 1 January in Vietnam (UTC+7).
        Clock utc = Clock.fixed(Instant.parse("2025-12-31T18:00:00Z"), ZoneOffset.UTC);
        assertThat(VietnamClock.of(utc.withZone(VietnamClock.ZONE)).today()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(VietnamClock.of(utc).today()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(VietnamClock.of(utc).now()).isEqualTo(Instant.parse("2025-12-31T18:00:00Z"));
    }
}
