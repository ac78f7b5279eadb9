package vn.thidua.rest.internal.security;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.felix.utils.properties.Properties;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;
import org.apache.karaf.jaas.modules.encryption.KarafEncryption;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngine;

/**
 * A realm's {@code users.properties} as the distribution ships it (Karaf 4.4.10's file: comments
 * only), read and written by Karaf's own classes: its properties reader, its backing engine, its
 * encryption support (SHA-256 here; bcrypt in the distribution, with the same prefix and suffix).
 */
final class KarafUsers {

    /** Short, so that tests are quick: the creation's waits end on conditions, these only bound them. */
    static final AdminAccountCreation.Timing TIMING = new AdminAccountCreation.Timing(Duration.ofMillis(100),
            Duration.ofSeconds(20), Duration.ofMillis(300));

    final Path file;
    final EncryptionSupport encryption = KarafEncryption.basic();

    KarafUsers(Path etc) throws IOException {
        file = etc.resolve("users.properties");
        try (InputStream shipped = KarafUsers.class.getResourceAsStream("users.properties")) {
            Files.write(file, shipped.readAllBytes());
        }
    }

    void append(String lines) throws IOException {
        Files.writeString(file, Files.readString(file, ISO_8859_1) + lines, ISO_8859_1);
    }

    byte[] bytes() throws IOException {
        return Files.readAllBytes(file);
    }

    String text() throws IOException {
        return Files.readString(file, ISO_8859_1);
    }

    /** Karaf's backing engine on the file as it is now, as {@code jaas:update} builds one. */
    BackingEngine engine() throws IOException {
        return new PropertiesBackingEngine(new Properties(file.toFile()), encryption);
    }

    RealmPasswords passwords() {
        return new RealmPasswords(KarafEncryption.OPTIONS, encryption);
    }

    /** The account logs in with this password (Karaf's check) and has every role of {@link AdminAccount#ROLES}. */
    void assertAdmin(String password) throws IOException {
        String line = new Properties(file.toFile()).get(AdminAccount.USER);
        assertThat(line).as("the admin line in%n%s", text()).isNotNull();
        assertThat(encryption.checkPassword(password, line.split(",")[0])).as("the password of %s", line).isTrue();
        assertThat(engine().listRoles(new UserPrincipal(AdminAccount.USER))).extracting(RolePrincipal::getName)
                .containsExactlyInAnyOrderElementsOf(AdminAccount.ROLES);
    }

    /** Something done to the file at a moment of the creation. */
    interface Step {
        Step NOTHING = () -> { };

        void run() throws IOException;
    }

    /**
     * A creation run to its end on a thread of its own, as the component runs it: what it printed and
     * told, and steps taken on its thread when it tells that the line is written and that it is ready.
     */
    static final class Run implements AdminAccountCreation.Outcome {
        private final ByteArrayOutputStream console = new ByteArrayOutputStream();
        private final AtomicReference<Boolean> ready = new AtomicReference<>();
        private final AtomicReference<Throwable> stepFailed = new AtomicReference<>();
        private final Step onWritten;
        private final Step onReady;
        private final Thread thread;

        Run(KarafUsers users, String configuredPassword, Step onWritten, Step onReady) {
            this(new UsersFile(users.file), users.passwords(), configuredPassword, onWritten, onReady);
        }

        Run(UsersFile file, RealmPasswords passwords, String configuredPassword, Step onWritten, Step onReady) {
            this.onWritten = onWritten;
            this.onReady = onReady;
            thread = new Thread(new AdminAccountCreation(file, passwords, configuredPassword,
                    new PrintStream(console, true, UTF_8), TIMING, this), "test-admin-account");
        }

        /** Starts it and waits (bounded) for its end. */
        Run toTheEnd() throws InterruptedException {
            thread.start();
            thread.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(thread.isAlive()).as("the creation ended").isFalse();
            if (stepFailed.get() != null) {
                throw new AssertionError("a step of the test failed", stepFailed.get());
            }
            return this;
        }

        /** Null when it never told it was ready, else whether it made the account now. */
        Boolean ready() {
            return ready.get();
        }

        String printed() {
            return console.toString(UTF_8);
        }

        @Override
        public void written() {
            take(onWritten);
        }

        @Override
        public void ready(boolean createdNow) {
            ready.set(createdNow);
            take(onReady);
        }

        private void take(Step step) {
            try {
                step.run();
            } catch (IOException | RuntimeException | AssertionError e) {
                stepFailed.set(e);
            }
        }
    }
}
