package vn.thidua.plan.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository on the real PostgreSQL server of the machine (127.0.0.1:5432, trust authentication;
 * {@code .ci/run} starts it), in a database of its own created for this run and dropped after it.
 */
class PostgresPlanRepositoryTest extends PlanRepositoryContract {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String USER = "postgres";

    private static String database;
    private static HikariDataSource pool;
    private static StandaloneStore store;

    @BeforeAll
    static void open() throws SQLException {
        database = "thidua_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("create database " + database + " encoding 'UTF8' template template0");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(SERVER + database);
        config.setUsername(USER);
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        store = open(pool);
    }

    @AfterAll
    static void close() throws SQLException {
        if (store != null) {
            store.close();
            pool.close();
        }
        if (database != null) {
            admin("drop database if exists " + database + " with (force)");
        }
    }

    @Override
    StandaloneStore store() {
        return store;
    }

    @Test
    void infoNamesPostgresqlAndTheSchema() {
        assertThat(store.repository().info().database()).startsWith("PostgreSQL ");
        assertThat(store.repository().info().schemaVersion()).isEqualTo("2");
        assertThat(store.repository().info().url()).isEqualTo(SERVER + database);
    }

    /** Runs one statement on the server's {@code test} database. */
    static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "test", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
