package vn.thidua.rest.internal.security;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first-start creation of the account {@code admin} in {@code etc/users.properties}, made so
 * that none of the file's other writers can undo it. Each of them (Karaf's backing engine and
 * {@code jaas:*} commands, {@code AutoEncryptionSupport} hashing passwords written by hand) saves
 * its whole copy of the file, read earlier, in place.
 * <ol>
 * <li>The line, hashed password and every role, is written in one step over the file as read right
 * before ({@link UsersFile}, {@link UsersText}): there is never an admin without roles, and no
 * reader sees half a save of ours.</li>
 * <li>Until the file settles, a line dropped by a writer that saved a copy from before (or broke,
 * having read another writer's save half-way) is written again, with everything else as that writer
 * left it. Settled means: the line is there, no password is left for {@code AutoEncryptionSupport}
 * to hash (passwords of others are not hashed here: while one is in clear, it still owes its save),
 * and the file has not changed for {@link Timing#quiet}. Then {@link Outcome#ready} is told.</li>
 * <li>For {@link Timing#hold} after that the line is still kept; then the watch ends, and the
 * account is the administrators': one deleted or changed on purpose stays so.</li>
 * </ol>
 * An account {@code admin} already in the file is left exactly as it is.
 */
final class AdminAccountCreation implements Runnable, Closeable {

    /**
     * How long the file must rest to count as settled, the longest wait for that (then the account
     * is declared ready anyway, with a warning), and how long the line is kept after.
     */
    record Timing(Duration quiet, Duration settle, Duration hold) {
        static final Timing FIRST_START = new Timing(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(10));
    }

    /** What the owner is told. */
    interface Outcome {
        /** The line is written (not yet settled). */
        default void written() {
        }

        /** The account is in place and the file settled; {@code createdNow} is false when it was there already. */
        void ready(boolean createdNow);
    }

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccountCreation.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    /** Attempts at a write that another writer keeps overtaking. */
    private static final int WRITES = 20;

    private final UsersFile file;
    private final RealmPasswords passwords;
    private final String configuredPassword;
    private final PrintStream console;
    private final Timing timing;
    private final Outcome outcome;
    private volatile boolean closed;
    private volatile UsersFileWatch watch;

    /**
     * @param configuredPassword the password to give the account, or null (or empty) for a generated
     *                           one, printed once on {@code console}
     */
    AdminAccountCreation(UsersFile file, RealmPasswords passwords, String configuredPassword, PrintStream console,
            Timing timing, Outcome outcome) {
        this.file = file;
        this.passwords = passwords;
        this.configuredPassword = configuredPassword;
        this.console = console;
        this.timing = timing;
        this.outcome = outcome;
    }

    @Override
    public void run() {
        try {
            create();
        } catch (ClosedWatchServiceException | InterruptedException stopped) {
            LOG.debug("The creation of the account 'admin' was stopped");
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.error("The account 'admin' could not be created in {}", file.path(), e);
            }
        } finally {
            closeWatch();
        }
    }

    /** Stops the work at its next step; a write already under way ends first. */
    @Override
    public void close() {
        closed = true;
        closeWatch();
    }

    private void create() throws IOException, InterruptedException {
        Optional<String> existing = UsersText.of(file.read()).value(AdminAccount.USER);
        if (existing.isPresent()) {
            leftAsItIs(existing.get());
            outcome.ready(false);
            return;
        }
        boolean generate = configuredPassword == null || configuredPassword.isEmpty();
        String password = generate ? generated() : configuredPassword;
        String stored = passwords.stored(password);
        if (!UsersText.plainText(stored) || stored.contains(",")) {
            throw new IllegalArgumentException("the password of " + AdminAccount.PASSWORD_VARIABLE + " cannot be stored in"
                    + " clear in users.properties (encryption is off in etc/org.apache.karaf.jaas.cfg): it takes printable"
                    + " ASCII without spaces, ',' or '\\'");
        }
        String line = stored + "," + String.join(",", AdminAccount.ROLES);
        watch = new UsersFileWatch(file.target());
        if (closed) {
            return;
        }
        if (!write(line, true)) {
            LOG.info("An account 'admin' appeared in {} while this one was being made; it is left as it is", file.path());
            outcome.ready(false);
            return;
        }
        announce(generate, password);
        outcome.written();
        settle(line);
        outcome.ready(true);
        hold(line);
        LOG.debug("The account 'admin' is settled; {} is no longer watched", file.path());
    }

    /**
     * Writes the admin line into the file as it is right now, when nothing else writes (a quiet
     * moment, then the file read twice, the new text prepared beside it, and moved over it only if
     * the file did not change meanwhile). False, writing nothing, when {@code onlyIfAbsent} and an
     * admin line is there.
     */
    private boolean write(String line, boolean onlyIfAbsent) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < WRITES; attempt++) {
            watch.awaitQuiet(timing.quiet().toNanos(), System.nanoTime() + timing.settle().toNanos());
            byte[] before = file.read();
            UsersText text = UsersText.of(before);
            Optional<String> current = text.value(AdminAccount.USER);
            if (current.isPresent() && (onlyIfAbsent || current.get().equals(line))) {
                return !onlyIfAbsent;
            }
            Path prepared = file.prepare(text.withLine(AdminAccount.USER, line));
            boolean moved = false;
            try {
                if (!closed && !watch.changed() && Arrays.equals(before, file.readOnce())) {
                    file.replaceWith(prepared);
                    moved = true;
                    return true;
                }
            } finally {
                if (!moved) {
                    file.discard(prepared);
                }
            }
            if (closed) {
                throw new InterruptedException();
            }
        }
        throw new IOException(file.path() + " kept changing: the line of 'admin' could not be written in " + WRITES + " attempts");
    }

    private void settle(String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timing.settle().toNanos();
        while (true) {
            boolean quiet = watch.awaitQuiet(timing.quiet().toNanos(), deadline);
            boolean late = System.nanoTime() - deadline >= 0;
            UsersText text = UsersText.of(file.read());
            if (dropped(text)) {
                restore(line);
                if (late) {
                    return;
                }
                continue;
            }
            List<String> unhashed = text.users(passwords::awaitsHashing);
            if (quiet && unhashed.isEmpty()) {
                return;
            }
            if (late) {
                LOG.warn("{} did not settle within {} s ({} password(s) in clear that Karaf has not hashed yet); the account"
                        + " 'admin' is in place", file.path(), timing.settle().toSeconds(), unhashed.size());
                return;
            }
            if (!unhashed.isEmpty()) {
                watch.awaitChange(deadline);
            }
        }
    }

    private void hold(String line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timing.hold().toNanos();
        while (watch.awaitChange(deadline)) {
            watch.awaitQuiet(timing.quiet().toNanos(), deadline);
            if (dropped(UsersText.of(file.read()))) {
                restore(line);
            }
        }
    }

    private void restore(String line) throws IOException, InterruptedException {
        write(line, false);
        LOG.info("{} was saved by a writer holding a copy from before the account 'admin' was made; its line is written"
                + " again, the rest kept as that writer left it", file.path());
    }

    /** No admin line, or one without all its roles: what a writer's older (or half-read) copy leaves. */
    private static boolean dropped(UsersText text) {
        Optional<String> value = text.value(AdminAccount.USER);
        return value.isEmpty() || !UsersText.roles(value.get()).containsAll(AdminAccount.ROLES);
    }

    private void leftAsItIs(String value) {
        List<String> missing = new ArrayList<>(AdminAccount.ROLES);
        missing.removeAll(UsersText.roles(value));
        if (missing.isEmpty()) {
            LOG.debug("The account 'admin' exists; it is left as it is");
        } else {
            LOG.warn("The account 'admin' exists without the roles {}; it is left as it is (jaas:role-add adds them)", missing);
        }
    }

    private void announce(boolean generated, String password) {
        if (generated) {
            // Printed once, on the console only (never logged): it is not shown again.
            console.println();
            console.println("  Thi Đua: created the account 'admin' with the password  " + password);
            console.println("  (shown once; change it with jaas:passwd or set " + AdminAccount.PASSWORD_VARIABLE
                    + " before the first start)");
            console.println();
            console.flush();
            LOG.warn("Created the account 'admin' with a generated password, printed once on the console");
        } else {
            LOG.info("Created the account 'admin' with the password from {}", AdminAccount.PASSWORD_VARIABLE);
        }
    }

    static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private void closeWatch() {
        UsersFileWatch current = watch;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOG.debug("Closing the watch of {}", file.path(), e);
            }
        }
    }
}
