package vn.thidua.plan.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thidua.plan.Phase;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Target;
import vn.thidua.plan.Task;
import vn.thidua.plan.Timing;
import vn.thidua.plan.text.ReadingOrder;
import vn.thidua.plan.text.TimingParser;
import vn.thidua.plan.text.VietnameseNumbers;

/**
 * Each hand-encoded fixture against the text of its seed: the same words in the same order, the
 * same numbers of tasks, targets, phases, legal bases and recipients, and parsed values that agree
 * with their own wording.
 */
class FixtureAgainstSeedTest {

    static Stream<String> seeds() {
        return SeedText.SEEDS.stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySentenceOfTheSeedStandsInTheFixtureInOrder(String seed) {
        String rendered = SeedText.collapse(String.join("\n", ReadingOrder.lines(Fixtures.plan(seed), false)));
        assertThat(missingInOrder(SeedText.sentences(SeedText.clean(seed)), rendered))
                .as("sentences of seed %s missing from (or out of order in) the fixture's reading-order text", seed)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySentenceOfTheFixtureStandsInTheSeedInOrder(String seed) {
        String seedText = SeedText.collapse(SeedText.clean(seed));
        List<String> rendered = SeedText.sentences(String.join("\n", ReadingOrder.lines(Fixtures.plan(seed), false)));
        assertThat(missingInOrder(rendered, seedText))
                .as("sentences of fixture %s that the seed does not have (or has in another order)", seed)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void countsMatchTheSeed(String seed) {
        Plan plan = Fixtures.plan(seed);
        SeedCounts fromSeed = SeedCounts.of(seed);
        SeedCounts fromFixture = new SeedCounts(plan.tasks().size(), plan.targets().size(), plan.phases().size(),
                plan.legalBases().size(), plan.recipients() == null ? 0 : plan.recipients().all().size());
        assertThat(fromFixture).as("counts of %s (tasks, targets, phases, legal bases, recipients)", seed)
                .isEqualTo(fromSeed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void timesAgreeWithTheirWording(String seed) {
        Plan plan = Fixtures.plan(seed);
        SoftAssertions soft = new SoftAssertions();
        for (Task task : plan.tasks()) {
            if (task.timing() != null) {
                checkTiming(soft, "task " + task.ordinal() + " of " + seed, task.timing(), plan.year());
            }
        }
        for (Phase phase : plan.phases()) {
            checkTiming(soft, "phase " + phase.name() + " of " + seed, phase.period(), plan.year());
            phase.anniversaries().forEach(a -> {
                if (a.dateText() != null) {
                    soft.assertThat(a.dateText()).as("date of %s in %s", a.name(), phase.name())
                            .matches("0?" + a.day() + "/0?" + a.month() + "(/\\d{4})?");
                }
                soft.assertThat(phase.text()).as("anniversary named in phase text").contains(a.name());
            });
        }
        soft.assertAll();
    }

    private static void checkTiming(SoftAssertions soft, String what, Timing timing, int year) {
        Timing parsed = TimingParser.parse(timing.label(), timing.text(), year);
        Timing expected = timing;
        if (timing.correction() != null) {
            // The text is kept as written; the fixture holds the date the text means.
            expected = switch (timing.correction().field()) {
                case "from" -> new Timing(timing.label(), timing.text(), timing.kind(),
                        timing.correction().asWritten(), timing.to(), timing.quarter(), timing.tentative(), null);
                default -> new Timing(timing.label(), timing.text(), timing.kind(), timing.from(),
                        timing.correction().asWritten(), timing.quarter(), timing.tentative(), null);
            };
        }
        soft.assertThat(parsed).as("timing of %s parsed from '%s'", what, timing.text()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void quantitiesAgreeWithTheirWording(String seed) {
        Plan plan = Fixtures.plan(seed);
        SoftAssertions soft = new SoftAssertions();
        for (Target target : plan.targets()) {
            if (target.quantity() != null) {
                var q = target.quantity();
                soft.assertThat(VietnameseNumbers.parse(q.valueText())).as("value of '%s'", target.text())
                        .isEqualByComparingTo(q.value());
                soft.assertThat(target.text()).as("target wording").contains(q.valueText()).contains(q.unit());
                if (q.text() != null) {
                    soft.assertThat(target.text()).contains(q.text());
                }
            }
            if (target.growth() != null) {
                var g = target.growth();
                soft.assertThat(VietnameseNumbers.parse(g.percentText())).isEqualByComparingTo(g.percent());
                soft.assertThat(target.text()).contains(g.text()).contains(Integer.toString(g.baseYear()));
            }
            target.awards().forEach(a -> soft.assertThat(target.text()).as("award wording").contains(a.text()));
        }
        plan.legalBases().forEach(b -> {
            if (b.number() != null) {
                soft.assertThat(b.text()).as("legal basis cites its number").contains(b.number());
            }
        });
        if (plan.theme() != null) {
            soft.assertThat(ReadingOrder.render(plan)).as("theme stands in the text").contains(plan.theme());
        }
        soft.assertAll();
    }

    @Test
    void theSentenceCheckCatchesADroppedSentenceAChangedWordAndAMove() {
        String seed = SeedText.clean("004_a5c35aef69c6ea26");
        List<String> sentences = SeedText.sentences(seed);
        String rendered = SeedText.collapse(String.join("\n", ReadingOrder.lines(Fixtures.plan("004_a5c35aef69c6ea26"), false)));
        assertThat(missingInOrder(sentences, rendered)).isEmpty();

        String dropped = rendered.replace("- Đơn vị phối hợp: Văn phòng Ban. - Thời gian hoàn thành: trước ngày 20/3/2024.",
                "- Đơn vị phối hợp: Văn phòng Ban.");
        assertThat(dropped).isNotEqualTo(rendered);
        assertThat(missingInOrder(sentences, dropped)).first().isEqualTo("trước ngày 20/3/2024.");

        String changed = rendered.replace("Vũ Quốc Nghị", "Vu Quoc Nghi");
        assertThat(missingInOrder(sentences, changed)).singleElement().asString().endsWith("Vũ Quốc Nghị");

        String moved = rendered.replace("PHÓ TRƯỞNG BAN PHỤ TRÁCH Vũ Quốc Nghị", "Vũ Quốc Nghị PHÓ TRƯỞNG BAN PHỤ TRÁCH");
        assertThat(missingInOrder(sentences, moved)).singleElement().asString().contains("PHÓ TRƯỞNG BAN PHỤ TRÁCH");
    }

    /** The sentences not found in the text after the previous sentence's place. */
    static List<String> missingInOrder(List<String> sentences, String text) {
        List<String> missing = new ArrayList<>();
        int cursor = 0;
        for (String sentence : sentences) {
            int at = text.indexOf(sentence, cursor);
            if (at < 0) {
                missing.add(text.contains(sentence) ? "[out of order] " + sentence : sentence);
            } else {
                cursor = at + sentence.length();
            }
        }
        return missing;
    }
}
