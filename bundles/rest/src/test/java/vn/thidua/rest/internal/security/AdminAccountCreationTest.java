package vn.thidua.rest.internal.security;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;
import org.apache.karaf.jaas.modules.encryption.KarafEncryption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-start account on the distribution's {@code users.properties}, checked as Karaf reads it. */
class AdminAccountCreationTest {

    @TempDir
    Path etc;

    private KarafUsers users;

    @BeforeEach
    void theDistributionsFile() throws IOException {
        users = new KarafUsers(etc);
    }

    @Test
    void withoutTheVariableAGeneratedPasswordIsPrintedOnceAndLogsIn() throws Exception {
        KarafUsers.Run run = new KarafUsers.Run(users, null, KarafUsers.Step.NOTHING, KarafUsers.Step.NOTHING).toTheEnd();

        Matcher printed = Pattern.compile("the password  (\\S+)").matcher(run.printed());
        assertThat(printed.find()).as(run.printed()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSize(20).matches("[A-Za-z2-9]+");
        users.assertAdmin(password);
        assertThat(run.ready()).isTrue();
        assertThat(users.text()).doesNotContain(password);
    }

    @Test
    void theConfiguredPasswordIsStoredHashedAndNothingIsPrinted() throws Exception {
        KarafUsers.Run run = new KarafUsers.Run(users, "from-the-Env1ronment", KarafUsers.Step.NOTHING, KarafUsers.Step.NOTHING)
                .toTheEnd();

        users.assertAdmin("from-the-Env1ronment");
        assertThat(users.text()).doesNotContain("from-the-Env1ronment").contains("admin = {CRYPT}");
        assertThat(run.printed()).isEmpty();
        assertThat(run.ready()).isTrue();
    }

    @Test
    void theLineIsAddedAndEveryOtherByteStaysAsItWas() throws Exception {
        // CRLF line ends, a continued line, a group, a comment: as an operator may have left them.
        users.append("ana = {CRYPT}AB{CRYPT},\\\r\n    viewer\r\n# ops\r\nba = {CRYPT}CD{CRYPT},_g_:editors\r\n"
                + "_g_\\:editors = group,editor");
        byte[] before = users.bytes();

        new KarafUsers.Run(users, "pw-Admin1", KarafUsers.Step.NOTHING, KarafUsers.Step.NOTHING).toTheEnd();

        byte[] after = users.bytes();
        String added = new String(after, before.length, after.length - before.length, ISO_8859_1);
        assertThat(new String(after, 0, before.length, ISO_8859_1)).isEqualTo(new String(before, ISO_8859_1));
        assertThat(added).matches("\r\nadmin = \\{CRYPT}[0-9A-Fa-f]+\\{CRYPT},admin,manager,viewer,systembundles,ssh,editor\r\n");
        users.assertAdmin("pw-Admin1");
    }

    @Test
    void anExistingAdminIsLeftExactlyAsItIs() throws Exception {
        users.append("admin = {CRYPT}0123{CRYPT},viewer\n");
        byte[] before = users.bytes();

        KarafUsers.Run run = new KarafUsers.Run(users, null, KarafUsers.Step.NOTHING, KarafUsers.Step.NOTHING).toTheEnd();

        assertThat(users.bytes()).isEqualTo(before);
        assertThat(run.printed()).isEmpty();
        assertThat(run.ready()).isFalse();
    }

    @Test
    void noLineIsWrittenWhenThePasswordCouldNotBeHashed() throws Exception {
        // What Karaf's EncryptionSupport answers when its wait for the encryption service is interrupted: the password itself.
        EncryptionSupport interrupted = new EncryptionSupport(KarafEncryption.OPTIONS) {
            @Override
            public String encrypt(String plain) {
                return plain;
            }
        };
        byte[] before = users.bytes();

        KarafUsers.Run run = new KarafUsers.Run(new UsersFile(users.file), new RealmPasswords(KarafEncryption.OPTIONS, interrupted),
                "never-in-Clear1", KarafUsers.Step.NOTHING, KarafUsers.Step.NOTHING).toTheEnd();

        assertThat(users.bytes()).isEqualTo(before);
        assertThat(run.ready()).isNull();
        assertThat(Files.list(etc)).containsExactly(users.file);
    }

    @Test
    void withEncryptionOffThePasswordIsStoredAsItIsWhenItCanBe() throws Exception {
        Map<String, Object> off = Map.of("encryption.enabled", "false");
        new KarafUsers.Run(new UsersFile(users.file), new RealmPasswords(off, new EncryptionSupport(off)), "plain-Pw1",
                KarafUsers.Step.NOTHING, KarafUsers.Step.NOTHING).toTheEnd();
        assertThat(users.text()).endsWith("\nadmin = plain-Pw1,admin,manager,viewer,systembundles,ssh,editor\n");

        Files.writeString(users.file, "", ISO_8859_1);
        KarafUsers.Run refused = new KarafUsers.Run(new UsersFile(users.file), new RealmPasswords(off, new EncryptionSupport(off)),
                "with,comma", KarafUsers.Step.NOTHING, KarafUsers.Step.NOTHING).toTheEnd();
        assertThat(users.text()).isEmpty();
        assertThat(refused.ready()).isNull();
    }

    @Test
    void aMissingFileIsCreated() throws Exception {
        Files.delete(users.file);
        new KarafUsers.Run(users, "pw-Admin1", KarafUsers.Step.NOTHING, KarafUsers.Step.NOTHING).toTheEnd();
        users.assertAdmin("pw-Admin1");
    }
}
