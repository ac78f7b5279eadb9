package vn.thidua.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.plan.DocumentNumber;
import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.LegalBasis;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanBuilder;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.text.ReadingOrder;
import vn.thidua.rules.Finding;
import vn.thidua.rules.IssuerKinds;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.ValidationReport;

/**
 * The packs of the provinces as they are since 1 July 2025: the merged boards of Bắc Ninh, Gia Lai
 * and Hưng Yên, and the People's Committee of Bắc Ninh. Every one drafts its 2026 and 2027 plans with
 * no finding at all, headed by the successor province, dated inside the pack, citing Nghị định
 * 152/2025 and never 98/2023, with no pre-merger issuer in any text.
 */
class SuccessorPacksTest {

    /** Text no plan of a successor pack may carry: the dissolved provinces' issuers and the former TĐKT board. */
    private static final List<String> PRE_MERGER = List.of("UBND TỈNH BẮC GIANG", "UBND tỉnh Bắc Giang", "KCN tỉnh Bắc Giang",
            "UBND TỈNH BÌNH ĐỊNH", "UBND tỉnh Bình Định", "UBND TỈNH THÁI BÌNH", "UBND tỉnh Thái Bình", "Ban TĐKT tỉnh",
            "Ban Thi đua - Khen thưởng tỉnh", "UBND các huyện", "98/2023");

    private static PackCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = ShippedPacks.catalog();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}: drafted by {4}, headed {5}, no finding")
    @CsvSource({
        "bac-ninh, BOARD, YEARLY, 2026, bac-ninh@2025.7.0, UBND TỈNH BẮC NINH, Bắc Ninh",
        "bac-ninh, BOARD, YEARLY, 2027, bac-ninh@2025.7.0, UBND TỈNH BẮC NINH, Bắc Ninh",
        "gia-lai, BOARD, YEARLY, 2026, gia-lai@2025.7.0, UBND TỈNH GIA LAI, Gia Lai",
        "gia-lai, BOARD, YEARLY, 2027, gia-lai@2025.7.0, UBND TỈNH GIA LAI, Gia Lai",
        "hung-yen, BOARD, YEARLY, 2026, hung-yen@2025.7.0, UBND TỈNH HƯNG YÊN, Hưng Yên",
        "hung-yen, BOARD, YEARLY, 2027, hung-yen@2025.7.0, UBND TỈNH HƯNG YÊN, Hưng Yên",
        "hung-yen, BOARD, THEMED, 2027, hung-yen@2025.7.0, UBND TỈNH HƯNG YÊN, Hưng Yên",
        "bac-ninh, PEOPLES_COMMITTEE, YEARLY, 2026, bac-ninh.peoples-committee@2025.7.0, , Bắc Ninh",
        "bac-ninh, PEOPLES_COMMITTEE, YEARLY, 2027, bac-ninh.peoples-committee@2025.7.0, , Bắc Ninh",
        "bac-ninh, PEOPLES_COMMITTEE, CAMPAIGN, 2026, bac-ninh.peoples-committee@2025.7.0, , Bắc Ninh",
        "bac-ninh, PEOPLES_COMMITTEE, CAMPAIGN, 2027, bac-ninh.peoples-committee@2025.7.0, , Bắc Ninh"})
    void successorDraftsValidateWithNoFinding(String province, IssuerKind issuer, PlanKind kind, int year, String packId,
            String parent, String place) {
        LoadedPack pack = catalog.forDraft(province, issuer, kind, year).orElseThrow();
        Plan draft = pack.draft(kind, year);

        ValidationReport report = pack.validate(draft);

        assertThat(pack.info().id()).isEqualTo(packId);
        assertThat(report.findings().stream().map(SuccessorPacksTest::line).collect(Collectors.joining("\n"))).isEmpty();
        assertThat(draft.kind()).isEqualTo(kind);
        assertThat(draft.province().code()).isEqualTo(province);
        assertThat(draft.issuer().parent()).isEqualTo(parent);
        assertThat(draft.dateLine().place()).isEqualTo(place);
        assertThat(IssuerKinds.of(draft)).as("the draft's letterhead names its issuer kind").isEqualTo(issuer);
        LocalDate date = PlanDates.dateOf(draft);
        assertThat(pack.info().covers(issuer, kind, date)).as("dated " + date + " inside the pack").isTrue();
        assertThat(catalog.inForce(province, issuer, kind, date)).as("its date selects its pack").contains(pack);
        assertThat(draft.legalBases()).extracting(LegalBasis::number).contains("06/2022/QH15", "152/2025/NĐ-CP", "41-CT/TW")
                .doesNotContain("98/2023/NĐ-CP");
        String text = ReadingOrder.render(draft) + new PlanJson().write(draft);
        assertThat(PRE_MERGER).allSatisfy(old -> assertThat(text).as("no pre-merger issuer").doesNotContain(old));
        assertThat(text).as("every placeholder filled in").doesNotContain("{year");
        assertThat(pack.draft(kind, year)).as("deterministic").isEqualTo(draft);
    }

    @Test
    void bacNinhCitesItsRegulationOnlyFromTheDayItIsInForce() {
        LoadedPack board = catalog.pack("bac-ninh@2025.7.0").map(LoadedPack.class::cast).orElseThrow();

        Plan january = board.draft(PlanKind.YEARLY, 2026);
        Plan early = board.draft(PlanKind.YEARLY, 2026, LocalDate.of(2025, 12, 1)); // dated "tháng 12 năm 2025"

        assertThat(january.legalBases()).extracting(LegalBasis::number).contains("86/2025/QĐ-UBND");
        assertThat(early.legalBases()).extracting(LegalBasis::number).doesNotContain("86/2025/QĐ-UBND")
                .contains("152/2025/NĐ-CP");
        assertThat(board.validate(early).findings()).isEmpty();
        // The same plan dated 3/12/2025, before QĐ 86/2025 took effect on 15/12/2025, citing it anyway:
        Plan tooEarly = PlanBuilder.builder(january)
                .dateLine(new vn.thidua.plan.DateLine("Bắc Ninh", new vn.thidua.plan.PartialDate(3, 12, 2025), null)).build();
        assertThat(board.validate(tooEarly).findings()).extracting(Finding::ruleId).containsExactly("provincial-regulation-in-force");
    }

    @Test
    void bacNinhAwardFilesGoToSoNoiVuBefore10December() {
        RulePack board = catalog.pack("bac-ninh@2025.7.0").orElseThrow();
        Plan draft = board.draft(2027);

        assertThat(board.rules()).filteredOn(r -> r.id().equals("standard-deadlines")).singleElement()
                .satisfies(r -> assertThat(r.parameters().get("deadlines").toString()).contains("award-dossiers").contains("12-10"));
        assertThat(draft.tasks()).filteredOn(t -> t.content().contains("hồ sơ khen thưởng")).singleElement()
                .satisfies(t -> assertThat(t.timing().to()).isEqualTo(LocalDate.of(2027, 12, 10)));
        assertThat(draft.tasks()).anySatisfy(t -> assertThat(t.content()).contains("Sở Nội vụ"));
        assertThat(draft.recipients().entries()).extracting(r -> r.name()).contains("Sở Nội vụ").doesNotContain("Ban TĐKT tỉnh");
    }

    @Test
    void thePeoplesCommitteeWritesItsPlanItsOwnWay() {
        RulePack board = catalog.pack("bac-ninh@2025.7.0").orElseThrow();
        RulePack committee = catalog.pack("bac-ninh.peoples-committee@2025.7.0").orElseThrow();
        Plan byBoard = board.draft(2027);
        Plan byCommittee = committee.draft(PlanKind.YEARLY, 2027);

        assertThat(byCommittee.issuer().agency()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BẮC NINH");
        assertThat(byCommittee.issuer().parent()).isNull();
        assertThat(byCommittee.number().symbol()).isEqualTo("KH-UBND");
        assertThat(byCommittee.signature().authorities()).extracting(a -> a.prefix().written() + " " + a.signedFor())
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");
        assertThat(byCommittee.signature().position()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(byCommittee.tasks()).extracting(t -> t.content().substring(0, t.content().indexOf(':')))
                .containsExactly("Sở Nội vụ", "Các sở, ban, ngành tỉnh", "UBND các xã, phường");
        assertThat(byCommittee.recipients().entries()).extracting(r -> r.name()).contains("Các sở, ban, ngành tỉnh",
                "UBND các xã, phường");
        // Each pack refuses the other's plan: the rules differ, not only the template.
        assertThat(board.validate(byCommittee).findings()).extracting(Finding::ruleId).contains("issuer", "signer-title");
        assertThat(committee.validate(byBoard).findings()).extracting(Finding::ruleId).contains("issuer", "signer-title",
                "signs-for-the-committee", "unit-headed-assignments");
    }

    @Test
    void theCommitteeNumbersItsPlansWithFourDigits() {
        RulePack committee = catalog.pack("bac-ninh.peoples-committee@2025.7.0").orElseThrow();
        Plan draft = committee.draft(PlanKind.YEARLY, 2027);

        assertThat(committee.validate(numbered(draft, "0012")).findings()).isEmpty();
        assertThat(committee.validate(numbered(draft, "12")).findings()).extracting(Finding::ruleId).containsExactly("number-format");
        assertThat(committee.validate(numbered(draft, "0000")).findings()).extracting(Finding::ruleId).containsExactly("number-format");
        // The board keeps Nghị định 30/2020's default: two digits or more.
        RulePack board = catalog.pack("bac-ninh@2025.7.0").orElseThrow();
        Plan boardDraft = board.draft(2027);
        assertThat(board.validate(numbered(boardDraft, "12")).findings()).isEmpty();
    }

    @Test
    void aCampaignRunsFromItsStartUntilItsEventInTheNextYear() {
        RulePack committee = catalog.pack("bac-ninh.peoples-committee@2025.7.0").orElseThrow();
        Plan campaign = committee.draft(PlanKind.CAMPAIGN, 2026);

        assertThat(campaign.kind()).isEqualTo(PlanKind.CAMPAIGN);
        assertThat(campaign.summary()).isEqualTo("Phát động đợt thi đua cao điểm từ ngày 01/9/2026 đến ngày 11/6/2027, chào mừng"
                + " 79 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc");
        assertThat(PlanDates.dateOf(campaign)).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(campaign.phases()).singleElement().satisfies(p -> {
            assertThat(p.period().from()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(p.period().to()).isEqualTo(LocalDate.of(2027, 6, 11));
        });
        assertThat(campaign.tasks()).extracting(t -> t.timing().to()).contains(LocalDate.of(2027, 6, 11));
        // The yearly window would refuse a campaign's deadline in June of the next year; the campaign window takes it.
        Plan asYearly = PlanEdit.plan(campaign, b -> b.kind(PlanKind.YEARLY));
        assertThat(committee.validate(asYearly).findings()).extracting(Finding::ruleId).contains("deadline-in-window",
                "phase-coverage");
    }

    @Test
    void theRegistryChoosesThePackByIssuerAndKind() {
        Plan byCommittee = catalog.pack("bac-ninh.peoples-committee@2025.7.0").orElseThrow().draft(PlanKind.CAMPAIGN, 2027);
        Plan byBoard = catalog.pack("bac-ninh@2025.7.0").orElseThrow().draft(2027);

        assertThat(catalog.inForce("bac-ninh", IssuerKinds.of(byCommittee), byCommittee.kind(), PlanDates.dateOf(byCommittee)))
                .map(p -> p.info().id()).contains("bac-ninh.peoples-committee@2025.7.0");
        assertThat(catalog.inForce("bac-ninh", IssuerKinds.of(byBoard), byBoard.kind(), PlanDates.dateOf(byBoard)))
                .map(p -> p.info().id()).contains("bac-ninh@2025.7.0");
        assertThat(catalog.inForce("bac-ninh", IssuerKind.BOARD, PlanKind.CAMPAIGN, LocalDate.of(2027, 1, 1)))
                .as("the board's pack covers no campaign").isEmpty();
        assertThat(catalog.inForce("bac-ninh", IssuerKind.BOARD, PlanKind.YEARLY, LocalDate.of(2025, 6, 30)))
                .as("nothing of Bắc Ninh before the merger").isEmpty();
    }

    @Test
    void aPackThatStartsOnTheFirstOfJulyDraftsThatYearDatedJuly() {
        LoadedPack pack = catalog.forDraft("bac-ninh", IssuerKind.BOARD, PlanKind.YEARLY, 2025).orElseThrow();
        Plan draft = pack.draft(PlanKind.YEARLY, 2025);

        assertThat(pack.info().id()).isEqualTo("bac-ninh@2025.7.0");
        assertThat(PlanDates.dateOf(draft)).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(draft.dateLine().date().month()).isEqualTo(7);
        assertThat(pack.validate(draft).valid()).isTrue();
        // Gia Lai in 2025: the former province's pack is in force on 1 January and drafts that year.
        assertThat(catalog.forDraft("gia-lai", IssuerKind.BOARD, PlanKind.YEARLY, 2025)).map(p -> p.info().id())
                .contains("gia-lai@2023.1.0");
    }

    @Test
    void hungYenKeepsTheUnsourcedBoardNameVisible() {
        Plan draft = catalog.pack("hung-yen@2025.7.0").orElseThrow().draft(2027);

        assertThat(draft.issuer().agency()).isEqualTo("[tên Ban Quản lý sau hợp nhất: chưa có nguồn]");
    }

    private static Plan numbered(Plan plan, String number) {
        return PlanBuilder.builder(plan).number(new DocumentNumber(number, plan.number().symbol(), null)).build();
    }

    private static String line(Finding f) {
        return f.severity() + " " + f.ruleId() + " " + f.pointer() + " " + f.message() + " (expected " + f.expected()
                + ", found " + f.found() + ")";
    }
}
