package org.apache.karaf.jaas.modules.encryption;

import java.util.Map;

/**
 * Karaf's own {@link EncryptionSupport}, as the realm's properties module builds it from
 * {@code etc/org.apache.karaf.jaas.cfg}, with the encryption it would find as an OSGi service
 * given directly (outside OSGi nothing can be looked up). It sits in Karaf's package because
 * {@code setEncryption} is Karaf's hook for tests.
 */
public final class KarafEncryption {

    /** The realm's encryption options: enabled, {CRYPT} around the hash (the distribution's prefix and suffix). */
    public static final Map<String, Object> OPTIONS = Map.of("encryption.enabled", "true",
            "encryption.prefix", "{CRYPT}", "encryption.suffix", "{CRYPT}",
            "encryption.algorithm", "SHA-256", "encryption.encoding", "hexadecimal");

    private KarafEncryption() {
    }

    /** Karaf's basic encryption (SHA-256, hexadecimal) behind Karaf's prefix and suffix handling. */
    public static EncryptionSupport basic() {
        EncryptionSupport support = new EncryptionSupport(OPTIONS);
        support.setEncryption(new BasicEncryption(Map.of("algorithm", "SHA-256", "encoding", "hexadecimal")));
        return support;
    }
}
