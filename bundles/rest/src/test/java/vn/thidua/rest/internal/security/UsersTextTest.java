package vn.thidua.rest.internal.security;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.felix.utils.properties.Properties;
import org.junit.jupiter.api.Test;

/** Lines of users.properties found as Karaf's reader finds them, and one set without touching the others. */
class UsersTextTest {

    private static final String TEXT = "# a comment ending in a backslash does not go on \\\n"
            + "admin = {CRYPT}11{CRYPT},viewer\n"
            + "  ana   :  secret , viewer ,editor  \n"
            + "long = {CRYPT}22{CRYPT},\\\n"
            + "       admin\n"
            + "_g_\\:admins = group,admin\n"
            + "admin = {CRYPT}33{CRYPT},admin\n"
            + "! another comment\n";

    @Test
    void valuesAreWhatKarafsReaderReads() throws IOException {
        UsersText users = UsersText.of(TEXT.getBytes(ISO_8859_1));
        Properties karaf = new Properties();
        karaf.load(new ByteArrayInputStream(TEXT.getBytes(ISO_8859_1)));

        for (String user : karaf.keySet()) {
            assertThat(users.value(user)).as(user).contains(karaf.get(user));
        }
        assertThat(users.value("nobody")).isEmpty();
        assertThat(UsersText.roles(users.value("ana").orElseThrow())).containsExactly("viewer", "editor");
        assertThat(users.users(stored -> !stored.startsWith("{CRYPT}"))).containsExactly("ana");
    }

    @Test
    void aUsersLineIsSetInPlaceOfItsFirstAndItsOthersGo() {
        byte[] changed = UsersText.of(TEXT.getBytes(ISO_8859_1)).withLine("admin", "{CRYPT}44{CRYPT},admin,ssh");

        assertThat(new String(changed, ISO_8859_1)).isEqualTo(TEXT
                .replace("admin = {CRYPT}11{CRYPT},viewer\n", "admin = {CRYPT}44{CRYPT},admin,ssh\n")
                .replace("admin = {CRYPT}33{CRYPT},admin\n", ""));
    }

    @Test
    void aNewUsersLineGoesAtTheEndOnALineOfItsOwn() {
        assertThat(new String(UsersText.of("a = b".getBytes(ISO_8859_1)).withLine("admin", "x,y"), ISO_8859_1))
                .isEqualTo("a = b\nadmin = x,y\n");
        assertThat(new String(UsersText.of(new byte[0]).withLine("admin", "x,y"), ISO_8859_1)).isEqualTo("admin = x,y\n");
    }

    @Test
    void whatWouldNeedEscapingIsRefused() {
        UsersText users = UsersText.of(new byte[0]);
        assertThatThrownBy(() -> users.withLine("admin", "pass word,admin")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> users.withLine("ad:min", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> users.withLine("admin", "é")).isInstanceOf(IllegalArgumentException.class);
    }
}
