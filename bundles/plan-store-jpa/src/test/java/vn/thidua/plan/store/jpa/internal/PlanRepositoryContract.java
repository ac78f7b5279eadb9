package vn.thidua.plan.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.thidua.plan.IssuingBody;
import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanBuilder;
import vn.thidua.plan.Province;
import vn.thidua.plan.Task;
import vn.thidua.plan.province.ProvinceLineage;
import vn.thidua.plan.province.ProvinceUnit;
import vn.thidua.plan.province.UnitKind;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.plan.store.jpa.internal.status.RulePackStatusRules;
import vn.thidua.plan.store.InvalidRequestException;
import vn.thidua.plan.store.Page;
import vn.thidua.plan.store.PlanNotFoundException;
import vn.thidua.plan.store.PlanQuery;
import vn.thidua.plan.store.PlanRepository;
import vn.thidua.plan.store.PlanStateConflictException;
import vn.thidua.plan.store.PlanStatus;
import vn.thidua.plan.store.PlanSummary;
import vn.thidua.plan.store.Revision;
import vn.thidua.plan.store.RevisionAction;
import vn.thidua.plan.store.StaleVersionException;
import vn.thidua.plan.store.StoredPlan;
import vn.thidua.plan.store.TaskQuery;
import vn.thidua.plan.store.TaskStatus;
import vn.thidua.plan.store.TrackedTask;
import vn.thidua.plan.store.status.PlanNotValidException;
import vn.thidua.plan.store.status.RuleFinding;

/**
 * What every database must do the same with the repository, on the five seed plans. Each test
 * keeps to plans of a province code of its own, so tests sharing a database do not see each other.
 */
abstract class PlanRepositoryContract {

    /** 10:00 in Vietnam on 1 June 2024. */
    static final Instant START = Instant.parse("2024-06-01T03:00:00Z");
    static final MutableClock CLOCK = new MutableClock(START);

    /** The store as the tests use it: the real status rules, on a registry whose packs find what a test marks. */
    static StandaloneStore open(DataSource dataSource) {
        return StandaloneStore.open(dataSource, CLOCK, new RulePackStatusRules(TestRulePacks.loaded()), PROVINCES);
    }

    /**
     * A province code of its own for each test (tests share a database), known to the store: each merged on
     * 2025-07-01 with a predecessor {@code <code>-ante}, as Bắc Giang into Bắc Ninh.
     */
    private static final List<String> CODES = java.util.stream.IntStream.range(0, 200)
            .mapToObj(i -> "test-" + letters(10)).toList();
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();
    static final ProvinceLineage PROVINCES = withTestProvinces(CODES);

    private final String province = CODES.get(NEXT.getAndIncrement());

    private static ProvinceLineage withTestProvinces(List<String> codes) {
        List<ProvinceUnit> units = new ArrayList<>(ProvinceLineage.standard().units());
        LocalDate end = LocalDate.of(2025, 6, 30);
        for (String code : codes) {
            units.add(new ProvinceUnit(code, "Thử", UnitKind.PROVINCE, null, end, List.of(), List.of("test")));
            units.add(new ProvinceUnit(code + "-ante", "Thử Trước", UnitKind.PROVINCE, null, end, List.of(), List.of("test")));
            units.add(new ProvinceUnit(code, "Thử", UnitKind.PROVINCE, end.plusDays(1), null,
                    List.of(code, code + "-ante"), List.of("test")));
        }
        return new ProvinceLineage(units, List.of("test"));
    }

    abstract StandaloneStore store();

    PlanRepository repository() {
        return store().repository();
    }

    @AfterEach
    void resetClock() {
        CLOCK.set(START);
    }

    @Test
    void everySeedPlanReadsBackEqual() {
        for (String seed : SeedText.SEEDS) {
            Plan plan = Fixtures.plan(seed);
            StoredPlan created = repository().create(plan, PlanStatus.DRAFT, "Nguyễn Văn A", null);

            StoredPlan read = repository().find(created.id()).orElseThrow();

            assertThat(read.plan()).as(seed).isEqualTo(plan);
            assertThat(read).as(seed).isEqualTo(created);
            assertThat(read.version()).isEqualTo(1);
            assertThat(read.createdBy()).isEqualTo("Nguyễn Văn A");
            assertThat(read.createdAt()).isEqualTo(START);
            assertThat(read.deleted()).isFalse();
        }
    }

    @Test
    void createRecordsTheFirstRevision() {
        StoredPlan created = create("003_44668950db2da263", PlanStatus.VALIDATED, null);

        assertThat(repository().history(created.id())).containsExactly(
                new Revision(1, RevisionAction.CREATED, START, "tester", PlanStatus.VALIDATED, pack()));
        assertThat(created.rulePackId()).as("the pack the status rules validated it with").isEqualTo(pack());
    }

    @Test
    void replaceBumpsTheVersionAndKeepsWhatItReplaced() {
        StoredPlan v1 = create("000_d3ad60d258665efa", PlanStatus.DRAFT, null);
        Plan changed = PlanBuilder.builder(v1.plan()).summary("Kế hoạch đã sửa").build();
        CLOCK.set(START.plusSeconds(60));

        StoredPlan v2 = repository().replace(v1.id(), 1, changed, PlanStatus.VALIDATED, "Trần Thị B", pack());

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.plan()).isEqualTo(changed);
        assertThat(v2.updatedBy()).isEqualTo("Trần Thị B");
        assertThat(v2.createdBy()).isEqualTo("tester");
        assertThat(repository().find(v1.id()).orElseThrow()).isEqualTo(v2);
        assertThat(repository().find(v1.id(), 1).orElseThrow().plan()).isEqualTo(v1.plan());
        assertThat(repository().find(v1.id(), 2).orElseThrow()).isEqualTo(v2);
        assertThat(repository().find(v1.id(), 3)).isEmpty();
        assertThat(repository().history(v1.id())).extracting(Revision::version, Revision::action, Revision::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, RevisionAction.CREATED, "tester"),
                        org.assertj.core.groups.Tuple.tuple(2L, RevisionAction.REPLACED, "Trần Thị B"));
    }

    @Test
    void aStaleReplaceIsRefusedAndChangesNothing() {
        StoredPlan v1 = create("001_b902e8c9f1ecfedd", PlanStatus.DRAFT, null);
        StoredPlan v2 = repository().replace(v1.id(), 1, v1.plan(), PlanStatus.VALIDATED, "a", null);

        assertThatThrownBy(() -> repository().replace(v1.id(), 1,
                PlanBuilder.builder(v1.plan()).summary("lost").build(), PlanStatus.ISSUED, "b", null))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });

        assertThat(repository().find(v1.id()).orElseThrow()).isEqualTo(v2);
        assertThat(repository().history(v1.id())).hasSize(2);
    }

    /** Two writers race on one plan, round after round: one wins, the other is told, redoes, and no change is lost. */
    @Test
    void twoWritersOnOnePlanLoseNoUpdate() throws Exception {
        StoredPlan created = create("002_d4688f34a2318412", PlanStatus.DRAFT, null);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        int rounds = 10;
        int conflicts = 0;
        try {
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Boolean>> results = new ArrayList<>();
                for (String writer : List.of("A", "B")) {
                    String line = writer + " in round " + round;
                    results.add(writers.submit(() -> appendToClosing(created.id(), line, start)));
                }
                for (Future<Boolean> result : results) {
                    conflicts += result.get() ? 1 : 0;
                }
            }
        } finally {
            writers.shutdownNow();
        }

        StoredPlan last = repository().find(created.id()).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + 2L * rounds);
        assertThat(last.plan().closing().stream().filter(line -> line.startsWith("writer ")).count())
                .as("every writer's line is there").isEqualTo(2L * rounds);
        assertThat(repository().history(created.id())).hasSize(1 + 2 * rounds);
        assertThat(conflicts).as("conflicts seen").isGreaterThan(0);
    }

    /** Reads, waits for the other writer, writes; on a conflict reads again and redoes. True if it met a conflict. */
    private boolean appendToClosing(String id, String line, CyclicBarrier start) throws Exception {
        boolean conflict = false;
        StoredPlan read = repository().find(id).orElseThrow();
        start.await();
        while (true) {
            List<String> closing = new ArrayList<>(read.plan().closing());
            closing.add("writer " + line);
            Plan changed = PlanBuilder.builder(read.plan()).closing(closing).build();
            try {
                repository().replace(id, read.version(), changed, PlanStatus.DRAFT, "writer", null);
                return conflict;
            } catch (StaleVersionException e) {
                conflict = true;
                read = repository().find(id).orElseThrow();
            }
        }
    }

    @Test
    void deleteHidesAPlanAndRestoreBringsItBack() {
        StoredPlan v1 = create("004_a5c35aef69c6ea26", PlanStatus.VALIDATED, null);
        CLOCK.set(START.plusSeconds(5));

        StoredPlan deleted = repository().delete(v1.id(), 1, "xoá");

        assertThat(deleted.version()).isEqualTo(2);
        assertThat(deleted.deletedAt()).isEqualTo(START.plusSeconds(5));
        assertThat(list(false).items()).isEmpty();
        assertThat(list(true).items()).extracting(PlanSummary::id).containsExactly(v1.id());
        assertThat(repository().find(v1.id()).orElseThrow().deleted()).isTrue();
        assertConflict(() -> repository().replace(v1.id(), 2, v1.plan(), PlanStatus.DRAFT, "x", null), true);
        assertConflict(() -> repository().delete(v1.id(), 2, "x"), true);
        assertConflict(() -> repository().updateTask(v1.id(), 1, TaskStatus.IN_PROGRESS, null, "x"), true);
        assertThat(repository().history(v1.id())).as("the refused writes left no revision").hasSize(2);

        StoredPlan restored = repository().restore(v1.id(), "khôi phục");

        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.deleted()).isFalse();
        assertThat(restored.plan()).isEqualTo(v1.plan());
        assertThat(list(false).items()).extracting(PlanSummary::id).containsExactly(v1.id());
        assertThat(repository().find(v1.id(), 2).orElseThrow().deletedAt()).isEqualTo(START.plusSeconds(5));
        assertThat(repository().history(v1.id())).extracting(Revision::action)
                .containsExactly(RevisionAction.CREATED, RevisionAction.DELETED, RevisionAction.RESTORED);
        assertConflict(() -> repository().restore(v1.id(), "x"), false);
    }

    private static void assertConflict(Runnable change, boolean deleted) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(PlanStateConflictException.class,
                e -> assertThat(e.deleted()).isEqualTo(deleted));
    }

    @Test
    void aReplaceWithoutAStatusKeepsThePlansStatus() {
        StoredPlan v1 = create("000_d3ad60d258665efa", PlanStatus.VALIDATED, null);

        StoredPlan v2 = repository().replace(v1.id(), 1, v1.plan(), null, "x", null);

        assertThat(v2.status()).isEqualTo(PlanStatus.VALIDATED);
        assertThat(repository().history(v1.id())).extracting(Revision::status)
                .containsExactly(PlanStatus.VALIDATED, PlanStatus.VALIDATED);
    }

    @Test
    void unknownPlansAreNotFound() {
        assertThat(repository().find("no-such-id")).isEmpty();
        assertThat(repository().find("no-such-id", 1)).isEmpty();
        assertThatThrownBy(() -> repository().history("no-such-id")).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> repository().tasks("no-such-id")).isInstanceOf(PlanNotFoundException.class);
        assertThatThrownBy(() -> repository().restore("no-such-id", "x")).isInstanceOf(PlanNotFoundException.class);
    }

    @Test
    void listingFiltersByYearAndStatusAndPages() {
        List<StoredPlan> all = new ArrayList<>();
        for (String seed : SeedText.SEEDS) {
            all.add(create(seed, seed.startsWith("000") ? PlanStatus.ISSUED : PlanStatus.DRAFT, null));
        }

        Page<PlanSummary> every = list(false);
        assertThat(every.total()).isEqualTo(5);
        assertThat(every.items()).extracting(PlanSummary::year).containsExactly(2024, 2024, 2023, 2020, 2018);

        Page<PlanSummary> year2024 = repository().list(new PlanQuery(province, 2024, null, null, false, 0, 50));
        assertThat(year2024.items()).extracting(PlanSummary::title).containsExactlyInAnyOrder(
                Fixtures.plan("001_b902e8c9f1ecfedd").summary(), Fixtures.plan("004_a5c35aef69c6ea26").summary());

        Page<PlanSummary> issued = repository().list(new PlanQuery(province, null, PlanStatus.ISSUED, null, false, 0, 50));
        assertThat(issued.items()).extracting(PlanSummary::id).containsExactly(all.get(0).id());
        assertThat(issued.items().get(0).number()).isEqualTo("08/KH-TDMNPB");

        Page<PlanSummary> second = repository().list(new PlanQuery(province, null, null, null, false, 2, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).isEqualTo(every.items().subList(2, 4));

        assertThat(repository().list(new PlanQuery("no-such-province", null, null, null, false, 0, 50)).total()).isZero();
    }

    @Test
    void listingFiltersByTheKindOfIssuingBody() {
        StoredPlan board = create("003_44668950db2da263", PlanStatus.DRAFT, null);
        Plan seed = Fixtures.plan("004_a5c35aef69c6ea26");
        StoredPlan committee = repository().create(inProvince(PlanBuilder.builder(seed)
                .issuer(new IssuingBody(null, "ỦY BAN NHÂN DÂN TỈNH THỬ", IssuerKind.PEOPLES_COMMITTEE, null)).build()),
                PlanStatus.DRAFT, "tester", null);

        assertThat(repository().list(new PlanQuery(province, null, null, null, false, 0, 50, false, IssuerKind.PEOPLES_COMMITTEE))
                .items()).extracting(PlanSummary::id).containsExactly(committee.id());
        assertThat(repository().list(new PlanQuery(province, null, null, null, false, 0, 50, false, IssuerKind.BOARD))
                .items()).extracting(PlanSummary::id).containsExactly(board.id());
        assertThat(repository().list(new PlanQuery(province, null, null, null, false, 0, 50, false, IssuerKind.BLOC)).total())
                .isZero();
        assertThat(list(false).total()).isEqualTo(2);
        // A replacement that changes the letterhead moves the plan to the other issuer's listing.
        repository().replace(committee.id(), committee.version(), PlanBuilder.builder(committee.plan())
                .issuer(new IssuingBody(null, "Sở Nội vụ", IssuerKind.DEPARTMENT, null)).build(), null, "tester", null);
        assertThat(repository().list(new PlanQuery(province, null, null, null, false, 0, 50, false, IssuerKind.DEPARTMENT))
                .items()).extracting(PlanSummary::id).containsExactly(committee.id());
    }

    @Test
    void aProvinceListsWithThePlansAndTasksOfTheProvincesItAbsorbedOnlyWhenAsked() {
        StoredPlan own = create("003_44668950db2da263", PlanStatus.VALIDATED, null);
        StoredPlan absorbed = repository().create(PlanBuilder.builder(Fixtures.plan("004_a5c35aef69c6ea26"))
                .province(new Province(province + "-ante", "Thử Trước")).build(), PlanStatus.VALIDATED, "tester", null);

        assertThat(list(false).items()).extracting(PlanSummary::id).containsExactly(own.id());
        Page<PlanSummary> lineage = repository().list(new PlanQuery(province, null, null, null, false, 0, 50, true));
        assertThat(lineage.total()).isEqualTo(2);
        assertThat(lineage.items()).extracting(PlanSummary::id).containsExactlyInAnyOrder(own.id(), absorbed.id());
        // The absorbed province's own listing does not reach forward to its successor.
        assertThat(repository().list(new PlanQuery(province + "-ante", null, null, null, false, 0, 50, true)).items())
                .extracting(PlanSummary::id).containsExactly(absorbed.id());

        assertThat(repository().tasks(new TaskQuery(province, null, null, null, 0, 500)).items())
                .allMatch(t -> t.planId().equals(own.id()));
        assertThat(repository().tasks(new TaskQuery(province, null, null, null, 0, 500, true)).items())
                .extracting(TrackedTask::planId).containsOnly(own.id(), absorbed.id()).contains(absorbed.id());
    }

    @Test
    void aPlanOfAnUnknownProvinceIsRefusedWithTheClosestNamesAndNothingIsStored() {
        Plan typo = PlanBuilder.builder(Fixtures.plan("003_44668950db2da263")).province(new Province("gia-lia", "Gia Lai"))
                .build();
        assertThatThrownBy(() -> repository().create(typo, PlanStatus.DRAFT, "x", null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("/province/code");
                    assertThat(e.getMessage()).contains("Unknown province 'gia-lia'").contains("Gia Lai (gia-lai)");
                });
        StoredPlan stored = create("003_44668950db2da263", PlanStatus.DRAFT, null);
        assertThatThrownBy(() -> repository().replace(stored.id(), 1, typo, null, "x", null))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(repository().find(stored.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(repository().list(new PlanQuery("gia-lia", null, null, null, false, 0, 50)).total()).isZero();
    }

    @Test
    void aDraftNumberIsListedAsWritten() {
        StoredPlan draft = create("001_b902e8c9f1ecfedd", PlanStatus.DRAFT, null);
        assertThat(list(false).items()).extracting(PlanSummary::number).containsExactly("/KH-KCN");
        assertThat(draft.plan().number().isDraft()).isTrue();
    }

    /** "ke hoach" finds "kế hoạch": every plan whose title or tasks say it, whatever the case and marks. */
    @Test
    void searchIgnoresCaseAndDiacritics() {
        List<StoredPlan> all = new ArrayList<>();
        for (String seed : SeedText.SEEDS) {
            all.add(create(seed, PlanStatus.DRAFT, null));
        }
        List<String> saying = all.stream()
                .filter(p -> says(p.plan(), "kế hoạch"))
                .map(StoredPlan::id).toList();
        assertThat(saying).isNotEmpty().hasSizeLessThan(5);

        for (String query : List.of("ke hoach", "KE HOACH", "kế hoạch", "Kế  Hoạch!")) {
            assertThat(search(query)).as(query).containsExactlyInAnyOrderElementsOf(saying);
        }
        // Every word of the query, anywhere in the title or a task: the themed plan by its title, and the
        // plans whose typed tasks hold both words too ("chuyển đổi", "đề nghị").
        assertThat(search("chuyen de")).as("the Hưng Yên themed plan, by its title")
                .contains(all.get(4).id())
                .containsExactlyInAnyOrderElementsOf(all.stream().filter(p -> holdsWords(p.plan(), "chuyen", "de"))
                        .map(StoredPlan::id).toList());
        assertThat(search("qwzx khong co tu nay")).as("a word no plan holds").isEmpty();
        assertThat(search("100%")).as("LIKE wildcards in a query are taken literally").isEmpty();
    }

    /** Whether the title or a task holds each word, case and diacritics aside (đ as d). */
    private static boolean holdsWords(Plan plan, String... words) {
        StringBuilder text = new StringBuilder(plan.summary());
        plan.tasks().forEach(t -> text.append(' ').append(t.content()));
        String folded = Normalizer.normalize(text.toString().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(words).allMatch(folded::contains);
    }

    private static boolean says(Plan plan, String words) {
        return plan.summary().toLowerCase(Locale.ROOT).contains(words)
                || plan.tasks().stream().anyMatch(t -> t.content().toLowerCase(Locale.ROOT).contains(words));
    }

    private List<String> search(String text) {
        return repository().list(new PlanQuery(province, null, null, text, false, 0, 50)).items().stream()
                .map(PlanSummary::id).toList();
    }

    @Test
    void tasksAreNumberedInReadingOrderWithTheirDeadlines() {
        StoredPlan gialai = create("003_44668950db2da263", PlanStatus.VALIDATED, null);
        List<Task> planTasks = gialai.plan().tasks();

        List<TrackedTask> tasks = repository().tasks(gialai.id());

        assertThat(tasks).extracting(TrackedTask::content)
                .containsExactlyElementsOf(planTasks.stream().map(Task::content).toList());
        assertThat(tasks).extracting(TrackedTask::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, planTasks.size()).boxed().toList());
        for (TrackedTask task : tasks) {
            Task inPlan = planTasks.get(task.number() - 1);
            assertThat(task.deadline()).isEqualTo(PlanTasks.deadline(inPlan.timing()));
            assertThat(task.status()).isEqualTo(TaskStatus.NOT_STARTED);
            assertThat(task.provinceCode()).isEqualTo(province);
            assertThat(task.year()).isEqualTo(2023);
            assertThat(task.pointer()).matches("(/sections/\\d+/blocks/\\d+)(/blocks/\\d+)*/tasks/\\d+");
        }
        assertThat(tasks).filteredOn(TrackedTask::late).as("on 1 June 2024 every dated 2023 task is late")
                .hasSize((int) tasks.stream().filter(t -> t.deadline() != null).count());
    }

    @Test
    void aTaskIsDoneWithoutTouchingThePlan() {
        StoredPlan plan = create("003_44668950db2da263", PlanStatus.VALIDATED, null);
        // the first task with a deadline (1.1., after the five standing tasks of I. NHIỆM VỤ CHUNG)
        TrackedTask first = repository().tasks(plan.id()).stream().filter(t -> t.deadline() != null).findFirst()
                .orElseThrow();
        int number = first.number();
        assertThat(first.late()).isTrue();

        TrackedTask done = repository().updateTask(plan.id(), number, TaskStatus.DONE, LocalDate.of(2023, 3, 1), "cán bộ");

        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(done.late()).isFalse();
        assertThat(repository().tasks(plan.id()).get(number - 1)).isEqualTo(done);
        assertThat(repository().find(plan.id()).orElseThrow()).isEqualTo(plan);
        assertThat(repository().history(plan.id())).hasSize(1);

        TrackedTask reopened = repository().updateTask(plan.id(), number, TaskStatus.IN_PROGRESS, null, "cán bộ");
        assertThat(reopened.completedOn()).isNull();
        assertThat(reopened.late()).isTrue();
    }

    @Test
    void aTaskIsLateOnlyAfterItsDeadline() {
        StoredPlan plan = create("003_44668950db2da263", PlanStatus.VALIDATED, null);
        TrackedTask dated = repository().tasks(plan.id()).stream().filter(t -> t.deadline() != null).findFirst()
                .orElseThrow();
        LocalDate deadline = dated.deadline();

        // 23:59 in Vietnam on the deadline is still in time; 00:00 the next day is late.
        CLOCK.set(deadline.atTime(23, 59).toInstant(java.time.ZoneOffset.ofHours(7)));
        assertThat(repository().tasks(plan.id()).get(dated.number() - 1).late()).isFalse();
        CLOCK.set(deadline.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(7)));
        assertThat(repository().tasks(plan.id()).get(dated.number() - 1).late()).isTrue();
    }

    @Test
    void taskUpdatesNameTheFieldTheyRefuse() {
        StoredPlan plan = create("004_a5c35aef69c6ea26", PlanStatus.VALIDATED, null);
        assertField(() -> repository().updateTask(plan.id(), 1, TaskStatus.DONE, null, "x"), "completedOn");
        assertField(() -> repository().updateTask(plan.id(), 1, TaskStatus.IN_PROGRESS, LocalDate.of(2024, 1, 2), "x"),
                "completedOn");
        assertField(() -> repository().updateTask(plan.id(), 1, TaskStatus.DONE, LocalDate.of(2024, 6, 2), "x"),
                "completedOn");
        assertField(() -> repository().updateTask(plan.id(), 1, null, null, "x"), "status");
        int count = plan.plan().tasks().size();
        assertThatThrownBy(() -> repository().updateTask(plan.id(), count + 1, TaskStatus.IN_PROGRESS, null, "x"))
                .isInstanceOf(PlanNotFoundException.class).hasMessageContaining("1 to " + count);
        assertThat(repository().tasks(plan.id())).allMatch(t -> t.status() == TaskStatus.NOT_STARTED);
    }

    @Test
    void tasksAcrossPlansByDeadlineAndLateness() {
        StoredPlan gialai = create("003_44668950db2da263", PlanStatus.VALIDATED, null);
        StoredPlan hungyen = create("004_a5c35aef69c6ea26", PlanStatus.VALIDATED, null);
        repository().updateTask(gialai.id(), 1, TaskStatus.DONE, LocalDate.of(2023, 3, 1), "x");
        List<TrackedTask> every = new ArrayList<>(repository().tasks(gialai.id()));
        every.addAll(repository().tasks(hungyen.id()));

        Page<TrackedTask> all = repository().tasks(new TaskQuery(province, null, null, null, 0, 500));
        assertThat(all.total()).isEqualTo(every.size());
        assertThat(all.items()).containsExactlyInAnyOrderElementsOf(every);
        List<LocalDate> deadlines = all.items().stream().map(TrackedTask::deadline).filter(d -> d != null).toList();
        assertThat(deadlines).isSorted();
        assertThat(all.items().subList(deadlines.size(), all.items().size())).allMatch(t -> t.deadline() == null);

        Page<TrackedTask> late = repository().tasks(new TaskQuery(province, null, null, true, 0, 500));
        assertThat(late.items()).containsExactlyInAnyOrderElementsOf(every.stream().filter(TrackedTask::late).toList());
        Page<TrackedTask> notLate = repository().tasks(new TaskQuery(province, null, null, false, 0, 500));
        assertThat(late.total() + notLate.total()).isEqualTo(every.size());

        LocalDate cut = LocalDate.of(2023, 6, 30);
        assertThat(repository().tasks(new TaskQuery(province, cut, null, null, 0, 500)).items())
                .containsExactlyInAnyOrderElementsOf(
                        every.stream().filter(t -> t.deadline() != null && !t.deadline().isAfter(cut)).toList());
        assertThat(repository().tasks(new TaskQuery(province, null, TaskStatus.DONE, null, 0, 500)).items())
                .extracting(TrackedTask::planId, TrackedTask::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(gialai.id(), 1));

        repository().delete(hungyen.id(), 1, "x");
        assertThat(repository().tasks(new TaskQuery(province, null, null, null, 0, 500)).items())
                .allMatch(t -> t.planId().equals(gialai.id()));
    }

    @Test
    void replacingAPlanKeepsTheProgressOfTasksThatKeepTheirNumber() {
        StoredPlan plan = create("003_44668950db2da263", PlanStatus.VALIDATED, null);
        repository().updateTask(plan.id(), 2, TaskStatus.IN_PROGRESS, null, "x");

        repository().replace(plan.id(), 1, plan.plan(), PlanStatus.VALIDATED, "x", null);

        assertThat(repository().tasks(plan.id()).get(1).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(repository().tasks(plan.id())).hasSize(plan.plan().tasks().size());
    }

    @Test
    void badRequestsNameTheirFieldAndStoreNothing() {
        Plan plan = inProvince(Fixtures.plan("000_d3ad60d258665efa"));
        assertField(() -> repository().create(null, PlanStatus.DRAFT, "x", null), "plan");
        assertField(() -> repository().create(plan, null, "x", null), "status");
        assertField(() -> repository().create(plan, PlanStatus.DRAFT, "x".repeat(201), null), "user");
        assertField(() -> repository().create(plan, PlanStatus.DRAFT, "x", "p".repeat(201)), "rulePackId");
        assertThat(list(false).total()).isZero();
    }

    @Test
    void aBlankUserIsRecordedAsUnknown() {
        StoredPlan created = repository().create(inProvince(Fixtures.plan("000_d3ad60d258665efa")), PlanStatus.DRAFT,
                " ", null);
        assertThat(created.createdBy()).isEqualTo(Checks.UNKNOWN_USER);
    }

    @Test
    void aStatusTheRulesRefuseIsRefusedWithTheFindingsAndStoresNothing() {
        Plan marked = inProvince(PlanBuilder.builder(Fixtures.plan("000_d3ad60d258665efa"))
                .summary(TestRulePacks.MARKED_WITH_AN_ERROR + " kế hoạch").build());

        assertThatThrownBy(() -> repository().create(marked, PlanStatus.VALIDATED, "x", null))
                .isInstanceOfSatisfying(PlanNotValidException.class, e -> {
                    assertThat(e.status()).isEqualTo(PlanStatus.VALIDATED);
                    assertThat(e.rulePackId()).isEqualTo(pack());
                    assertThat(e.findings()).extracting(RuleFinding::ruleId, RuleFinding::pointer)
                            .as("errors only: the pack's warning refuses nothing").containsExactly(tuple("summary-marked", "/summary"));
                });
        assertThat(list(false).total()).isZero();

        StoredPlan draft = repository().create(marked, PlanStatus.DRAFT, "x", null);
        assertThatThrownBy(() -> repository().replace(draft.id(), 1, marked, PlanStatus.VALIDATED, "x", null))
                .isInstanceOf(PlanNotValidException.class);
        assertThat(repository().find(draft.id()).orElseThrow()).isEqualTo(draft);
        assertThat(repository().history(draft.id())).hasSize(1);
    }

    /** The pack finds nothing wrong with a seed whose number is blank and whose date has no day: ISSUED still needs both. */
    @Test
    void anIssuedPlanNeedsItsNumberAndItsIssueDate() {
        assertThatThrownBy(() -> create("001_b902e8c9f1ecfedd", PlanStatus.ISSUED, null))
                .isInstanceOfSatisfying(PlanNotValidException.class, e -> assertThat(e.findings())
                        .extracting(RuleFinding::ruleId, RuleFinding::pointer)
                        .containsExactly(tuple(RuleFinding.ISSUED_NEEDS_NUMBER, "/number"),
                                tuple(RuleFinding.ISSUED_NEEDS_DATE, "/dateLine/date")));
        assertThatThrownBy(() -> create("002_d4688f34a2318412", PlanStatus.ISSUED, null))
                .isInstanceOfSatisfying(PlanNotValidException.class, e -> assertThat(e.findings())
                        .extracting(RuleFinding::pointer).containsExactly("/number", "/dateLine"));
        assertThat(list(false).total()).isZero();

        StoredPlan issued = create("000_d3ad60d258665efa", PlanStatus.ISSUED, null);
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.rulePackId()).isEqualTo(pack());
    }

    @Test
    void theRecordedPackIsTheOneThatValidatedThePlan() {
        assertField(() -> create("000_d3ad60d258665efa", PlanStatus.VALIDATED, "another@1.0.0"), "rulePackId");
        assertThat(list(false).total()).isZero();

        StoredPlan drafted = create("000_d3ad60d258665efa", PlanStatus.DRAFT, "drafted-from@2.0.0");
        assertThat(drafted.rulePackId()).as("a draft keeps the pack it was drafted from").isEqualTo("drafted-from@2.0.0");
        StoredPlan validated = repository().replace(drafted.id(), 1, drafted.plan(), PlanStatus.VALIDATED, "x", null);
        assertThat(validated.rulePackId()).isEqualTo(pack());
    }

    /** The id of the test pack in force for this test's province. */
    String pack() {
        return TestRulePacks.packOf(province);
    }

    private static void assertField(Runnable request, String field) {
        assertThatThrownBy(request::run).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    StoredPlan create(String seed, PlanStatus status, String rulePackId) {
        return repository().create(inProvince(Fixtures.plan(seed)), status, "tester", rulePackId);
    }

    Plan inProvince(Plan plan) {
        return PlanBuilder.builder(plan).province(new Province(province, plan.province().name())).build();
    }

    Page<PlanSummary> list(boolean deleted) {
        return repository().list(new PlanQuery(province, null, null, null, deleted, 0, 50));
    }

    private static String letters(int n) {
        return ThreadLocalRandom.current().ints(n, 'a', 'z' + 1)
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }
}
