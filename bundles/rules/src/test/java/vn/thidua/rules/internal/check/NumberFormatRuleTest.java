package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.thidua.plan.DocumentNumber;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.internal.PlanEdit;
import vn.thidua.rules.internal.descriptor.DescriptorException;

class NumberFormatRuleTest {

    /** Bắc Giang 2018: {@code Số: 08/KH-TDMNPB}. */
    private static final Plan REGISTERED = Fixtures.plan("000_d3ad60d258665efa");
    /** Gia Lai 2023: a draft, {@code Số: /KH-BQLKKT}. */
    private static final Plan DRAFT = Fixtures.plan("003_44668950db2da263");

    private final CompiledRule bacGiang = rule("bac-giang-2018", "number-format");
    private final CompiledRule giaLai = rule("gia-lai-2023", "number-format");

    private static Plan numbered(Plan plan, String number, String symbol) {
        return PlanEdit.plan(plan, b -> b.number(new DocumentNumber(number, symbol, null)));
    }

    @Test
    void silentOnARegisteredNumberAndOnADraft() {
        assertThat(check(bacGiang, REGISTERED)).isEmpty();
        assertThat(check(giaLai, DRAFT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8", "008", "08a", "0", "O8"})
    void aNumberNotWrittenTheDecreeWayIsFound(String number) {
        Plan plan = numbered(REGISTERED, number, "KH-TDMNPB");

        assertOne(check(bacGiang, plan), plan, "number-format", "/number/number", "0[1-9]|[1-9][0-9]+", "“" + number + "”");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "09", "10", "125"})
    void numbersFromTheSecondDigitOnPass(String number) {
        assertThat(check(bacGiang, numbered(REGISTERED, number, "KH-TDMNPB"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"KH BQLKKT", "kh-bqlkkt", "KH-", "KHBQLKKT", "KH–BQLKKT"})
    void aMalformedSymbolIsFound(String symbol) {
        Plan plan = numbered(DRAFT, null, symbol);

        assertOne(check(giaLai, plan), plan, "number-format", "/number/symbol", "“KH-BQLKKT”", "“" + symbol + "”");
    }

    @Test
    void anotherAgencysSymbolIsFound() {
        Plan plan = numbered(DRAFT, null, "KH-KCN");

        assertOne(check(giaLai, plan), plan, "number-format", "/number/symbol", "“KH-BQLKKT”", "“KH-KCN”");
    }

    @Test
    void anyOfThePacksSymbolsPasses() {
        assertThat(check(rule("bac-giang-2024", "number-format"), numbered(REGISTERED, "08", "KH-KCN"))).isEmpty();
    }

    @Test
    void aMissingNumberIsFoundUnlessNotRequired() {
        Plan plan = PlanEdit.plan(DRAFT, b -> b.number(null));

        assertOne(check(giaLai, plan), plan, "number-format", "/number", "/KH-BQLKKT", "(không có)");
        assertThat(check(rule("gia-lai-2023", "number-format", "{required: false}"), plan)).isEmpty();
    }

    @Test
    void aDraftIsFoundWhenDraftsAreNotAllowed() {
        assertOne(check(rule("gia-lai-2023", "number-format", "{allowDraft: false}"), DRAFT), DRAFT, "number-format",
                "/number/number", "số đã đăng ký", "số để trống");
    }

    @Test
    void theNumberPatternIsAParameter() {
        CompiledRule anyDigits = rule("bac-giang-2018", "number-format", "{numberPattern: '[0-9]+'}");

        assertThat(check(anyDigits, numbered(REGISTERED, "8", "KH-TDMNPB"))).isEmpty();
        assertThatThrownBy(() -> rule("bac-giang-2018", "number-format", "{numberPattern: '[0-9'}"))
                .isInstanceOf(DescriptorException.class).hasMessageContaining("/rules/0/parameters/numberPattern")
                .hasMessageContaining("not a regular expression");
    }
}
