package vn.thidua.rest.internal.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;

/**
 * The accounts of a realm's properties login module ({@code etc/users.properties}), as far as a
 * failed login needs them: whether the account exists, and a check of the password against a
 * dummy hash made the way the module hashes (salted bcrypt), so that a login to an unknown
 * account costs what one to a known account costs. Karaf's module answers an unknown account at
 * once, which tells a guesser which names exist. And what an account is now ({@link #stamp}), for
 * the session tokens issued on it.
 */
public final class RealmAccounts {

    static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    private static final String MODULE_OPTION = "org.apache.karaf.jaas.module";

    /**
     * How long a changed file stays unchanged before its accounts are believed: Karaf's writers save
     * it in place, and a save caught half-way must not end the sessions of the accounts it has not
     * written yet.
     */
    static final Duration SETTLE = Duration.ofSeconds(1);

    /** What identifies one version of the file: its time, size and identity; null when there is no file. */
    private record FileState(FileTime modified, long size, Object key) {
        static FileState of(BasicFileAttributes attributes) {
            return attributes == null ? null
                    : new FileState(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        }
    }

    /** The file as last read, and the version it was. */
    private record Snapshot(FileState state, UsersText text) {
    }

    private final UsersFile file;
    private final EncryptionSupport encryption;
    private final Clock clock;
    private volatile String dummyHash;
    private volatile Snapshot snapshot;

    RealmAccounts(UsersFile file, EncryptionSupport encryption) {
        this(file, encryption, Clock.systemUTC());
    }

    RealmAccounts(UsersFile file, EncryptionSupport encryption, Clock clock) {
        this.file = file;
        this.encryption = encryption;
        this.clock = clock;
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

    /**
     * A digest of the account's line (password hash and roles) and of the lines of the groups it
     * names, or of its absence; empty when the file cannot be read and never was. Per request this is
     * one look at the file's time, size and identity: the file is read again only when one of them
     * changed, and only once that change is {@link #SETTLE} old (until then the last reading stands).
     */
    public Optional<String> stamp(String user) {
        UsersText text = current();
        if (text == null) {
            return Optional.empty();
        }
        Optional<String> value = text.value(user);
        if (value.isEmpty()) {
            return Optional.of(ApiTokens.sha256("no account"));
        }
        StringBuilder account = new StringBuilder("account=").append(value.get());
        for (String role : UsersText.roles(value.get())) {
            if (role.startsWith(UsersText.GROUP_PREFIX)) {
                account.append('\n').append(role).append('=').append(text.value(role).orElse(""));
            }
        }
        return Optional.of(ApiTokens.sha256(account.toString()));
    }

    private UsersText current() {
        Snapshot last = snapshot;
        FileState now;
        try {
            now = FileState.of(Files.readAttributes(file.target(), BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            now = null;
        } catch (IOException e) {
            return last == null ? null : last.text();
        }
        if (last != null && Objects.equals(last.state(), now)) {
            return last.text();
        }
        if (last != null && now != null && now.modified().toInstant().plus(SETTLE).isAfter(clock.instant())) {
            return last.text();
        }
        try {
            UsersText text = UsersText.of(file.read());
            snapshot = new Snapshot(now, text);
            return text;
        } catch (IOException e) {
            return last == null ? null : last.text();
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
