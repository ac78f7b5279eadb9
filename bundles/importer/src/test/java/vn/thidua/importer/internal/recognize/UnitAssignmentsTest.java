package vn.thidua.importer.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Assignment;
import vn.thidua.plan.AssignmentList;
import vn.thidua.plan.DirectiveKind;
import vn.thidua.plan.Duty;
import vn.thidua.plan.Section;
import vn.thidua.plan.UnitAssignment;

class UnitAssignmentsTest {

    @Test
    void aUnitFollowedByTheVerbItsDutyOpensWith() {
        // Seed 000, III.
        assertThat(UnitAssignments.runIn("-", "Tổ giúp việc giúp Khối trưởng đôn đốc, theo dõi việc tổ chức thực hiện nội dung Kế hoạch."))
                .isEqualTo(new UnitAssignment("-", "Tổ giúp việc", DirectiveKind.GIAO, List.of("Tổ giúp việc"), true, null,
                        List.of(new Duty("giúp Khối trưởng đôn đốc, theo dõi việc tổ chức thực hiện nội dung Kế hoạch.", null, null))));
        UnitAssignment withComma = UnitAssignments.runIn("-", "Các đơn vị trong Khối, căn cứ nội dung giao ước thi đua, xây dựng kế hoạch.");
        assertThat(withComma.heading()).isEqualTo("Các đơn vị trong Khối,");
        assertThat(withComma.units()).containsExactly("Các đơn vị trong Khối");
        assertThat(withComma.duties().get(0).text()).startsWith("căn cứ nội dung");
    }

    @Test
    void aDutyThatOpensWithCoordinatingIsACallToCoordinateAndNamesWithWhom() {
        // Seed 000, III.
        UnitAssignment a = UnitAssignments.runIn("-",
                "Khối phó có trách nhiệm phối hợp với Khối trưởng chỉ đạo, điều hành hoạt động của Khối theo Kế hoạch đã đề ra.");
        assertThat(a.directive()).isEqualTo(DirectiveKind.PHOI_HOP);
        assertThat(a.duties().get(0).coordination()).isEqualTo(new Assignment(null, null, List.of("Khối trưởng")));
        // Made up.
        UnitAssignment b = UnitAssignments.runIn("3.",
                "Phòng Văn hóa - Thông tin huyện phối hợp với Trung tâm Văn hóa - Thể thao tuyên truyền về các phong trào thi đua.");
        assertThat(b.directive()).isEqualTo(DirectiveKind.PHOI_HOP);
        assertThat(b.units()).containsExactly("Phòng Văn hóa - Thông tin huyện");
    }

    @Test
    void giaoIsAnOrderAndDeNghiARequestTheParenthesesAreNoUnit() {
        // Seed 001, III.3.
        UnitAssignment a = UnitAssignments.runIn("-",
                "Giao Chánh Văn phòng (Thường trực HĐTĐKT của Ban) tham mưu, hướng dẫn, đôn đốc triển khai thực hiện.");
        assertThat(a.heading()).isEqualTo("Giao Chánh Văn phòng (Thường trực HĐTĐKT của Ban)");
        assertThat(a.directive()).isEqualTo(DirectiveKind.GIAO);
        assertThat(a.units()).containsExactly("Chánh Văn phòng");
        // Made up.
        UnitAssignment b = UnitAssignments.runIn(null,
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động đoàn viên, hội viên.");
        assertThat(b.directive()).isEqualTo(DirectiveKind.DE_NGHI);
        assertThat(b.units()).containsExactly("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh");
    }

    @Test
    void aUnitBeforeAColon() {
        // Seed 003, V.2.
        UnitAssignment a = UnitAssignments.runIn("2.", "Văn phòng và Tổ chức đoàn thể: Kiểm tra, đôn đốc việc triển khai thực hiện Kế hoạch này.");
        assertThat(a.heading()).isEqualTo("Văn phòng và Tổ chức đoàn thể:");
        assertThat(a.units()).containsExactly("Văn phòng", "Tổ chức đoàn thể");
        assertThat(a.duties()).extracting(Duty::text).containsExactly("Kiểm tra, đôn đốc việc triển khai thực hiện Kế hoạch này.");
        // Made up.
        assertThat(UnitAssignments.runIn("b)", "UBND các xã, phường: triển khai Kế hoạch đến các thôn, tổ dân phố.").units())
                .containsExactly("UBND các xã, phường");
    }

    @Test
    void aSentenceThatNamesNoUnitIsNoAssignment() {
        assertThat(UnitAssignments.runIn("-", "Trên đây là Kế hoạch phát động phong trào thi đua năm 2024.")).isNull();
        assertThat(UnitAssignments.runIn("-", "tham mưu, hướng dẫn, đôn đốc triển khai thực hiện.")).isNull();
    }

    @Test
    void aUnitHeadingWithItsBulletedDutiesUnderTổChứcThựcHiện() {
        // Seed 002, III.1 (shortened); the paragraph after the last bullet goes on with that duty.
        List<Section> s = new BodyBuilder(new Review(), 2020, ProvinceFoundingDays.none()).build(new ArrayList<>(List.of(
                "III. TỔ CHỨC THỰC HIỆN", "1. Ban Quản lý các KCN:",
                "- Hưởng ứng và phát động sâu, rộng các phong trào thi đua đến doanh nghiệp trong các KCN.",
                "- Tổ chức sơ kết 6 tháng, tổng kết năm các phong trào thi đua trong khối.",
                "Căn cứ đăng ký thi đua, các tiêu chuẩn thi đua để xây dựng, biểu dương, khen thưởng kịp thời.")));
        AssignmentList list = (AssignmentList) s.get(0).blocks().get(0);
        UnitAssignment a = list.assignments().get(0);
        assertThat(a.heading()).isEqualTo("Ban Quản lý các KCN:");
        assertThat(a.runIn()).isFalse();
        assertThat(a.marker()).isEqualTo("-");
        assertThat(a.duties()).extracting(Duty::text).containsExactly(
                "Hưởng ứng và phát động sâu, rộng các phong trào thi đua đến doanh nghiệp trong các KCN.",
                "Tổ chức sơ kết 6 tháng, tổng kết năm các phong trào thi đua trong khối. Căn cứ đăng ký thi đua, các tiêu chuẩn thi đua để xây dựng, biểu dương, khen thưởng kịp thời.");
    }

    @Test
    void whatOpensWithNoUnitsNameIsNoAssignment() {
        // Made up: the other lines a "Tổ chức thực hiện" holds.
        assertThat(UnitAssignments.runIn("-", "Kinh phí: từ nguồn kinh phí thi đua, khen thưởng năm 2025 của đơn vị.")).isNull();
        assertThat(UnitAssignments.runIn("-", "Kinh phí thực hiện được bố trí trong dự toán năm 2025.")).isNull();
        assertThat(UnitAssignments.runIn("-", "Thời gian: triển khai từ tháng 3/2025.")).isNull();
    }

    @Test
    void unitsNamedUnderASectionOfResponsibilitiesInsideTổChứcThựcHiện() {
        // Made up, in the form of a People's Committee plan.
        List<Section> s = new BodyBuilder(new Review(), 2025, ProvinceFoundingDays.none()).build(new ArrayList<>(List.of(
                "IV. TỔ CHỨC THỰC HIỆN", "1. Các đợt thi đua",
                "- Đợt 1: Từ ngày 01/01/2025 đến 30/6/2025; thi đua chào mừng Đại hội Đảng bộ tỉnh.",
                "- Đợt 2: Từ ngày 01/7/2025 đến 31/12/2025; thi đua chào mừng Quốc khánh 2/9.",
                "2. Trách nhiệm của các cơ quan, đơn vị",
                "a) Sở Nội vụ (Ban Thi đua - Khen thưởng): tham mưu UBND tỉnh hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch này.",
                "b) Các sở, ban, ngành, UBND các huyện, thành phố: căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị mình.")));
        Section phases = (Section) s.get(0).blocks().get(0);
        assertThat(phases.blocks().get(0)).isInstanceOf(vn.thidua.plan.PhaseList.class);
        Section duties = (Section) s.get(0).blocks().get(1);
        AssignmentList list = (AssignmentList) duties.blocks().get(0);
        assertThat(list.assignments()).extracting(UnitAssignment::ordinal).containsExactly("a)", "b)");
        assertThat(list.assignments().get(0).units()).containsExactly("Sở Nội vụ");
        assertThat(list.assignments().get(1).units()).containsExactly("Các sở, ban, ngành", "UBND các huyện, thành phố");
        assertThat(list.assignments().get(1).duties().get(0).text()).startsWith("căn cứ Kế hoạch này");
    }

    @Test
    void aRequestAfterTheUnitsUnderTổChứcThựcHiệnIsTheirLastAssignment() {
        // Seed 000, III (shortened): the request after the bullets, with the unit in lower case after "Đề nghị".
        List<Section> s = new BodyBuilder(new Review(), 2018, ProvinceFoundingDays.none()).build(new ArrayList<>(List.of(
                "III. TỔ CHỨC THỰC HIỆN",
                "- Tổ giúp việc giúp Khối trưởng đôn đốc, theo dõi việc tổ chức thực hiện nội dung Kế hoạch.",
                "Đề nghị các đơn vị trong Khối thi đua BQL các khu công nghiệp các tỉnh TDMNPB tích cực phối hợp tổ chức thực hiện Kế hoạch hoạt động năm 2018.")));
        AssignmentList list = (AssignmentList) s.get(0).blocks().get(0);
        UnitAssignment a = list.assignments().get(1);
        assertThat(a.ordinal()).isNull();
        assertThat(a.directive()).isEqualTo(DirectiveKind.DE_NGHI);
        assertThat(a.units()).containsExactly("các đơn vị trong Khối thi đua BQL các khu công nghiệp các tỉnh TDMNPB");
        assertThat(a.duties().get(0).text()).isEqualTo("tích cực phối hợp tổ chức thực hiện Kế hoạch hoạt động năm 2018.");
        // Made up: "Giao" with a unit in lower case; a lead-in ending with a colon is no duty.
        assertThat(UnitAssignments.runIn(null, "Giao các phòng chuyên môn tham mưu tổng hợp kết quả thi đua.").units())
                .containsExactly("các phòng chuyên môn");
        List<Section> t = new BodyBuilder(new Review(), 2024, ProvinceFoundingDays.none()).build(new ArrayList<>(List.of(
                "III. TỔ CHỨC THỰC HIỆN",
                "Đề nghị các cơ quan, đơn vị, doanh nghiệp trong các KCN cần tập trung thực hiện tốt những nhiệm vụ, giải pháp sau:")));
        assertThat(t.get(0).blocks().get(0)).isInstanceOf(vn.thidua.plan.Paragraph.class);
        assertThat(UnitAssignments.runIn(null, "Đề nghị cấp có thẩm quyền xem xét, khen thưởng.")).isNull();
    }

    @Test
    void theUnitsOfSeedHeadingsAsWrittenWithTheirNotesLeftOut() {
        // Seed 001, III.3: the note closes "trưởng các phòng"; three nouns without a plural are three units.
        assertThat(UnitAssignments.runIn("-", "Lãnh đạo cơ quan, trưởng các phòng (đồng thời là Cụm trưởng các Cụm thi đua), đơn vị, "
                + "chủ doanh nghiệp, người lao động trong các KCN căn cứ nhiệm vụ được giao tổ chức phát động phong trào thi đua.").units())
                .containsExactly("Lãnh đạo cơ quan", "trưởng các phòng", "đơn vị", "chủ doanh nghiệp", "người lao động trong các KCN");
        // Seed 003, V.1 and seed 004, III.1: the capital and the qualifier as written.
        assertThat(UnitAssignments.runIn("1.", "Các phòng, đơn vị thuộc Ban Quản lý triển khai nội dung thi đua, khen thưởng năm 2023.")
                .units()).containsExactly("Các phòng, đơn vị thuộc Ban Quản lý");
        assertThat(UnitAssignments.runIn("1.", "Giao Phòng Quản lý Doanh nghiệp thuộc Ban Quản lý các KCN tỉnh là đầu mối chủ trì, "
                + "phối hợp với Văn phòng Ban tổ chức triển khai thực hiện Kế hoạch này.").units())
                .containsExactly("Phòng Quản lý Doanh nghiệp thuộc Ban Quản lý các KCN tỉnh");
        // Made up, in the form of seed 004, III.2.
        assertThat(UnitAssignments.runIn("2.", "Người đứng đầu của các hợp tác xã và các doanh nghiệp trong tỉnh căn cứ Kế hoạch này "
                + "chủ động tổ chức thực hiện.").units())
                .containsExactly("Người đứng đầu của các hợp tác xã", "Người đứng đầu của các doanh nghiệp trong tỉnh");
    }
}
