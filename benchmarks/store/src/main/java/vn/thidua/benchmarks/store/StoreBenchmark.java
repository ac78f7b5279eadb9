package vn.thidua.benchmarks.store;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;

import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.jpa.internal.StandaloneStore;
import vn.thidua.plan.store.status.PlanStatusRules;

/**
 * Insert and read times of the plan store on PostgreSQL at growing numbers of plans, with and without
 * the indexes of schema migration V2, printed as a Markdown table.
 *
 * <p>A plain runner rather than JMH: the database is filled once and grown from one size to the next
 * (100 000 plans take minutes to store; JMH would refill it for every benchmark method and fork), the
 * insert rate is measured by that fill itself, and each read is a database round trip of
 * milliseconds, where a warm-up and the median of repetitions are enough.
 *
 * <p>At each size: fill (schema as shipped, V2), {@code VACUUM ANALYZE} (what autovacuum does after
 * many inserts), time every read; take V2's indexes off, time every read again and store 1 000 more
 * plans; put V2 back (timing the index build an upgrade would take) and store 1 000 more.
 *
 * <p>Options: {@code --sizes=10000,100000 --warmup=5 --repetitions=30
 * --server=jdbc:postgresql://127.0.0.1:5432/ --user=postgres --keep} (keep the database for psql).
 */
public final class StoreBenchmark {

    /** A fixed "today" in the store's zone, so that lateness reads the same in every run. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    static final int PROBE = 1_000;

    private static final Set<String> OPTIONS = Set.of("sizes", "warmup", "repetitions", "server", "user", "keep");

    private final Map<String, String> options;

    private StoreBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        // Hibernate logs through jboss-logging: send it to SLF4J, which logs warnings only.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        new StoreBenchmark(parse(args)).run();
    }

    /** What one size gives: insert rates, the reads with and without V2, V2's build time, the database size. */
    private record Column(int size, Filler.Rates fill, Filler.Rate insertV1, Filler.Rate insertV2, double buildV2,
            String databaseSize, Map<String, Timing> readsV1, Map<String, Timing> readsV2) {
    }

    /**
     * The benchmark measures storage, not validation: its generated plans keep the statuses drawn for
     * them (the store's status rules would judge them by rule packs the benchmark does not load).
     */
    private static final PlanStatusRules ADMIT_EVERY_STATUS = (plan, status) -> status == PlanStatus.DRAFT ? null : "benchmark@1";

    private void run() throws Exception {
        int[] sizes = Arrays.stream(option("sizes", "10000,100000").split(",")).mapToInt(Integer::parseInt).toArray();
        int warmup = Integer.parseInt(option("warmup", "5"));
        int repetitions = Integer.parseInt(option("repetitions", "30"));
        List<Column> columns = new ArrayList<>();
        try (BenchmarkDatabase database = BenchmarkDatabase.create(option("server", "jdbc:postgresql://127.0.0.1:5432/"),
                option("user", "postgres"), options.containsKey("keep"));
                HikariDataSource pool = database.pool(4);
                StandaloneStore store = StandaloneStore.open(pool, CLOCK, ADMIT_EVERY_STATUS);
                Filler filler = new Filler(store.repository(), new PlanVariants())) {
            System.err.printf("Database %s on %s; %d cores, load average %.1f%n", database.name(),
                    database.query("select version()").get(0), Runtime.getRuntime().availableProcessors(), load());
            IndexesOfV2 v2 = new IndexesOfV2(database);
            for (int size : sizes) {
                long start = System.nanoTime();
                Filler.Rates fill = filler.fillTo(size);
                System.err.printf("Filled to %,d plans in %.0f s; load average %.1f%n", size,
                        (System.nanoTime() - start) / 1e9, load());
                database.vacuumAnalyze();
                String bytes = database.query("select pg_size_pretty(pg_database_size(current_database()))").get(0);
                // Every read warmed up before any is timed, so that none gains from the JIT work of another.
                for (Operation operation : Operation.all(store.repository(), filler.ids())) {
                    Timing.of(warmup, 1, operation.call());
                }
                Map<String, Timing> readsV2 = reads("V2", size, store.repository(), filler, warmup, repetitions);
                v2.remove();
                Map<String, Timing> readsV1 = reads("V1", size, store.repository(), filler, warmup, repetitions);
                Filler.Rate insertV1 = filler.storeMore(PROBE);
                double build = v2.restore();
                Filler.Rate insertV2 = filler.storeMore(PROBE);
                System.err.printf("  V2's indexes built in %.1f s; %,d more plans/s V1 %.0f, V2 %.0f; load average %.1f%n",
                        build, PROBE, insertV1.perSecond(), insertV2.perSecond(), load());
                columns.add(new Column(size, fill, insertV1, insertV2, build, bytes, readsV1, readsV2));
            }
            print(columns, warmup, repetitions);
        }
    }

    private static Map<String, Timing> reads(String schema, int size, PlanRepository store, Filler filler, int warmup,
            int repetitions) {
        Map<String, Timing> reads = new LinkedHashMap<>();
        for (Operation operation : Operation.all(store, filler.ids())) {
            Timing timing = Timing.of(warmup, repetitions, operation.call());
            reads.put(operation.name(), timing);
            System.err.printf("  %,d plans, %s: %s %.1f ms%n", size, schema, operation.name(), timing.medianMillis());
        }
        return reads;
    }

    private static void print(List<Column> columns, int warmup, int repetitions) {
        StringBuilder header = new StringBuilder("| operation |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Column column : columns) {
            header.append(String.format(Locale.ROOT, " %,d plans: V1 | V2 | matches |", column.size()));
            rule.append("---:|---:|---:|");
        }
        System.out.println(header);
        System.out.println(rule);
        row(columns, "insert during the fill, 1 writer (plans/s)", c -> " | " + c.fill().one().text());
        row(columns, "insert during the fill, 2 writers (plans/s)", c -> " | " + c.fill().two().text());
        row(columns, String.format(Locale.ROOT, "insert %,d more, 1 writer (plans/s)", PROBE),
                c -> String.format(Locale.ROOT, "%.0f | %.0f | %,d", c.insertV1().perSecond(), c.insertV2().perSecond(), PROBE));
        for (String read : columns.get(0).readsV2().keySet()) {
            row(columns, read + " (ms)", c -> {
                Timing v1 = c.readsV1().get(read);
                Timing v2 = c.readsV2().get(read);
                return String.format(Locale.ROOT, "%s | %s | %,d", v1.text(), v2.text(), v2.matches());
            });
        }
        row(columns, "building V2's indexes (s)", c -> String.format(Locale.ROOT, " | %.1f |", c.buildV2()));
        row(columns, "database size", c -> " | " + c.databaseSize() + " |");
        System.out.printf(Locale.ROOT, "%nV1: without the indexes of migration V2; V2: as shipped. Reads: median (95th"
                + " percentile) of %d calls after %d warm-up calls, in ms; matches: the page's total. Inserts during the"
                + " fill: PlanRepository.create in batches of %,d plans alternating 1 and 2 writers (matches: plans stored"
                + " so since the previous size).%n", repetitions, warmup, Filler.BATCH);
    }

    private interface Cell {
        String of(Column column);
    }

    private static void row(List<Column> columns, String name, Cell cell) {
        StringBuilder line = new StringBuilder("| " + name + " |");
        for (Column column : columns) {
            line.append(' ').append(cell.of(column)).append(" |");
        }
        System.out.println(line.toString().replace("  ", " "));
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, equals < 0 ? arg.length() : equals) : arg;
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + arg + "; the options are --" + String.join(", --",
                        OPTIONS.stream().sorted().toList()) + " (--name=value)");
            }
            options.put(name, equals < 0 ? "" : arg.substring(equals + 1));
        }
        return options;
    }
}
