package vn.thidua.benchmarks.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.thidua.plan.Plan;
import vn.thidua.plan.Timing;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.store.PlanStatus;

/** The benchmark's data: valid, the same on every run, varied like an archive of many boards' plans. */
class PlanVariantsTest {

    private static final int COUNT = 2_000;
    private static List<PlanVariants.Variant> variants;

    @BeforeAll
    static void generate() {
        PlanVariants generator = new PlanVariants();
        variants = IntStream.range(0, COUNT).mapToObj(generator::variant).toList();
    }

    @Test
    void theSameIndexGivesTheSameBytesInAnotherGenerator() {
        PlanVariants another = new PlanVariants();
        PlanJson json = new PlanJson();
        for (int i = 0; i < 100; i++) {
            PlanVariants.Variant again = another.variant(i);
            assertThat(json.write(again.plan())).isEqualTo(json.write(variants.get(i).plan()));
            assertThat(again.status()).isEqualTo(variants.get(i).status());
        }
    }

    @Test
    void plansSpreadOverProvincesYearsAndStatuses() {
        assertThat(variants.stream().map(v -> v.plan().province().code()).distinct().count()).isEqualTo(63);
        assertThat(variants.stream().map(v -> v.plan().year()).distinct().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(PlanVariants.FIRST_YEAR, PlanVariants.LAST_YEAR).boxed().toList());
        Map<PlanStatus, Long> statuses = variants.stream().collect(Collectors.groupingBy(PlanVariants.Variant::status,
                Collectors.counting()));
        assertThat(statuses.get(PlanStatus.ISSUED)).isBetween(COUNT * 50L / 100, COUNT * 60L / 100);
        assertThat(statuses.get(PlanStatus.VALIDATED)).isBetween(COUNT * 12L / 100, COUNT * 18L / 100);
        assertThat(statuses.get(PlanStatus.DRAFT)).isBetween(COUNT * 25L / 100, COUNT * 35L / 100);
        assertThat(variants.stream().map(v -> v.plan().summary()).distinct().count()).isGreaterThan(COUNT / 10);
        assertThat(variants.stream().map(v -> v.plan().tasks().stream().map(t -> t.content()).toList()).distinct().count())
                .as("task wordings differ from plan to plan").isGreaterThan(COUNT / 2);
    }

    @Test
    void onlyIssuedPlansHaveARegisteredNumber() {
        for (PlanVariants.Variant variant : variants) {
            boolean registered = variant.plan().number() != null && !variant.plan().number().isDraft();
            assertThat(registered).as(variant.plan().number() + " of a plan " + variant.status())
                    .isEqualTo(variant.status() == PlanStatus.ISSUED);
        }
    }

    @Test
    void theBoardAndItsDatesMoveWithTheProvinceAndYear() {
        for (PlanVariants.Variant variant : variants) {
            Plan plan = variant.plan();
            if (plan.issuer().parent() != null) {
                assertThat(plan.issuer().parent())
                        .isEqualTo("UBND TỈNH " + plan.province().name().toUpperCase(Locale.forLanguageTag("vi")));
            }
            if (plan.dateLine() != null) {
                assertThat(plan.dateLine().date().year()).isBetween(plan.year() - 1, plan.year());
            }
            List<LocalDate> deadlines = plan.tasks().stream().map(t -> t.timing()).filter(Objects::nonNull)
                    .map(Timing::to).filter(Objects::nonNull).toList();
            assertThat(deadlines).allMatch(d -> Math.abs(d.getYear() - plan.year()) <= 1, "within a year of " + plan.year());
        }
    }

    @Test
    void yearsNearTheSeedsMoveAndOlderOnesStay() {
        assertThat(PlanVariants.moveYears("Trước 30/3/2023.", 2023, 2)).isEqualTo("Trước 30/3/2025.");
        assertThat(PlanVariants.moveYears("Nghị định số 91/2017/NĐ-CP", 2023, 2)).isEqualTo("Nghị định số 91/2017/NĐ-CP");
        assertThat(PlanVariants.moveYears("2024-02-29", 2024, 1)).isEqualTo("2025-02-28");
    }

    @Test
    void theRareWordIsInAboutOnePlanInAThousand() {
        Function<PlanVariants.Variant, Boolean> rare = v -> v.plan().summary().contains(PlanVariants.RARE_WORD);
        long count = variants.stream().filter(rare::apply).count();
        assertThat(count).isBetween(1L, 3L * COUNT / PlanVariants.RARE_ONE_IN);
    }
}
