package vn.thidua.plan.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.thidua.testing.postgres.TestPostgres;

/**
 * The repository on a real PostgreSQL server: the machine's on 127.0.0.1:5432 when one answers
 * there, else an embedded one started for these tests ({@link TestPostgres}), in a database of its
 * own created for this run and dropped after it.
 */
class PostgresPlanRepositoryTest extends PlanRepositoryContract {

    /** One server for the PostgreSQL tests of this JVM (this class and {@link SchemaUpgradeTest}). */
    static final TestPostgres POSTGRES = TestPostgres.shared();
    static final String SERVER = POSTGRES.serverUrl();
    static final String USER = TestPostgres.USER;

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
        assertThat(store.repository().info().schemaVersion()).isEqualTo("4");
        assertThat(store.repository().info().url()).isEqualTo(SERVER + database);
    }

    /** Runs one administrative statement on the server. */
    static void admin(String sql) throws SQLException {
        POSTGRES.admin(sql);
    }
}
