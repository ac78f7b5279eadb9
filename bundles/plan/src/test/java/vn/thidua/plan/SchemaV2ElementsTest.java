package vn.thidua.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.plan.json.PlanJson;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.plan.text.ReadingOrder;
import vn.thidua.plan.text.TimingParser;
import vn.thidua.plan.walk.Located;
import vn.thidua.plan.walk.PlanWalk;

/** Every element schema 2 adds, read, written, walked and rendered in reading order. */
class SchemaV2ElementsTest {

    private static final PlanJson JSON = new PlanJson();
    private static final ObjectMapper TREE = new ObjectMapper();

    @Test
    void theReadingOrderIsTheDocumentsWithTheAppendixAfterTheSignature() {
        Plan plan = Fixtures.everyElement();
        assertThat(ReadingOrder.render(plan)).isEqualTo(Fixtures.everyElementText());
        List<String> lines = ReadingOrder.lines(plan, true);
        assertThat(lines.indexOf("PHỤ LỤC")).isGreaterThan(lines.indexOf("Nguyễn Văn A"));
    }

    @Test
    void writingAndReadingBackGivesAnEqualPlan() {
        Plan plan = Fixtures.everyElement();
        String written = JSON.write(plan);
        assertThat(JSON.read(written)).isEqualTo(plan);
        assertThat(JSON.write(JSON.read(written))).isEqualTo(written);
        assertThat(written).startsWith("{\n  \"schemaVersion\": 2,");
    }

    @Test
    void theNewElementsAreTyped() {
        Plan plan = Fixtures.everyElement();
        assertThat(plan.issuer().kind()).isEqualTo(IssuerKind.PEOPLES_COMMITTEE);
        assertThat(plan.issuer().writtenAgency()).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG");
        assertThat(plan.period().kind()).isEqualTo(TimingKind.UNTIL_EVENT);
        assertThat(plan.period().from()).isEqualTo(LocalDate.of(2025, 10, 1));

        List<AwardProposal> awards = plan.awardProposals();
        assertThat(awards).hasSize(2);
        assertThat(awards.get(0).quotas()).extracting(AwardQuota::bound, AwardQuota::value, AwardQuota::recipientKind, AwardQuota::per)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(QuotaBound.AT_MOST, BigDecimal.valueOf(2), RecipientKind.COLLECTIVE, "đơn vị"),
                        org.assertj.core.groups.Tuple.tuple(QuotaBound.AT_MOST, BigDecimal.valueOf(3), RecipientKind.INDIVIDUAL, "đơn vị"));
        assertThat(awards.get(0).dossier().deadline().to()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(awards.get(1).allGrantors()).containsExactly("Chủ tịch UBND xã", "Thủ trưởng cơ quan");
        assertThat(awards.get(1).either()).isTrue();
        assertThat(awards.get(1).quotas().get(0).rate()).isTrue();

        PlanWalk walk = PlanWalk.of(plan);
        assertThat(walk.assignments()).extracting(a -> a.value().directive())
                .containsExactly(DirectiveKind.GIAO, DirectiveKind.GIAO, DirectiveKind.DE_NGHI);
        assertThat(walk.assignments()).extracting(Located::path).containsExactly("IV.1", "IV.2", "IV.3");
        assertThat(walk.items()).extracting(i -> ((ItemList) i.container()).kind()).containsExactly(ItemKind.PARTICIPANT,
                ItemKind.PARTICIPANT, ItemKind.PRINCIPLE, ItemKind.CRITERION, ItemKind.CRITERION);
        ScoringTable table = (ScoringTable) walk.blocks(ScoringTable.class).get(0).value();
        assertThat(table.sumOfPoints()).isEqualByComparingTo("100");
        assertThat(table.rows().get(2).points()).isEqualByComparingTo(table.sumOfPoints());
        assertThat(walk.appendices()).extracting(Located::pointer).containsExactly("/appendices/0");
        assertThat(walk.scoreRows()).extracting(Located::pointer).contains("/appendices/0/blocks/0/rows/2");
        assertThat(walk.targets().get(0).value().definition().denominator()).isEqualTo("tổng số hồ sơ đã giải quyết");
        assertThat(plan.recipients().entries().get(1).addressees()).containsExactly("Nội vụ", "Tài chính", "Y tế");
        assertThat(plan.recipients().entries()).extracting(Recipient::purpose)
                .containsExactly(RecipientPurpose.REPORT, RecipientPurpose.EXECUTE, null);
    }

    @Test
    void everyPointerOfTheWalkResolvesToItsElement() throws Exception {
        Plan plan = Fixtures.everyElement();
        JsonNode root = TREE.readTree(JSON.write(plan));
        PlanWalk walk = PlanWalk.of(plan);
        walk.assignments().forEach(a -> assertThat(root.at(a.pointer()).path("heading").asText()).isEqualTo(a.value().heading()));
        walk.items().forEach(i -> assertThat(root.at(i.pointer()).path("text").asText()).isEqualTo(i.value().text()));
        walk.awards().forEach(a -> assertThat(root.at(a.pointer()).path("text").asText()).isEqualTo(a.value().text()));
        walk.scoreRows().forEach(r -> assertThat(root.at(r.pointer()).path("text").asText()).isEqualTo(r.value().text()));
        walk.blocks().forEach(b -> assertThat(root.at(b.pointer()).path("type").isTextual()).as(b.pointer()).isTrue());
        assertThat(walk.blocks()).filteredOn(Located::inAppendix).hasSize(1);
    }

    /** Every time is what the timing parser reads from its wording. */
    @Test
    void everyTimeIsItsWordingParsed() {
        Plan plan = Fixtures.everyElement();
        assertThat(TimingParser.parse(null, plan.period().text(), plan.year())).isEqualTo(plan.period());
        for (Located<UnitAssignment> unit : PlanWalk.of(plan).assignments()) {
            for (Duty duty : unit.value().duties()) {
                if (duty.timing() != null) {
                    assertThat(TimingParser.parse(null, duty.timing().text(), plan.year())).isEqualTo(duty.timing());
                }
            }
        }
    }

    @Test
    void theTimingParserReadsTheNewForms() {
        Timing months = TimingParser.parse(null, "Từ tháng 10/2025 đến hết tháng 6/2026.", 2025);
        assertThat(months.kind()).isEqualTo(TimingKind.RANGE);
        assertThat(months.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(months.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        Timing years = TimingParser.parse(null, "Giai đoạn 2026 - 2030", 2026);
        assertThat(years.kind()).isEqualTo(TimingKind.YEARS);
        assertThat(years.to()).isEqualTo(LocalDate.of(2030, 12, 31));
        Timing event = TimingParser.parse(null, "Từ ngày 01/7/2025 đến khi tổ chức thành công Đại hội Đảng bộ tỉnh", 2025);
        assertThat(event.event()).isEqualTo("tổ chức thành công Đại hội Đảng bộ tỉnh");
        assertThat(event.from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(TimingParser.parse(null, "Hằng tháng", 2025).recurrence()).isEqualTo(Recurrence.MONTHLY);
        assertThat(TimingParser.parse(null, "Định kỳ 6 tháng", 2025).recurrence()).isEqualTo(Recurrence.HALF_YEARLY);
        assertThat(TimingParser.parse(null, "định kỳ", 2025).recurrence()).isEqualTo(Recurrence.PERIODIC);
        assertThat(TimingParser.parse(null, "Hàng năm", 2025).recurrence()).isEqualTo(Recurrence.YEARLY);
        Timing days = TimingParser.parse(null, "10 ngày", 2025);
        assertThat(days.duration()).isEqualTo(10);
        assertThat(days.durationUnit()).isEqualTo(DurationUnit.DAYS);
        // a bare month name is no recurrence, and the old forms read as before
        assertThat(TimingParser.parse(null, "Trong tháng 12/2023", 2023).kind()).isEqualTo(TimingKind.MONTH);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> TimingParser.parse(null, "năm", 2025)))
                .hasMessageContaining("not a time this platform understands");
    }

    @Test
    void badSchema2InputIsNamedWithItsPointerAndWhatTheFieldTakes() throws Exception {
        assertBad(p -> ((ObjectNode) p.at("/sections/3/blocks/0/assignments/0")).put("directive", "ORDER"),
                "/sections/3/blocks/0/assignments/0/directive", "must be one of [GIAO, DE_NGHI, PHOI_HOP], was 'ORDER'");
        assertBad(p -> ((ObjectNode) p.at("/sections/3/blocks/0/assignments/0")).remove("units"),
                "/sections/3/blocks/0/assignments/0/units", "must name at least one unit");
        assertBad(p -> ((ObjectNode) p.at("/sections/2/blocks/0/awards/0/quotas/0")).put("bound", "ABOUT"),
                "/sections/2/blocks/0/awards/0/quotas/0/bound", "must be one of [EXACT, AT_LEAST, AT_MOST], was 'ABOUT'");
        assertBad(p -> ((ObjectNode) p.at("/sections/2/blocks/0/awards/1/quotas/0")).put("value", 150),
                "/sections/2/blocks/0/awards/1/quotas/0/value", "a rate must be at most 100 (%), was 150");
        assertBad(p -> ((ObjectNode) p.at("/sections/2/blocks/0/awards/0")).remove("recipientKinds"),
                "/sections/2/blocks/0/awards/0/recipientKind", "is required (or recipientKinds, for several)");
        assertBad(p -> ((ObjectNode) p.at("/appendices/0/blocks/0/rows/0")).putArray("cells").add("x"),
                "/appendices/0/blocks/0/rows/0/cells", "must have 0 cells (one per column after the points), found 1");
        assertBad(p -> ((ObjectNode) p.at("/period")).put("to", "2026-06-30"),
                "/period/to", "must be absent: the event ends the window");
        assertBad(p -> ((ObjectNode) p.at("/issuer")).putArray("agencyLines").add("ỦY BAN NHÂN DÂN").add("TỈNH HÀ GIANG"),
                "/issuer/agencyLines", "joined by spaces must give the agency 'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG', gave 'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG'");
        assertBad(p -> ((ObjectNode) p.at("/sections/3/blocks/0/assignments/1/duties/0/timing")).put("kind", "WEEKLY"),
                "/sections/3/blocks/0/assignments/1/duties/0/timing/kind",
                "must be one of [DEADLINE, RANGE, QUARTER, MONTH, RELATIVE, UNTIL_EVENT, YEARS, RECURRING, DURATION], was 'WEEKLY'");
    }

    private static void assertBad(Consumer<ObjectNode> edit, String pointer, String reason) throws Exception {
        ObjectNode plan = (ObjectNode) TREE.readTree(SeedText.resource("/v2/every-element.json"));
        edit.accept(plan);
        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> JSON.read(TREE.writeValueAsString(plan)));
        assertThat(e).as(pointer).isNotNull();
        assertThat(e.field()).isEqualTo(pointer);
        assertThat(e.reason()).isEqualTo(reason);
    }
}
