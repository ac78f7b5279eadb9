package vn.thidua.rest.internal.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.BackingEngineService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No default password: at the first start, when the {@code karaf} realm has no {@code admin}, this
 * creates it with the password of the environment variable {@value #PASSWORD_VARIABLE}, or a
 * generated one printed once on the console. Its roles open the API (admin, editor, viewer) and the
 * Karaf console ({@code ssh}, {@code manager} …). The
 * realm's backing engine stores the password hashed when {@code etc/org.apache.karaf.jaas.cfg}
 * enables encryption, as the distribution does.
 */
@Component(immediate = true)
public final class AdminAccount {

    public static final String PASSWORD_VARIABLE = "THIDUA_ADMIN_PASSWORD";
    public static final String USER = "admin";
    /** Karaf's own console roles (ssh opens bin/client), then the API's: admin includes editor and viewer. */
    public static final List<String> ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh", Role.EDITOR);

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);
    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final String MODULE_OPTION = "org.apache.karaf.jaas.module";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Activate
    public AdminAccount(@Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE,
            policyOption = ReferencePolicyOption.GREEDY) List<JaasRealm> realms,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<BackingEngineFactory> factories) {
        Optional<BackingEngine> engine = usersEngine(realms, factories);
        if (engine.isEmpty()) {
            LOG.warn("The karaf realm has no properties login module: no admin account was created");
            return;
        }
        ensureAdmin(engine.get(), System.getenv(PASSWORD_VARIABLE));
    }

    /** Creates the admin with its roles if it is missing; returns the generated password, if one was made. */
    static Optional<String> ensureAdmin(BackingEngine engine, String configuredPassword) {
        if (engine.lookupUser(USER) != null) {
            return Optional.empty();
        }
        boolean generate = configuredPassword == null || configuredPassword.isEmpty();
        String password = generate ? generated() : configuredPassword;
        engine.addUser(USER, password);
        // Roles on the user itself: with encryption enabled, Karaf's properties engine hashes a new
        // group's line as if it were a password, losing the group's roles.
        for (String role : ROLES) {
            engine.addRole(USER, role);
        }
        if (generate) {
            // Printed once, on the console only (never logged): it is not shown again.
            System.out.println();
            System.out.println("  Thi Đua: created the account 'admin' with the password  " + password);
            System.out.println("  (shown once; change it with jaas:passwd or set " + PASSWORD_VARIABLE + " before the first start)");
            System.out.println();
            LOG.warn("Created the account 'admin' with a generated password, printed once on the console");
        } else {
            LOG.info("Created the account 'admin' with the password from {}", PASSWORD_VARIABLE);
        }
        return generate ? Optional.of(password) : Optional.empty();
    }

    static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static Optional<BackingEngine> usersEngine(List<JaasRealm> realms, List<BackingEngineFactory> factories) {
        BackingEngineService engines = new BackingEngineService();
        engines.setEngineFactories(factories);
        for (JaasRealm realm : realms) {
            if (!"karaf".equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                if (PROPERTIES_MODULE.equals(entry.getOptions().get(MODULE_OPTION))) {
                    return Optional.ofNullable(engines.get(entry));
                }
            }
        }
        return Optional.empty();
    }
}
