package vn.thidua.rest.internal.security;

import java.util.Map;

import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;

/**
 * Passwords as the {@code karaf} realm's properties module stores them: hashed by Karaf's own
 * {@link EncryptionSupport}, built from the module's options ({@code etc/org.apache.karaf.jaas.cfg}:
 * {@code encryption.enabled}, {@code .name}, {@code .algorithm}, {@code .prefix}, {@code .suffix} …),
 * so what is written is what the login module checks and {@code jaas:*} writes. With encryption
 * disabled, passwords are stored as they are.
 */
final class RealmPasswords {

    private final EncryptionSupport encryption;
    private final boolean enabled;
    private final String prefix;
    private final String suffix;

    RealmPasswords(Map<String, ?> options, EncryptionSupport encryption) {
        this.encryption = encryption;
        this.enabled = Boolean.parseBoolean(String.valueOf(options.get("encryption.enabled")));
        this.prefix = option(options, "encryption.prefix");
        this.suffix = option(options, "encryption.suffix");
    }

    /** The realm's passwords per the options of its properties login module. */
    static RealmPasswords of(Map<String, ?> options) {
        return new RealmPasswords(options, new EncryptionSupport(options));
    }

    /**
     * The password as stored. With encryption on, this waits (Karaf: up to 20 s) for the realm's
     * encryption service, and fails rather than hand back a password unhashed.
     */
    String stored(String password) {
        String stored = encryption.encrypt(password);
        if (enabled && stored.equals(password) && !looksHashed(password)) {
            // EncryptionSupport answers the password itself when its wait for the service is interrupted.
            throw new IllegalStateException("the realm's encryption service did not hash the password");
        }
        return stored;
    }

    /**
     * Whether a stored password is one Karaf's {@code AutoEncryptionSupport} will hash (and so
     * save the whole file again): encryption is on and it lacks the prefix or suffix of a hash.
     */
    boolean awaitsHashing(String stored) {
        return enabled && !looksHashed(stored);
    }

    /** Karaf's own test ({@code EncryptionSupport.isEncrypted}): an empty prefix or suffix is always there. */
    private boolean looksHashed(String stored) {
        return (prefix.isEmpty() || stored.startsWith(prefix)) && (suffix.isEmpty() || stored.endsWith(suffix));
    }

    private static String option(Map<String, ?> options, String key) {
        Object value = options.get(key);
        return value == null ? "" : value.toString();
    }
}
