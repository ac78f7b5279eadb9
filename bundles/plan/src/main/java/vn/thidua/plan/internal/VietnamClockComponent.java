package vn.thidua.plan.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.plan.time.VietnamClock;

/**
 * The platform's clock as a service. A change of its configuration is applied in place, so the
 * service stays registered and the store and the REST API that hold it are not restarted.
 */
@Component(service = VietnamClock.class, configurationPid = VietnamClockComponent.PID)
@Designate(ocd = ClockConfig.class)
public final class VietnamClockComponent implements VietnamClock {

    static final String PID = "vn.thidua.plan.time";

    private static final Logger LOG = LoggerFactory.getLogger(VietnamClockComponent.class);

    private volatile Clock clock;

    @Activate
    public VietnamClockComponent(ClockConfig config) {
        modified(config);
    }

    @Modified
    void modified(ClockConfig config) {
        clock = Clock.system(zone(config.zone()));
    }

    /** The zone configured; a mistake is logged and the platform keeps Vietnam's day rather than stop. */
    static ZoneId zone(String configured) {
        if (configured == null || configured.isBlank()) {
            return ZONE;
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            LOG.error("{}: zone '{}' is not a time zone ID (such as Asia/Ho_Chi_Minh); using {}", PID, configured, ZONE);
            return ZONE;
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
