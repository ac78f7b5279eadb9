package vn.thidua.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.rest.internal.security.ApiTokens;
import vn.thidua.rest.internal.security.JaasPasswordCheck;
import vn.thidua.rest.internal.security.PasswordCheck;
import vn.thidua.rest.internal.security.RememberedLogins;

/**
 * The facade's configuration ({@code etc/vn.thidua.rest.cfg}), applied in place when the file
 * changes. It is a component of its own so that a change does not touch the servlet's service
 * properties: the HTTP whiteboard would re-register the servlet, and requests would get 404
 * meanwhile.
 */
@Component(service = RestSettings.class, configurationPid = "vn.thidua.rest")
@Designate(ocd = RestConfig.class)
public final class RestSettings {

    private static final Logger LOG = LoggerFactory.getLogger(RestSettings.class);

    private volatile long bodyLimit;
    private volatile ApiTokens tokens;
    private volatile PasswordCheck passwords;

    @Activate
    public RestSettings(RestConfig config, Map<String, Object> properties) {
        modified(config, properties);
    }

    @Modified
    void modified(RestConfig config, Map<String, Object> properties) {
        ApiTokens configured;
        try {
            configured = ApiTokens.from(properties);
        } catch (IllegalArgumentException e) {
            LOG.error("No API token is accepted until etc/vn.thidua.rest.cfg is fixed: {}", e.getMessage());
            configured = ApiTokens.none();
        }
        tokens = configured;
        passwords = new RememberedLogins(new JaasPasswordCheck(config.realm()),
                Duration.ofSeconds(Math.max(0, config.loginCacheSeconds())), Clock.systemUTC());
        bodyLimit = config.bodyLimitBytes();
    }

    public long bodyLimit() {
        return bodyLimit;
    }

    public ApiTokens tokens() {
        return tokens;
    }

    public PasswordCheck passwords() {
        return passwords;
    }
}
