package vn.thidua.benchmarks.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import vn.thidua.plan.store.jpa.internal.StandaloneStore;

/**
 * The store's schema migration V2 on PostgreSQL (indexes only), taken off and put back on the same
 * data, so that one run measures every read with and without it. Taking it off leaves the schema as
 * V1 made it; putting it back runs the migration's own script from the plan store's jar.
 */
final class IndexesOfV2 {

    static final String SCRIPT = "db/thidua-postgresql/V2__listing_search_and_due_indexes.sql";

    /** The inverse of {@link #SCRIPT}: its indexes dropped, V1's deadline index back, the default statistics. */
    private static final List<String> REMOVE = List.of(
            "drop index plan_listing_order",
            "drop index plan_search_trigram",
            "alter table plan alter column search_text set statistics -1",
            "drop index plan_task_due",
            "create index plan_task_deadline on plan_task (deadline)");

    private final BenchmarkDatabase database;

    IndexesOfV2(BenchmarkDatabase database) {
        this.database = database;
    }

    void remove() throws SQLException {
        for (String statement : REMOVE) {
            database.execute(statement);
        }
        database.execute("analyze plan, plan_task");
    }

    /** Runs the migration's script again; returns how long building its indexes took, in seconds. */
    double restore() throws SQLException {
        long start = System.nanoTime();
        database.execute(script());
        double seconds = (System.nanoTime() - start) / 1e9;
        database.execute("analyze plan, plan_task");
        return seconds;
    }

    private static String script() {
        try (InputStream in = StandaloneStore.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not in the plan store's jar: has V2 been renamed?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
