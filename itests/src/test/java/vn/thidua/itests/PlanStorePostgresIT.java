package vn.thidua.itests;

import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.runner.RunWith;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.model.InitializationError;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;

import vn.thidua.testing.postgres.TestPostgres;

/**
 * The plan store switched to PostgreSQL by its one configuration file, on the machine's server
 * (127.0.0.1:5432, trust authentication) or, when none answers there, an embedded one started for
 * this class ({@link TestPostgres}), in a database created for this run and dropped after it by
 * {@link WithItsOwnDatabase}.
 */
@RunWith(PlanStorePostgresIT.WithItsOwnDatabase.class)
@ExamReactorStrategy(PerMethod.class)
public class PlanStorePostgresIT extends PlanStoreSurvival {

    private static final String PREFIX = "thidua_it_";
    private static final String DATABASE = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /**
     * A database of this prefix created this long before a run belongs to a run that is over: one
     * run of this class takes well under a minute, and runs from other checkouts may share the server.
     */
    private static final String STALE_AFTER = "30 minutes";

    @Configuration
    public Option[] config() throws IOException {
        return options(distribution(),
                editConfigurationFilePut("etc/org.ops4j.datasource-thidua.cfg", "osgi.jdbc.driver.class", "org.postgresql.Driver"),
                editConfigurationFilePut("etc/org.ops4j.datasource-thidua.cfg", "url", WithItsOwnDatabase.server().url(DATABASE)),
                editConfigurationFilePut("etc/org.ops4j.datasource-thidua.cfg", "user", TestPostgres.USER),
                editConfigurationFilePut("etc/org.ops4j.datasource-thidua.cfg", "password", ""));
    }

    /**
     * Pax Exam's runner, wrapped in the life of this class's database: created before the first
     * Karaf boots, dropped after the last one, in the test JVM. Neither {@code @AfterClass} nor a
     * class rule could do it: Pax Exam runs those inside Karaf, once per test method, so the database
     * would go between the two Karafs. A shutdown hook (what this class used before) is skipped when
     * failsafe ends its fork by force; and a run killed outright leaves its database for the next
     * run to drop, as it drops every stale one of this prefix first. An embedded server is started
     * by the first of {@link #server()} (the configuration may ask before the run) and stopped at the
     * end of the run.
     */
    public static final class WithItsOwnDatabase extends PaxExam {

        private static TestPostgres server;

        /** The server of this class's run, started at the first call. */
        static synchronized TestPostgres server() throws IOException {
            if (server == null) {
                server = TestPostgres.start();
            }
            return server;
        }

        private static synchronized void stopServer() {
            if (server != null) {
                server.close();
                server = null;
            }
        }

        public WithItsOwnDatabase(Class<?> testClass) throws InitializationError {
            super(testClass);
        }

        @Override
        public void run(RunNotifier notifier) {
            try {
                try {
                    dropStaleDatabases();
                    admin("create database " + DATABASE + " encoding 'UTF8' template template0");
                } catch (IOException | SQLException e) {
                    notifier.fireTestFailure(new Failure(getDescription(), e));
                    return;
                }
                try {
                    super.run(notifier);
                } finally {
                    try {
                        admin("drop database if exists " + DATABASE + " with (force)");
                    } catch (IOException | SQLException e) {
                        notifier.fireTestFailure(new Failure(getDescription(), e));
                    }
                }
            } finally {
                stopServer();
            }
        }
    }

    /**
     * Drops the databases of this prefix left by runs that ended without dropping theirs. Their age
     * is their {@code PG_VERSION} file's, written when the database was created. One still in use is
     * refused by the server (no {@code force}) and kept. A sweep that fails fails no test: it says so.
     */
    private static void dropStaleDatabases() throws IOException {
        List<String> stale = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                WithItsOwnDatabase.server().url(TestPostgres.MAINTENANCE_DATABASE), TestPostgres.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select datname from pg_database"
                        + " where datname like '" + PREFIX.replace("_", "\\_") + "%'"
                        + " and (pg_stat_file('base/' || oid || '/PG_VERSION', true)).modification"
                        + " < now() - interval '" + STALE_AFTER + "'")) {
            while (rows.next()) {
                stale.add(rows.getString(1));
            }
        } catch (SQLException e) {
            System.out.println("Could not look for stale " + PREFIX + "* databases: " + e.getMessage());
        }
        for (String name : stale) {
            try {
                admin("drop database if exists \"" + name.replace("\"", "\"\"") + "\"");
                System.out.println("Dropped the stale database " + name + " of an earlier run");
            } catch (IOException | SQLException e) {
                System.out.println("Kept " + name + ": " + e.getMessage());
            }
        }
    }

    private static void admin(String sql) throws IOException, SQLException {
        WithItsOwnDatabase.server().admin(sql);
    }
}
