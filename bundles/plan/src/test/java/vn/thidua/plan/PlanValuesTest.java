package vn.thidua.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.seed.Fixtures;

/** The invariants every plan value holds, whoever builds it. */
class PlanValuesTest {

    @Test
    void builtWithBuildersAndImmutable() {
        List<String> items = new ArrayList<>(List.of("Sở Nội vụ;"));
        BulletList list = BulletListBuilder.builder().marker("-").items(items).build();
        items.add("added later");
        assertThat(list.items()).containsExactly("Sở Nội vụ;");
        assertThatThrownBy(() -> list.items().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void textIsStoredInNfc() {
        String nfd = Normalizer.normalize("Nguyễn Như Trình", Normalizer.Form.NFD);
        Signature s = SignatureBuilder.builder().position("TRƯỞNG BAN").name(nfd).build();
        assertThat(s.name()).isEqualTo("Nguyễn Như Trình");
        assertThat(Normalizer.isNormalized(s.name(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void draftNumberAndNghiDinh30Number() {
        assertThat(DocumentNumber.of(8, "KH-TDMNPB").text()).isEqualTo("Số: 08/KH-TDMNPB");
        DocumentNumber draft = DocumentNumber.of(null, "KH-KCN");
        assertThat(draft.text()).isEqualTo("Số: /KH-KCN");
        assertThat(draft.isDraft()).isTrue();
    }

    @Test
    void partialDatesRefuseImpossibleDays() {
        assertThat(new PartialDate(null, 1, 2024).toLocalDate()).isEmpty();
        assertThat(new PartialDate(16, 3, 2018).toLocalDate()).contains(LocalDate.of(2018, 3, 16));
        assertThatThrownBy(() -> new PartialDate(30, 2, 2024)).hasMessageContaining("30").hasMessageContaining("2/2024");
        assertThatThrownBy(() -> new PartialDate(5, null, 2024)).hasMessageContaining("without a month");
        assertThatThrownBy(() -> new PartialDate(null, 13, 2024)).hasMessageContaining("month");
    }

    @Test
    void dateLineIsWrittenTheNghiDinh30WayWhenNotGivenAsWritten() {
        DateLine line = new DateLine("Bắc Ninh", new PartialDate(3, 12, 2025), null);
        assertThat(line.text()).isEqualTo("Bắc Ninh, ngày 03 tháng 12 năm 2025");
    }

    @Test
    void timingsKeepTheirShape() {
        assertThatThrownBy(() -> new Timing(null, "Trước", TimingKind.DEADLINE, null, null, null, false, null))
                .hasMessageContaining("to is required");
        assertThatThrownBy(() -> new Timing(null, "Theo kế hoạch", TimingKind.RELATIVE, null,
                LocalDate.of(2024, 1, 1), null, false, null)).hasMessageContaining("no dates");
        assertThatThrownBy(() -> new Timing(null, "x", TimingKind.RANGE, LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 1, 1), null, false, null)).hasMessageContaining("after");
        assertThatThrownBy(() -> new Timing(null, "Quý V", TimingKind.QUARTER, null, null, 5, false, null))
                .hasMessageContaining("quarter");
    }

    @Test
    void requiredTextCannotBeBlank() {
        assertThatThrownBy(() -> new Task("1.", " ", null, null, null, null, null)).hasMessage("content is required");
        assertThatThrownBy(() -> new Province("Bắc Giang", "Bắc Giang")).hasMessageContaining("code");
        assertThatThrownBy(() -> new Recipient("Lưu: VT.", "Lưu", null, RecipientRole.ARCHIVE, List.of()))
                .hasMessageContaining("archive");
    }

    @Test
    void tableNeedsAHeadingForEachColumn() {
        Task task = new Task("1", "Thành lập tổ giúp việc của Khối", null, null, null, null, null);
        assertThatThrownBy(() -> new TaskList(TaskLayout.TABLE, List.of("TT", "Nội dung công việc"),
                List.of(TaskField.TIMING, TaskField.LEAD), null, List.of(task))).hasMessageContaining("4 columns");
    }

    @Test
    void planGathersItsTasksTargetsAndPhasesFromTheWholeTree() {
        Plan giaLai = Fixtures.plan("003_44668950db2da263");
        assertThat(giaLai.tasks()).extracting(Task::ordinal).startsWith("1.", "2.", "3.", "4.", "5.", "1.1.", "1.2.", "2.1.")
                .contains("4.5.").endsWith("5.");
        Plan bacGiang = Fixtures.plan("001_b902e8c9f1ecfedd");
        assertThat(bacGiang.awardProposals()).flatExtracting(AwardProposal::allRecipientKinds)
                .containsExactly(RecipientKind.ENTERPRISE, RecipientKind.COLLECTIVE, RecipientKind.INDIVIDUAL);
        assertThat(bacGiang.phases()).extracting(p -> p.period().to())
                .containsExactly(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
        assertThat(bacGiang.recipients().archive()).hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("Lưu: VT."));
    }

    @Test
    void seed002KeepsItsTypoNextToTheDateItMeans() {
        Phase second = Fixtures.plan("002_d4688f34a2318412").phases().get(1);
        assertThat(second.text()).contains("01/7/2014");
        assertThat(second.period().from()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(second.period().correction().asWritten()).isEqualTo(LocalDate.of(2014, 7, 1));
    }
}
