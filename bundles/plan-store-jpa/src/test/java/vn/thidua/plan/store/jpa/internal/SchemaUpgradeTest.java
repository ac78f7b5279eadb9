package vn.thidua.plan.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.text.ReadingOrder;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.PlanSummary;
import vn.thidua.plan.store.TaskQuery;
import vn.thidua.plan.store.TrackedTask;
import vn.thidua.plan.store.jpa.internal.status.RulePackStatusRules;
import vn.thidua.plan.store.status.PlanStatusRules;
import vn.thidua.plan.time.VietnamClock;

/**
 * Migration V2 (the listing, search and deadline indexes, one script per kind of database) on H2 and
 * on the real PostgreSQL: a new database gets it, and a database written at V1 keeps every plan
 * through it and answers the same listings, searches and task queries after it.
 */
class SchemaUpgradeTest {

    enum Kind {
        H2, POSTGRESQL
    }

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2024-06-01T03:00:00Z"));
    private static final PlanStatusRules RULES = new RulePackStatusRules(TestRulePacks.loaded());

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNewDatabaseGetsTheIndexesOfItsKind(Kind kind) throws SQLException {
        try (Database database = new Database(kind, folder);
                StandaloneStore store = StandaloneStore.open(database.pool, CLOCK, RULES)) {
            assertThat(store.repository().info().schemaVersion()).isEqualTo("4");
            List<String> indexes = database.indexes("plan", "plan_task");
            assertThat(indexes).contains("plan_listing", "plan_listing_order", "plan_task_due")
                    .doesNotContain("plan_task_deadline");
            if (kind == Kind.POSTGRESQL) {
                assertThat(indexes).contains("plan_search_trigram");
                assertThat(database.query("select attstattarget from pg_attribute where attrelid = 'plan'::regclass"
                        + " and attname = 'search_text'")).as("statistics sample of search_text").isEqualTo("1000");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDatabaseWrittenAtV1KeepsItsPlansThroughV2(Kind kind) throws SQLException {
        try (Database database = new Database(kind, folder)) {
            List<String> ids = new ArrayList<>();
            Answers before;
            SchemaMigrator.configure(database.pool).target("1").load().migrate();
            // Today's entity maps issuer_kind (V4); an older bundle wrote rows without it: the column is added
            // for the writes, emptied after them, and V4 (ADD COLUMN IF NOT EXISTS) fills it from the bodies.
            database.statement("ALTER TABLE plan ADD COLUMN issuer_kind VARCHAR(32)");
            EntityManagerFactory factory = StandaloneStore.factory(database.pool);
            try {
                // The repository writes the same rows at V1 as at V2, which only adds indexes.
                JpaPlanRepository atV1 = new JpaPlanRepository(database.pool, factory, VietnamClock.of(CLOCK), RULES,
                        DatabaseFacts.read(database.pool, new SchemaMigrator(database.pool).current()));
                assertThat(atV1.info().schemaVersion()).isEqualTo("1");
                for (String seed : SeedText.SEEDS) {
                    ids.add(atV1.create(Fixtures.plan(seed), PlanStatus.VALIDATED, "v1-writer", null).id());
                }
                before = Answers.of(atV1);
            } finally {
                factory.close();
            }

            database.statement("UPDATE plan SET issuer_kind = NULL");
            try (StandaloneStore store = StandaloneStore.open(database.pool, CLOCK, RULES)) {
                PlanRepository atV2 = store.repository();
                assertThat(atV2.info().schemaVersion()).isEqualTo("4");
                for (int i = 0; i < ids.size(); i++) {
                    Plan plan = atV2.find(ids.get(i)).orElseThrow().plan();
                    assertThat(plan).isEqualTo(Fixtures.plan(SeedText.SEEDS.get(i)));
                }
                assertThat(Answers.of(atV2)).isEqualTo(before);
                assertThat(before.listing()).hasSize(SeedText.SEEDS.size());
                // V4 filled the issuer kind the older rows lacked, from their bodies: every seed is a board's plan.
                assertThat(database.query("select count(*) from plan where issuer_kind = 'BOARD'"))
                        .isEqualTo(String.valueOf(SeedText.SEEDS.size()));
                assertThat(before.searched()).isNotEmpty();
                assertThat(before.due()).isNotEmpty();
            }
        }
    }

    /**
     * Migration V3 (plan bodies in plan schema 2) on a database as today's main leaves it: schema V2,
     * and every body, the plans' and the revisions', the schema 1 JSON main writes (the five example
     * plans as main shipped them, {@code src/test/resources/v1-examples}). After the upgrade every body is
     * schema 2, every plan and revision reads, equal to the schema 1 document read, in the same
     * reading order, and the listings, searches and task queries answer as before.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDatabaseWrittenByMainInSchema1IsUpgradedToSchema2(Kind kind) throws SQLException {
        PlanJson json = new PlanJson();
        try (Database database = new Database(kind, folder)) {
            List<String> ids = new ArrayList<>();
            List<String> v1 = new ArrayList<>();
            Answers before;
            SchemaMigrator.configure(database.pool).target("2").load().migrate();
            // Today's entity maps issuer_kind (V4); an older bundle wrote rows without it: the column is added
            // for the writes, emptied after them, and V4 (ADD COLUMN IF NOT EXISTS) fills it from the bodies.
            database.statement("ALTER TABLE plan ADD COLUMN issuer_kind VARCHAR(32)");
            EntityManagerFactory factory = StandaloneStore.factory(database.pool);
            try {
                JpaPlanRepository atV2 = new JpaPlanRepository(database.pool, factory, VietnamClock.of(CLOCK), RULES,
                        DatabaseFacts.read(database.pool, new SchemaMigrator(database.pool).current()));
                assertThat(atV2.info().schemaVersion()).isEqualTo("2");
                for (String seed : SeedText.SEEDS) {
                    String document = SeedText.resource("/v1-examples/" + seed + ".json");
                    v1.add(document);
                    String id = atV2.create(json.read(document), PlanStatus.DRAFT, "main", null).id();
                    atV2.replace(id, 1, json.read(document), PlanStatus.VALIDATED, "main", null);
                    ids.add(id);
                }
                before = Answers.of(atV2);
            } finally {
                factory.close();
            }
            // the bodies as main writes them: schema 1, byte for byte
            for (int i = 0; i < ids.size(); i++) {
                database.update("update plan set body = ? where id = ?", v1.get(i), ids.get(i));
                database.update("update plan_revision set body = ? where plan_id = ?", v1.get(i), ids.get(i));
            }
            assertThat(database.bodies()).hasSize(3 * ids.size()).allSatisfy(b -> assertThat(json.versionOf(b)).isEqualTo(1));

            database.statement("UPDATE plan SET issuer_kind = NULL");
            try (StandaloneStore store = StandaloneStore.open(database.pool, CLOCK, RULES)) {
                PlanRepository upgraded = store.repository();
                assertThat(upgraded.info().schemaVersion()).isEqualTo("4");
                assertThat(database.bodies()).hasSize(3 * ids.size())
                        .allSatisfy(b -> assertThat(json.versionOf(b)).isEqualTo(Plan.SCHEMA_VERSION));
                for (int i = 0; i < ids.size(); i++) {
                    Plan main = json.read(v1.get(i));
                    Plan plan = upgraded.find(ids.get(i)).orElseThrow().plan();
                    assertThat(plan).isEqualTo(main);
                    assertThat(ReadingOrder.render(plan)).isEqualTo(ReadingOrder.render(main));
                    assertThat(plan.issuer().kind()).isEqualTo(IssuerKind.BOARD);
                    assertThat(upgraded.history(ids.get(i))).hasSize(2);
                    assertThat(upgraded.find(ids.get(i), 1).orElseThrow().plan()).isEqualTo(main);
                }
                for (String body : database.bodies()) {
                    assertThat(json.write(json.read(body))).as("stored in canonical form").isEqualTo(body);
                }
                assertThat(Answers.of(upgraded)).isEqualTo(before);
            }
        }
    }

    /** What the indexed reads answer on the seed plans: listing, a search without diacritics, tasks due. */
    private record Answers(List<PlanSummary> listing, List<String> searched, List<TrackedTask> due) {

        static Answers of(PlanRepository repository) {
            return new Answers(repository.list(new PlanQuery(null, null, null, null, false, 0, 500)).items(),
                    repository.list(new PlanQuery(null, null, null, "ke hoach", false, 0, 500)).items().stream()
                            .map(PlanSummary::id).toList(),
                    repository.tasks(new TaskQuery(null, LocalDate.of(2024, 12, 31), null, null, 0, 500)).items());
        }
    }

    /** An empty database of the kind, dropped (PostgreSQL) or left in the temporary folder (H2) after the test. */
    private static final class Database implements AutoCloseable {

        final HikariDataSource pool;
        private final String postgresName;

        Database(Kind kind, Path folder) throws SQLException {
            if (kind == Kind.H2) {
                postgresName = null;
                pool = H2PlanRepositoryTest.h2(folder.resolve("upgrade-" + UUID.randomUUID()));
            } else {
                postgresName = "thidua_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                PostgresPlanRepositoryTest.admin("create database " + postgresName + " encoding 'UTF8' template template0");
                HikariConfig config = new HikariConfig();
                config.setJdbcUrl(PostgresPlanRepositoryTest.SERVER + postgresName);
                config.setUsername(PostgresPlanRepositoryTest.USER);
                config.setMaximumPoolSize(2);
                pool = new HikariDataSource(config);
            }
        }

        void statement(String sql) throws SQLException {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        /** The first column of the first row of a query, as text. */
        String query(String sql) throws SQLException {
            try (Connection connection = pool.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                return rows.next() ? rows.getString(1) : null;
            }
        }

        void update(String sql, String... values) throws SQLException {
            try (Connection connection = pool.getConnection();
                    java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setString(i + 1, values[i]);
                }
                assertThat(statement.executeUpdate()).as(sql).isPositive();
            }
        }

        /** Every stored plan body: the plans', then the revisions'. */
        List<String> bodies() throws SQLException {
            List<String> bodies = new ArrayList<>();
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                for (String sql : new String[] {"select body from plan order by id",
                    "select body from plan_revision order by plan_id, version"}) {
                    try (ResultSet rows = statement.executeQuery(sql)) {
                        while (rows.next()) {
                            bodies.add(rows.getString(1));
                        }
                    }
                }
            }
            return bodies;
        }

        /** The names of the tables' indexes, in lower case. */
        List<String> indexes(String... tables) throws SQLException {
            List<String> names = new ArrayList<>();
            try (Connection connection = pool.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                for (String table : tables) {
                    String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
                    try (ResultSet rows = meta.getIndexInfo(null, null, stored, false, false)) {
                        while (rows.next()) {
                            if (rows.getString("INDEX_NAME") != null) {
                                names.add(rows.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            }
            return names;
        }

        @Override
        public void close() throws SQLException {
            pool.close();
            if (postgresName != null) {
                PostgresPlanRepositoryTest.admin("drop database if exists " + postgresName + " with (force)");
            }
        }
    }
}
