package vn.thidua.plan.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.PlanSummary;
import vn.thidua.plan.store.StoredPlan;
import vn.thidua.plan.store.jpa.internal.status.RulePackStatusRules;
import vn.thidua.rules.Finding;
import vn.thidua.rules.RulePackRegistry;
import vn.thidua.rules.Severity;

/**
 * The example plans this bundle carries, loaded into an empty H2 database as what they are: VALIDATED
 * by the pack in force for each when it finds no error, else DRAFT; never ISSUED.
 */
class ExampleLoaderTest {

    @TempDir
    Path folder;

    /** Closed last opened first: the store, then its pool. */
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    @AfterEach
    void close() throws Exception {
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
    }

    /** The examples are the plan model's seed fixtures, byte for byte: one plan each, checked against the seeds there. */
    @Test
    void theExamplesAreTheSeedFixtures() throws Exception {
        List<URL> examples = examples();
        assertThat(examples).extracting(ExampleLoaderTest::name)
                .containsExactlyElementsOf(SeedText.SEEDS.stream().map(seed -> seed + ".json").toList());
        for (URL example : examples) {
            assertThat(Files.readAllBytes(Path.of(example.toURI())))
                    .as(name(example)).isEqualTo(Files.readAllBytes(Path.of("../plan/src/test/resources/fixtures", name(example))));
        }
    }

    @Test
    void eachExampleIsValidatedByItsPackOrADraftAndTheyAreLoadedOnce() throws Exception {
        // The pack of Gia Lai finds an error in its plan; the others find none.
        TestRulePacks packs = TestRulePacks.finding(plan -> plan.province().code().equals("gia-lai")
                ? List.of(new Finding("test-error", Severity.ERROR, "/number", "Thiếu số", null, null)) : List.of());
        StandaloneStore store = open(packs);
        ExampleLoader loader = new ExampleLoader(store.jpaRepository(), new RulePackStatusRules(packs));

        assertThat(loader.loadIfEmpty(loader.read(examples()))).isEqualTo(5);
        assertThat(loader.loadIfEmpty(loader.read(examples()))).as("a database holding plans gets no examples").isZero();

        Map<String, StoredPlan> loaded = stored(store);
        assertThat(loaded).hasSize(5);
        loaded.forEach((province, plan) -> assertThat(plan.createdBy()).isEqualTo(ExampleLoader.USER));
        assertThat(loaded.values()).extracting(StoredPlan::status).doesNotContain(PlanStatus.ISSUED);
        for (String seed : SeedText.SEEDS) {
            Plan plan = Fixtures.plan(seed);
            StoredPlan stored = loaded.get(seed);
            assertThat(stored.plan()).isEqualTo(plan);
            if (plan.province().code().equals("gia-lai")) {
                assertThat(stored.status()).as(seed).isEqualTo(PlanStatus.DRAFT);
                assertThat(stored.rulePackId()).isNull();
            } else {
                assertThat(stored.status()).as(seed).isEqualTo(PlanStatus.VALIDATED);
                assertThat(stored.rulePackId()).isEqualTo(TestRulePacks.packOf(plan.province().code()));
            }
        }
    }

    /** The first start: the packs are still loading when the store starts; the examples wait for them. */
    @Test
    void theExamplesWaitForTheirPacksAndAreJudgedByThem() throws Exception {
        TestRulePacks packs = TestRulePacks.loading();
        StandaloneStore store = open(packs);
        PackArrivals.Counter arrivals = new PackArrivals.Counter();
        ExampleLoading loading = new ExampleLoading(new ExampleLoader(store.jpaRepository(), new RulePackStatusRules(packs)),
                examples(), arrivals, Duration.ofMinutes(10));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> loaded = thread.submit(loading::run);

            packs.load();
            arrivals.changed();

            assertThat(loaded.get(60, TimeUnit.SECONDS)).isEqualTo(5);
        } finally {
            thread.shutdownNow();
        }
        assertThat(stored(store).values()).extracting(StoredPlan::status).containsOnly(PlanStatus.VALIDATED);
    }

    @Test
    void examplesWhosePacksDoNotComeInTimeAreDrafts() throws Exception {
        TestRulePacks packs = TestRulePacks.loading();
        StandaloneStore store = open(packs);

        int loaded = new ExampleLoading(new ExampleLoader(store.jpaRepository(), new RulePackStatusRules(packs)), examples(),
                new PackArrivals.Counter(), Duration.ZERO).run();

        assertThat(loaded).isEqualTo(5);
        assertThat(stored(store).values()).extracting(StoredPlan::status).containsOnly(PlanStatus.DRAFT);
    }

    @Test
    void withoutARuleRegistryTheExamplesAreDrafts() throws Exception {
        StandaloneStore store = open(null);

        int loaded = new ExampleLoading(new ExampleLoader(store.jpaRepository(), new RulePackStatusRules(null)), examples(),
                new PackArrivals.Counter(), Duration.ZERO).run();

        assertThat(loaded).isEqualTo(5);
        assertThat(stored(store).values()).extracting(StoredPlan::status).containsOnly(PlanStatus.DRAFT);
    }

    /** The stored plans, by the seed they are. */
    private static Map<String, StoredPlan> stored(StandaloneStore store) {
        Map<Plan, String> seeds = SeedText.SEEDS.stream().collect(Collectors.toMap(Fixtures::plan, Function.identity()));
        return store.repository().list(PlanQuery.all()).items().stream().map(PlanSummary::id)
                .map(id -> store.repository().find(id).orElseThrow())
                .collect(Collectors.toMap(p -> seeds.get(p.plan()), Function.identity()));
    }

    private StandaloneStore open(RulePackRegistry packs) {
        HikariDataSource pool = H2PlanRepositoryTest.h2(folder.resolve("examples"));
        opened.push(pool);
        StandaloneStore store = StandaloneStore.open(pool, PlanRepositoryContract.CLOCK, new RulePackStatusRules(packs));
        opened.push(store);
        return store;
    }

    /** This bundle's examples/*.json, as the store finds them in the bundle, by name. */
    static List<URL> examples() throws IOException, URISyntaxException {
        Path folder = Path.of(ExampleLoaderTest.class.getClassLoader().getResource("examples").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<URL> urls = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                urls.add(file.toUri().toURL());
            }
            return urls;
        }
    }

    private static String name(URL url) {
        return url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
    }
}
