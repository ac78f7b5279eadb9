package vn.thidua.rest.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;

import org.apache.karaf.jaas.modules.BackingEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.rest.internal.HandClock;

/**
 * What an account is now, for the session tokens issued on it: the file changed by Karaf's own
 * backing engine (as {@code jaas:*} changes it), its time set by hand so that "settled" is the test's.
 */
class RealmAccountsTest {

    private final HandClock clock = new HandClock("2027-04-15T08:00:00Z");

    @TempDir
    Path etc;

    private KarafUsers users;
    private RealmAccounts accounts;

    private void start() throws IOException {
        users = new KarafUsers(etc);
        BackingEngine engine = users.engine();
        engine.addUser("eddy", "S3cret-pass");
        engine.addRole("eddy", "editor");
        engine.addUser("vera", "V3ra-pass");
        engine.addGroup("vera", "readers");
        engine.addGroupRole("readers", "viewer");
        settled();
        accounts = new RealmAccounts(new UsersFile(users.file), users.encryption, clock);
    }

    /** The file written a while ago, as the clock sees it now. */
    private void settled() throws IOException {
        clock.pass(Duration.ofSeconds(10));
        Files.setLastModifiedTime(users.file, FileTime.from(clock.instant().minusSeconds(5)));
    }

    @Test
    void anUnchangedAccountKeepsItsStampAndAnotherAccountsChangeLeavesItAlone() throws IOException {
        start();
        Optional<String> eddy = accounts.stamp("eddy");
        assertThat(eddy).isPresent();
        assertThat(accounts.stamp("eddy")).isEqualTo(eddy);

        users.engine().addRole("vera", "editor");
        settled();
        assertThat(accounts.stamp("eddy")).isEqualTo(eddy);
        assertThat(accounts.stamp("vera")).isNotEqualTo(accounts.stamp("eddy"));
    }

    @Test
    void aRoleRemovedAPasswordChangedOrTheAccountDeletedChangesTheStamp() throws IOException {
        start();
        Optional<String> before = accounts.stamp("eddy");

        users.engine().deleteRole("eddy", "editor");
        settled();
        Optional<String> withoutRole = accounts.stamp("eddy");
        assertThat(withoutRole).isPresent().isNotEqualTo(before);

        users.engine().addUser("eddy", "An0ther-pass");
        settled();
        Optional<String> newPassword = accounts.stamp("eddy");
        assertThat(newPassword).isPresent().isNotEqualTo(withoutRole);

        users.engine().deleteUser("eddy");
        settled();
        assertThat(accounts.stamp("eddy")).isPresent().isNotEqualTo(newPassword).isEqualTo(accounts.stamp("nobody"));
    }

    @Test
    void aChangeToAGroupTheAccountNamesChangesItsStamp() throws IOException {
        start();
        Optional<String> before = accounts.stamp("vera");

        users.engine().addGroupRole("readers", "editor");
        settled();
        assertThat(accounts.stamp("vera")).isPresent().isNotEqualTo(before);
    }

    @Test
    void aChangeIsBelievedOnlyOnceItHasSettled() throws IOException {
        start();
        Optional<String> before = accounts.stamp("eddy");

        users.engine().deleteUser("eddy");
        Files.setLastModifiedTime(users.file, FileTime.from(clock.instant())); // written this instant: maybe half-way
        assertThat(accounts.stamp("eddy")).isEqualTo(before);

        clock.pass(RealmAccounts.SETTLE);
        assertThat(accounts.stamp("eddy")).isNotEqualTo(before);
    }

    @Test
    void aUsersFileRemovedLeavesNoAccount() throws IOException {
        start();
        Optional<String> before = accounts.stamp("eddy");

        Files.delete(users.file);
        assertThat(accounts.stamp("eddy")).isPresent().isNotEqualTo(before).isEqualTo(accounts.stamp("nobody"));
    }
}
