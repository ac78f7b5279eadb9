package vn.thidua.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.rules.internal.check.RuleHarness.assertFinding;
import static vn.thidua.rules.internal.check.RuleHarness.assertOne;
import static vn.thidua.rules.internal.check.RuleHarness.check;
import static vn.thidua.rules.internal.check.RuleHarness.rule;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Authority;
import vn.thidua.plan.AuthorityPrefix;
import vn.thidua.plan.Plan;
import vn.thidua.plan.Recipient;
import vn.thidua.plan.RecipientRole;
import vn.thidua.plan.SignatureBuilder;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.rules.Finding;
import vn.thidua.rules.internal.PlanEdit;

/** {@code signer-title} and {@code recipients-archive}: the end of the document. */
class SignatureAndRecipientsRulesTest {

    /** Gia Lai 2023: signed TRƯỞNG BAN; eight recipients ending "Lưu: VT, VP.". */
    private static final Plan GIA_LAI = Fixtures.plan("003_44668950db2da263");

    private final CompiledRule signer = rule("gia-lai-2023", "signer-title", "{authorityFor: {PHÓ TRƯỞNG BAN: KT}}");
    private final CompiledRule archive = rule("gia-lai-2023", "recipients-archive");

    private static Plan signedBy(String position, Authority... authorities) {
        return PlanEdit.plan(GIA_LAI, b -> b.signature(SignatureBuilder.builder(GIA_LAI.signature()).position(position)
                .authorities(List.of(authorities)).build()));
    }

    private static Plan recipients(java.util.function.UnaryOperator<List<Recipient>> edit) {
        return PlanEdit.<Recipient>list(GIA_LAI, "/recipients/entries", edit);
    }

    @Test
    void silentOnTheHeadOfTheBoard() {
        assertThat(check(signer, GIA_LAI)).isEmpty();
        assertThat(check(signer, signedBy("Trưởng ban"))).isEmpty();
    }

    @Test
    void aTitleThePackDoesNotAllowIsFound() {
        Plan plan = signedBy("GIÁM ĐỐC");

        assertOne(check(signer, plan), plan, "signer-title", "/signature/position", "“TRƯỞNG BAN” hoặc “PHÓ TRƯỞNG BAN”",
                "“GIÁM ĐỐC”");
    }

    @Test
    void aDeputySignsForTheHead() {
        Plan unsigned = signedBy("PHÓ TRƯỞNG BAN");

        assertOne(check(signer, unsigned), unsigned, "signer-title", "/signature/authorities", "“KT.” trước chức vụ",
                "không có quyền hạn ký");
        assertThat(check(signer, signedBy("PHÓ TRƯỞNG BAN", new Authority(AuthorityPrefix.KT, "KT.", "TRƯỞNG BAN"))))
                .isEmpty();
    }

    @Test
    void aDeputyInChargeSignsInHisOwnNameWhereThePackSaysSo() {
        Plan hungYen = Fixtures.plan("004_a5c35aef69c6ea26");

        assertThat(hungYen.signature().position()).isEqualTo("PHÓ TRƯỞNG BAN PHỤ TRÁCH");
        assertThat(check(rule("hung-yen-2024", "signer-title", "{authorityFor: {PHÓ TRƯỞNG BAN: KT}}"), hungYen)).isEmpty();
        assertThat(check(signer, hungYen)).singleElement().extracting(Finding::pointer).isEqualTo("/signature/position");
    }

    @Test
    void silentOnRecipientsEndingWithTheArchiveLine() {
        assertThat(check(archive, GIA_LAI)).isEmpty();
    }

    @Test
    void recipientsNotEndingWithTheArchiveLineAreFoundOnTheLastLine() {
        Plan plan = recipients(l -> PlanEdit.swapped(l, 0, l.size() - 1));

        assertOne(check(archive, plan), plan, "recipients-archive", "/recipients/entries/7", "dòng cuối “Lưu: VT, …”",
                "“Ban TĐKT tỉnh;”");
    }

    @Test
    void twoArchiveLinesAreFound() {
        Plan plan = recipients(l -> PlanEdit.inserted(l, 0,
                new Recipient("Lưu: VT.", "Lưu", null, RecipientRole.ARCHIVE, List.of("VT"))));

        assertOne(check(archive, plan), plan, "recipients-archive", "/recipients/entries", "một dòng “Lưu: …”", "2 dòng");
    }

    @Test
    void theArchiveLineNamesTheClerksOffice() {
        Plan plan = recipients(l -> PlanEdit.replaced(l, l.size() - 1,
                new Recipient("Lưu: VP.", "Lưu", null, RecipientRole.ARCHIVE, List.of("VP"))));

        assertOne(check(archive, plan), plan, "recipients-archive", "/recipients/entries/7/archiveHolders", "“VT”", "“VP”");
        List<Finding> both = check(rule("gia-lai-2023", "recipients-archive", "{holders: [VT, TĐ]}"), GIA_LAI);
        assertFinding(both.get(0), GIA_LAI, "recipients-archive", "/recipients/entries/7/archiveHolders", "“TĐ”",
                "“VT”, “VP”");
    }

    @Test
    void aPlanWithoutRecipientsIsFound() {
        Plan plan = PlanEdit.plan(GIA_LAI, b -> b.recipients(null));

        assertOne(check(archive, plan), plan, "recipients-archive", "/recipients", "kết thúc bằng “Lưu: VT, …”",
                "(không có)");
    }
}
