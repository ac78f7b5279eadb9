package vn.thidua.plan.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import vn.thidua.plan.time.VietnamClock;

/** PID {@code vn.thidua.plan.time} ({@code etc/vn.thidua.plan.time.cfg}). */
@ObjectClassDefinition(name = "Thi Đua clock",
        description = "The platform's clock: the time zone whose calendar day is 'today' (task lateness, rule packs in force).")
@interface ClockConfig {

    @AttributeDefinition(description = "Time zone ID whose calendar day is 'today' for the platform.")
    String zone() default VietnamClock.ZONE_ID;
}
