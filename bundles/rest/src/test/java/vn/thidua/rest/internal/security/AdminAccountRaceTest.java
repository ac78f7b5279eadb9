package vn.thidua.rest.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.apache.felix.utils.properties.Properties;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-start race, reproduced step by step (no timing) with Karaf's real backing engine and
 * properties reader: {@code etc/users.properties} has several writers, each saving in place its
 * whole copy read earlier. A CI run ended with {@code admin = {CRYPT}…{CRYPT}} without roles, the
 * hash being bcrypt of the empty password: {@code AutoEncryptionSupport} had read the file during a
 * save of the former creation (admin first, then six saves of one role each), got the old text
 * followed by the end of the new one ({@code admin} alone on a line: a user with an empty
 * password), hashed that and saved its copy over the account. Against the former creation both
 * tests fail; the file's state is checked as Karaf reads it.
 */
class AdminAccountRaceTest {

    private static final String PASSWORD = "S3cret-admin-pw";

    @TempDir
    Path etc;

    private KarafUsers users;

    @BeforeEach
    void theDistributionsFile() throws IOException {
        users = new KarafUsers(etc);
    }

    /**
     * A writer that read the file before the admin existed (a {@code jaas:update} begun then) saves
     * after the line is written: the line is written again, and that writer's user is kept.
     */
    @Test
    void aWriterHoldingACopyReadBeforeTheAdminExistedDoesNotLoseIt() throws Exception {
        BackingEngine stale = users.engine();
        new KarafUsers.Run(users, PASSWORD, () -> stale.addUser("ana-viewer", "pw-viewer"), KarafUsers.Step.NOTHING).toTheEnd();

        users.assertAdmin(PASSWORD);
        assertThat(users.engine().lookupUser("ana-viewer")).isNotNull();
    }

    /**
     * {@code AutoEncryptionSupport} reads the file when it changes, in two reads (its text, then
     * the end of the file): here the second read comes after the line is written. It sees the file
     * as it was before, whole, never a mix; it hashes the password an operator wrote in clear and
     * saves its copy, without the admin: the line is written again, and the hashed user kept.
     */
    @Test
    void aReaderDuringTheCreationSeesTheFileBeforeOrAfterItNeverAMix() throws Exception {
        users.append("ops = ops-pw,viewer\n");
        byte[] before = users.bytes();
        TwoReads autoEncryption = new TwoReads();
        autoEncryption.first();
        new KarafUsers.Run(users, PASSWORD, () -> {
            byte[] seen = autoEncryption.rest();
            assertThat(seen).as("what the reader got").isEqualTo(before);
            hashPlainPasswordsAndSave(seen);
        }, KarafUsers.Step.NOTHING).toTheEnd();

        users.assertAdmin(PASSWORD);
        String ops = new Properties(users.file.toFile()).get("ops");
        assertThat(users.encryption.checkPassword("ops-pw", ops.split(",")[0])).as(ops).isTrue();
        assertThat(users.engine().listRoles(new UserPrincipal("ops"))).extracting(RolePrincipal::getName).containsExactly("viewer");
    }

    /** After the hold, the account is the administrators': deleted, it stays deleted. */
    @Test
    void anAdminDeletedAfterTheCreationEndedStaysDeleted() throws Exception {
        new KarafUsers.Run(users, PASSWORD, KarafUsers.Step.NOTHING, KarafUsers.Step.NOTHING).toTheEnd();
        users.engine().deleteUser(AdminAccount.USER);

        assertThat(users.engine().lookupUser(AdminAccount.USER)).isNull();
    }

    /** A stale writer that saves while the account is held, after it was declared ready. */
    @Test
    void aStaleSaveRightAfterReadinessIsUndoneToo() throws Exception {
        BackingEngine stale = users.engine();
        new KarafUsers.Run(users, PASSWORD, KarafUsers.Step.NOTHING, () -> stale.addUser("ba-editor", "pw-editor")).toTheEnd();

        users.assertAdmin(PASSWORD);
        assertThat(users.engine().lookupUser("ba-editor")).isNotNull();
    }

    /**
     * What {@code AutoEncryptionSupport.encryptedPassword} does with what it read: each user (not
     * group) whose password is not hashed gets it hashed, roles kept, and the whole copy is saved
     * over the file, in place.
     */
    private void hashPlainPasswordsAndSave(byte[] read) throws IOException {
        Properties copy = new Properties();
        copy.load(new ByteArrayInputStream(read));
        boolean changed = false;
        for (String user : new ArrayList<>(copy.keySet())) {
            if (user.startsWith(UsersText.GROUP_PREFIX)) {
                continue;
            }
            String[] infos = copy.get(user).split(",", -1);
            String hashed = users.encryption.encrypt(infos[0]);
            if (!hashed.equals(infos[0])) {
                infos[0] = hashed;
                copy.put(user, String.join(",", infos));
                changed = true;
            }
        }
        if (changed) {
            copy.save(users.file.toFile());
        }
    }

    /** A reader of the file in two reads, as a reader over a FileInputStream reads a small file: its bytes, then its end. */
    private final class TwoReads {
        private FileInputStream in;
        private final ByteArrayOutputStream read = new ByteArrayOutputStream();

        void first() throws IOException {
            in = new FileInputStream(users.file.toFile());
            read.write(in.readNBytes((int) Files.size(users.file)));
        }

        byte[] rest() throws IOException {
            try (FileInputStream open = in) {
                read.write(open.readAllBytes());
            }
            return read.toByteArray();
        }
    }
}
