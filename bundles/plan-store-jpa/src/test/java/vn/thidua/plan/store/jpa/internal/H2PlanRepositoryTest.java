package vn.thidua.plan.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.plan.store.Page;
import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.PlanSummary;
import vn.thidua.plan.store.StoreUnavailableException;
import vn.thidua.plan.store.StoredPlan;

/** The repository on an H2 file database, opened with the URL options of the shipped configuration. */
class H2PlanRepositoryTest extends PlanRepositoryContract {

    /** A database that fails (here its pool closed under the store) is told as such, not as a bug. */
    @Test
    void aFailingDatabaseIsStoreUnavailable() {
        HikariDataSource closing = h2(folder.resolve("failing"));
        try (StandaloneStore failing = open(closing)) {
            StoredPlan plan = failing.repository().create(Fixtures.plan("000_d3ad60d258665efa"), PlanStatus.DRAFT, "x", null);
            closing.close();

            assertThatThrownBy(() -> failing.repository().find(plan.id())).isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> failing.repository().replace(plan.id(), 1, plan.plan(), null, "x", null))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("was not saved");
            assertThatThrownBy(() -> failing.repository().info()).isInstanceOf(StoreUnavailableException.class);
        }
    }

    /** The options etc/org.ops4j.datasource-thidua.cfg gives H2: commits written at once, waits for locks. */
    static final String OPTIONS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";

    @TempDir
    static Path folder;

    private static HikariDataSource pool;
    private static StandaloneStore store;

    @BeforeAll
    static void open() {
        pool = h2(folder.resolve("plans"));
        store = open(pool);
    }

    @AfterAll
    static void close() {
        store.close();
        pool.close();
    }

    @Override
    StandaloneStore store() {
        return store;
    }

    /** Pooled, as pax-jdbc-config pools it in Karaf: the database stays open between transactions. */
    static HikariDataSource h2(Path file) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:" + file + OPTIONS);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    @Test
    void infoNamesH2AndTheSchema() {
        assertThat(store.repository().info().database()).startsWith("H2 2.");
        assertThat(store.repository().info().schemaVersion()).isEqualTo("4");
        assertThat(store.repository().info().database()).as("read once, at the start").isSameAs(store.repository().info().database());
        assertThat(store.repository().info().url()).startsWith("jdbc:h2:").doesNotContain("sa");
    }

    @Test
    void refusesASchemaNewerThanItKnows() throws Exception {
        try (HikariDataSource newer = h2(folder.resolve("newer"))) {
            refusesASchemaNewerThanItKnows(newer);
        }
    }

    private static void refusesASchemaNewerThanItKnows(DataSource newer) throws Exception {
        StandaloneStore.open(newer, CLOCK).close();
        try (Connection c = newer.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into \"thidua_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
                    + " values (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'sa', now(), 1, true)");
        }

        assertThatThrownBy(() -> new SchemaMigrator(newer).migrate())
                .isInstanceOf(SchemaTooNewException.class)
                .hasMessageContaining("99 (from the future)")
                .hasMessageContaining("up to 4");
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsSchema() {
        try (HikariDataSource again = h2(folder.resolve("again"))) {
            StandaloneStore.open(again, CLOCK).close();
            assertThat(new SchemaMigrator(again).migrate()).isEqualTo("4");
        }
    }
}
