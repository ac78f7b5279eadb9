package vn.thidua.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.karaf.jaas.config.JaasRealm;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.jetty.body.BodyCollector;
import vn.thidua.rest.internal.http.AnonymousGate;
import vn.thidua.rest.internal.security.ApiTokens;
import vn.thidua.rest.internal.security.EqualWorkLogins;
import vn.thidua.rest.internal.security.LoginThrottle;
import vn.thidua.rest.internal.security.RealmAccounts;
import vn.thidua.rest.internal.security.JaasPasswordCheck;
import vn.thidua.rest.internal.security.PasswordCheck;
import vn.thidua.rest.internal.security.RememberedLogins;
import vn.thidua.rest.internal.security.SessionTokens;

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

    private volatile BodyCollector.Limits bodyReads;
    private volatile AnonymousGate anonymousGate;
    private volatile ApiTokens tokens;
    private volatile PasswordCheck passwords;
    private volatile LoginThrottle throttle;
    /** One store for the component's life: a changed configuration does not sign anyone out. */
    private final SessionTokens sessions;
    private volatile String realm = "karaf";
    /** The realms JAAS has, for the accounts of ours (a failed login costs the same for an unknown one). */
    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();
    private volatile Optional<RealmAccounts> accounts = Optional.empty();

    @Activate
    public RestSettings(RestConfig config, Map<String, Object> properties) {
        // A token ends when its account changes in the realm's users file (read through the realm found now).
        sessions = new SessionTokens(sessionPolicy(config), Clock.systemUTC(), user -> accounts.flatMap(a -> a.stamp(user)));
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
        realm = config.realm();
        findAccounts();
        passwords = new RememberedLogins(new EqualWorkLogins(new JaasPasswordCheck(config.realm()), () -> accounts),
                Duration.ofSeconds(Math.max(0, config.loginCacheSeconds())), Clock.systemUTC());
        Duration lock = Duration.ofSeconds(Math.max(1, config.loginLockSeconds()));
        Duration maxLock = Duration.ofSeconds(Math.max(1, config.loginMaxLockSeconds()));
        // A changed policy starts counting afresh.
        throttle = new LoginThrottle(new LoginThrottle.Policy(config.loginFreeFailures(), lock, maxLock),
                new LoginThrottle.Policy(config.addressFreeFailures(), lock, maxLock), Clock.systemUTC());
        bodyReads = new BodyCollector.Limits(config.bodyLimitBytes(), Math.max(1, config.bodyHeldBytes()),
                Duration.ofSeconds(Math.max(1, config.bodyReadSeconds())));
        anonymousGate = new AnonymousGate(config.anonymousConcurrent(), config.anonymousWaiting(), config.anonymousWaitMillis());
        sessions.policy(sessionPolicy(config));
    }

    /** The configured bounds; a value out of range is said in the log and the default kept, sessions must work. */
    static SessionTokens.Policy sessionPolicy(RestConfig config) {
        try {
            return new SessionTokens.Policy(Duration.ofMinutes(config.sessionTokenIdleMinutes()),
                    Duration.ofMinutes(config.sessionTokenLifetimeMinutes()), config.sessionTokensMax());
        } catch (IllegalArgumentException e) {
            LOG.error("etc/vn.thidua.rest.cfg: {} (sessionTokenIdleMinutes={}, sessionTokenLifetimeMinutes={}, sessionTokensMax={});"
                    + " the defaults 60, 720, 10000 apply", e.getMessage(), config.sessionTokenIdleMinutes(),
                    config.sessionTokenLifetimeMinutes(), config.sessionTokensMax());
            return new SessionTokens.Policy(Duration.ofMinutes(60), Duration.ofMinutes(720), 10_000);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addRealm(JaasRealm added) {
        realms.add(added);
        findAccounts();
    }

    void removeRealm(JaasRealm removed) {
        realms.remove(removed);
        findAccounts();
    }

    private void findAccounts() {
        Optional<RealmAccounts> found = RealmAccounts.of(realms, realm);
        accounts = found;
        // The dummy hash is made now, off the request path (it waits for the realm's encryption service).
        found.ifPresent(a -> CompletableFuture.runAsync(a::warm));
    }

    public LoginThrottle throttle() {
        return throttle;
    }

    /** The gate of requests without credentials; a changed configuration gives a new one (a request leaves the one it entered). */
    public AnonymousGate anonymousGate() {
        return anonymousGate;
    }

    public long bodyLimit() {
        return bodyReads.bodyBytes();
    }

    /** How request bodies are read before the API sees them. */
    public BodyCollector.Limits bodyReads() {
        return bodyReads;
    }

    public ApiTokens tokens() {
        return tokens;
    }

    public SessionTokens sessions() {
        return sessions;
    }

    public PasswordCheck passwords() {
        return passwords;
    }
}
