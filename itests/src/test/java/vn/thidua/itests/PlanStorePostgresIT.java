package vn.thidua.itests;

import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;

/**
 * The plan store switched to PostgreSQL by its one configuration file, on the machine's server
 * (127.0.0.1:5432, trust authentication), in a database created for this run and dropped after it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class PlanStorePostgresIT extends PlanStoreSurvival {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "thidua_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static boolean created;

    @Configuration
    public Option[] config() throws IOException, SQLException {
        createDatabaseOnce();
        return options(distribution(),
                editConfigurationFilePut("etc/org.ops4j.datasource-thidua.cfg", "osgi.jdbc.driver.class", "org.postgresql.Driver"),
                editConfigurationFilePut("etc/org.ops4j.datasource-thidua.cfg", "url", SERVER + DATABASE),
                editConfigurationFilePut("etc/org.ops4j.datasource-thidua.cfg", "user", "postgres"),
                editConfigurationFilePut("etc/org.ops4j.datasource-thidua.cfg", "password", ""));
    }

    /** Runs in the test JVM, which builds each Karaf's configuration; the database goes when that JVM does. */
    private static synchronized void createDatabaseOnce() throws SQLException {
        if (created) {
            return;
        }
        admin("create database " + DATABASE + " encoding 'UTF8' template template0");
        created = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                admin("drop database if exists " + DATABASE + " with (force)");
            } catch (SQLException e) {
                System.err.println("Could not drop " + DATABASE + ": " + e.getMessage());
            }
        }));
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "test", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
