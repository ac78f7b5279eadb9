package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.pack;
import static vn.thidua.rules.internal.check.RuleHarness.rule;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.DateLineBuilder;
import vn.thidua.plan.IssuingBody;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.Finding;
import vn.thidua.rules.Severity;
import vn.thidua.rules.internal.PlanEdit;

/** {@code issuer} and {@code place-name}: who issues the plan, and where. */
class IssuerRulesTest {

    private static final Plan GIA_LAI = Fixtures.plan("003_44668950db2da263");

    private final CompiledRule issuer = rule("gia-lai-2023", "issuer");
    private final CompiledRule place = rule("gia-lai-2023", "place-name");

    private static Plan issuedBy(String parent, String agency) {
        return PlanEdit.plan(GIA_LAI, b -> b.issuer(new IssuingBody(parent, agency)));
    }

    private static Plan placed(Plan plan, String name) {
        return PlanEdit.plan(plan, b -> b.dateLine(DateLineBuilder.builder(plan.dateLine()).place(name).text(null).build()));
    }

    @Test
    void silentOnTheProvincesOwnBoard() {
        assertThat(check(issuer, GIA_LAI)).isEmpty();
        assertThat(check(place, GIA_LAI)).isEmpty();
    }

    @Test
    void anotherAgencyIsFound() {
        Plan plan = issuedBy("UBND TỈNH GIA LAI", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP");

        assertOne(check(issuer, plan), plan, "issuer", "/issuer/agency", "“BAN QUẢN LÝ KHU KINH TẾ”",
                "“BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP”");
    }

    @Test
    void anotherParentIsFound() {
        Plan plan = issuedBy("UBND TỈNH KON TUM", "BAN QUẢN LÝ KHU KINH TẾ");

        assertOne(check(issuer, plan), plan, "issuer", "/issuer/parent", "“UBND TỈNH GIA LAI”", "“UBND TỈNH KON TUM”");
    }

    @Test
    void aMissingParentIsFoundUnlessTheRuleWaivesIt() {
        Plan plan = issuedBy(null, "BAN QUẢN LÝ KHU KINH TẾ");

        assertOne(check(issuer, plan), plan, "issuer", "/issuer/parent", "“UBND TỈNH GIA LAI”", "(không có)");
        assertThat(check(rule("gia-lai-2023", "issuer", "{parentRequired: false}"), plan)).isEmpty();
    }

    @Test
    void namesCompareWithoutCaseOrTrailingPunctuation() {
        assertThat(check(issuer, issuedBy("UBND tỉnh Gia Lai", "Ban Quản lý Khu kinh tế."))).isEmpty();
    }

    @Test
    void aBlocPlanIsIssuedUnderTheBlocsName() {
        Plan bloc = Fixtures.plan("000_d3ad60d258665efa");

        assertThat(bloc.issuer().parent()).isNull();
        assertThat(check(rule("bac-giang-2018", "issuer", "{parentRequired: false}"), bloc)).isEmpty();
    }

    @Test
    void anotherPlaceIsFound() {
        Plan plan = placed(GIA_LAI, "Kon Tum");

        assertOne(check(place, plan), plan, "place-name", "/dateLine/place", "“Gia Lai”", "“Kon Tum”");
    }

    @Test
    void aPlaceWithoutItsDiacriticsIsFoundWithTheSeverityThePackGives() {
        Plan hungYen = Fixtures.plan("004_a5c35aef69c6ea26");
        CompiledRule warning = rule(pack("hung-yen-2024"), "place-name", "place-name", Severity.WARNING, null, List.of());

        List<Finding> findings = check(warning, hungYen);

        assertOne(findings, hungYen, "place-name", "/dateLine/place", "“Hưng Yên”", "“Hung Yên”");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(check(warning, placed(hungYen, "Hưng Yên"))).isEmpty();
    }

    @Test
    void aPlanWithoutDateLineHasNoPlaceToCheck() {
        assertThat(check(place, PlanEdit.plan(GIA_LAI, b -> b.dateLine(null)))).isEmpty();
    }
}
