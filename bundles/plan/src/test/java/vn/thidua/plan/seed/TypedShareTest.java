package vn.thidua.plan.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thidua.plan.Plan;
import vn.thidua.plan.text.ReadingOrder;

/** The typed-share report accounts for every word of the reading order, once. */
class TypedShareTest {

    static Stream<String> fixtures() {
        return TypedShareReport.fixtures().stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void typedFrameAndUntypedWordsAddUpToTheReadingOrder(String fixture) {
        Plan plan = Fixtures.plan(fixture);
        TypedShare share = TypedShare.of(plan);
        assertThat(share.totalWords()).as("words of %s counted by the report", fixture)
                .isEqualTo(TypedShare.words(ReadingOrder.render(plan)));
    }

    @Test
    void everyKindOfSchema2ElementIsCountedOnce() {
        Plan plan = Fixtures.everyElement();
        TypedShare share = TypedShare.of(plan);
        assertThat(share.totalWords()).isEqualTo(TypedShare.words(ReadingOrder.render(plan)));
        for (TypedShare.Kind kind : List.of(TypedShare.Kind.ASSIGNMENT, TypedShare.Kind.AWARD, TypedShare.Kind.CRITERION,
                TypedShare.Kind.PARTICIPANT, TypedShare.Kind.PRINCIPLE, TypedShare.Kind.SCORE_ROW)) {
            assertThat(share.counts().get(kind)).as("%s of the every-element plan", kind).isPositive();
        }
    }

    @Test
    void wordsAreRunsWithALetterOrDigit() {
        assertThat(TypedShare.words("- Căn cứ Luật số 06/2022/QH15 ; ;")).isEqualTo(5);
        assertThat(TypedShare.words(" \t- + ")).isZero();
        assertThat(TypedShare.words(null)).isZero();
    }
}
