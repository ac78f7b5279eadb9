package vn.thidua.rest.internal.security;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No default password: at the first start, when the {@code karaf} realm has no {@code admin}, this
 * creates it with the password of the environment variable {@value #PASSWORD_VARIABLE}, or a
 * generated one printed once on the console. Its roles open the API (admin, editor, viewer) and the
 * Karaf console ({@code ssh}, {@code manager} …). The password is hashed as the realm's properties
 * module hashes (salted bcrypt in the distribution, {@code etc/org.apache.karaf.jaas.cfg}). How the
 * line is written so that Karaf's other writers of {@code users.properties} cannot undo it:
 * {@link AdminAccountCreation}. Once the account logs in, {@link AdminAccountReady} is registered.
 */
@Component(immediate = true)
public final class AdminAccount {

    public static final String PASSWORD_VARIABLE = "THIDUA_ADMIN_PASSWORD";
    public static final String USER = "admin";
    /** Karaf's own console roles (ssh opens bin/client), then the API's: admin includes editor and viewer. */
    public static final List<String> ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh", Role.EDITOR);

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);
    /** Karaf's encryption lookup waits up to 20 s, and a write under way ends first. */
    private static final long STOP_SECONDS = 30;

    private final BundleContext context;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "thidua-admin-account");
        thread.setDaemon(true);
        return thread;
    });
    private final AdminAccountCreation creation;
    private ServiceRegistration<AdminAccountReady> ready;
    private boolean deactivated;

    @Activate
    public AdminAccount(@Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE,
            policyOption = ReferencePolicyOption.GREEDY) List<JaasRealm> realms, BundleContext context) {
        this.context = context;
        Optional<Map<String, ?>> options = RealmAccounts.moduleOptions(realms, "karaf");
        if (options.isEmpty() || options.get().get("users") == null) {
            LOG.warn("The karaf realm has no properties login module: no admin account was created");
            creation = null;
            return;
        }
        creation = new AdminAccountCreation(new UsersFile(Path.of(options.get().get("users").toString())),
                RealmPasswords.of(options.get()), System.getenv(PASSWORD_VARIABLE), System.out,
                AdminAccountCreation.Timing.FIRST_START, this::ready);
        worker.execute(creation);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        ServiceRegistration<AdminAccountReady> registered;
        synchronized (this) {
            deactivated = true;
            registered = ready;
            ready = null;
        }
        if (registered != null) {
            registered.unregister();
        }
        if (creation != null) {
            creation.close();
        }
        worker.shutdownNow();
        if (!worker.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
            LOG.warn("The creation of the account 'admin' did not stop within {} s", STOP_SECONDS);
        }
    }

    /** Registers the readiness service (outside any lock: service events call other code synchronously). */
    private void ready(boolean createdNow) {
        synchronized (this) {
            if (deactivated || ready != null) {
                return;
            }
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(AdminAccountReady.PROPERTY, AdminAccountReady.VALUE);
        ServiceRegistration<AdminAccountReady> registration = context.registerService(AdminAccountReady.class,
                () -> createdNow, properties);
        boolean kept;
        synchronized (this) {
            kept = !deactivated;
            if (kept) {
                ready = registration;
            }
        }
        if (!kept) {
            registration.unregister();
            return;
        }
        LOG.info("The account 'admin' is ready{}", createdNow ? "" : " (it was there already)");
    }
}
