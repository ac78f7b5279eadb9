package vn.thidua.rest.internal.security;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;

/**
 * The accounts of a realm's properties login module ({@code etc/users.properties}), as far as a
 * failed login needs them: whether the account exists, and a check of the password against a
 * dummy hash made the way the module hashes (salted bcrypt), so that a login to an unknown
 * account costs what one to a known account costs. Karaf's module answers an unknown account at
 * once, which tells a guesser which names exist.
 */
public final class RealmAccounts {

    static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final String MODULE_OPTION = "org.apache.karaf.jaas.module";

    private final UsersFile file;
    private final EncryptionSupport encryption;
    private volatile String dummyHash;

    RealmAccounts(UsersFile file, EncryptionSupport encryption) {
        this.file = file;
        this.encryption = encryption;
    }

    /** The accounts of the realm's properties module, or empty when it has none. */
    public static Optional<RealmAccounts> of(List<JaasRealm> realms, String realmName) {
        return moduleOptions(realms, realmName).filter(o -> o.get("users") != null)
                .map(o -> new RealmAccounts(new UsersFile(Path.of(o.get("users").toString())), new EncryptionSupport(o)));
    }

    /** The options of the properties login module of the realm {@code realmName}. */
    static Optional<Map<String, ?>> moduleOptions(List<JaasRealm> realms, String realmName) {
        for (JaasRealm realm : realms) {
            if (!realmName.equals(realm.getName())) {
                continue;
            }
            for (AppConfigurationEntry entry : realm.getEntries()) {
                if (PROPERTIES_MODULE.equals(entry.getOptions().get(MODULE_OPTION))) {
                    return Optional.of(entry.getOptions());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the file has the account (a file that cannot be read has none). */
    boolean known(String user) {
        try {
            return UsersText.of(file.readOnce()).value(user).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Checks the password against the dummy hash, as the module checks a known account's: the work, not the answer, counts. */
    void checkDummy(String password) {
        encryption.checkPassword(password, dummyHash());
    }

    /** Made at the first need (and warmed at start, {@link #warm}): hashing takes as long as a check. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            hash = encryption.encrypt(HexFormat.of().formatHex(random));
            dummyHash = hash;
        }
        return hash;
    }

    /** Makes the dummy hash now, so that the first unknown account costs no more than a check. */
    public void warm() {
        dummyHash();
    }
}
