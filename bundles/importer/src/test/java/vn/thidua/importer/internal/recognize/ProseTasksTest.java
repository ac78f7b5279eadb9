package vn.thidua.importer.internal.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Assignment;
import vn.thidua.plan.Block;
import vn.thidua.plan.Paragraph;
import vn.thidua.plan.Section;
import vn.thidua.plan.Task;
import vn.thidua.plan.TaskList;
import vn.thidua.plan.TaskLayout;

/** Numbered prose and bullets under a heading over tasks, read as tasks (BodyBuilder). */
class ProseTasksTest {

    private static List<Section> build(String... lines) {
        return new BodyBuilder(new Review(), 2024, ProvinceFoundingDays.none()).build(new ArrayList<>(List.of((Object[]) lines)));
    }

    private static List<Task> tasks(Block block) {
        List<Task> out = new ArrayList<>();
        if (block instanceof TaskList t) {
            out.addAll(t.tasks());
        } else if (block instanceof Section s) {
            s.blocks().forEach(b -> out.addAll(tasks(b)));
        }
        return out;
    }

    @Test
    void numberedParagraphsUnderATaskHeadingAreTasksAndAParagraphAfterOneIsATaskOfItsOwn() {
        // Seed 001, II.1 (shortened).
        List<Section> s = build("II. NỘI DUNG THI ĐUA", "1. Nội dung thi đua",
                "1.1. Cấp ủy, lãnh đạo, đảng viên, công chức, viên chức thi đua tập trung triển khai đồng bộ, toàn diện nhiệm vụ năm 2024.",
                "Tập trung rà soát, xây dựng, hoàn thiện hệ thống các quy định, cơ chế để tháo gỡ các điểm nghẽn.",
                "1.2. Thi đua thực hiện hiệu quả nhiệm vụ phát triển các KCN, nâng cao năng lực cạnh tranh.");
        Section content = (Section) s.get(0).blocks().get(0);
        assertThat(content.blocks()).hasSize(1);
        TaskList list = (TaskList) content.blocks().get(0);
        assertThat(list.layout()).isEqualTo(TaskLayout.FIELDS);
        assertThat(list.tasks()).extracting(Task::ordinal).containsExactly("1.1.", null, "1.2.");
        assertThat(list.tasks().get(1).content()).startsWith("Tập trung rà soát");
    }

    @Test
    void theSentenceThatIntroducesTheTasksGivesTheirLead() {
        // Seed 001, III.2 (shortened).
        List<Section> s = build("III. TỔ CHỨC THỰC HIỆN", "2. Nhiệm vụ, giải pháp",
                "Đề nghị các cơ quan, đơn vị, doanh nghiệp trong các KCN cần tập trung thực hiện tốt những nhiệm vụ, giải pháp sau:",
                "2.1. Tiếp tục quán triệt sâu sắc tư tưởng của Chủ tịch Hồ Chí Minh về thi đua yêu nước.",
                "2.2. Tăng cường sự lãnh đạo của các cấp ủy Đảng.");
        Section tasks = (Section) s.get(0).blocks().get(0);
        assertThat(tasks.blocks().get(0)).isInstanceOf(Paragraph.class);
        assertThat(tasks(tasks)).extracting(Task::lead).containsOnly(
                new Assignment(null, null, List.of("các cơ quan, đơn vị, doanh nghiệp trong các KCN")));
    }

    @Test
    void aMadeUpPlanNumberingItsSolutionsWithLetters() {
        List<Section> s = build("IV. CÁC GIẢI PHÁP THỰC HIỆN",
                "Yêu cầu các phòng, ban chuyên môn thuộc UBND huyện phải thực hiện các giải pháp sau:",
                "a) Đẩy mạnh công tác tuyên truyền về thi đua, khen thưởng.",
                "b) Kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc.");
        List<Task> t = tasks(s.get(0));
        assertThat(t).extracting(Task::ordinal).containsExactly("a)", "b)");
        assertThat(t.get(0).lead().units()).containsExactly("các phòng, ban chuyên môn thuộc UBND huyện");
    }

    @Test
    void bulletsUnderNumberedAimsAreTheirTasksAndPhasesStayPhases() {
        // Seed 002, II (shortened).
        List<Section> s = build("II. NỘI DUNG THỰC HIỆN",
                "1. Thi đua hoàn thành xuất sắc nhiệm vụ năm 2020.",
                "- Tiếp tục quán triệt và tổ chức thực hiện tốt Chỉ thị số 34-CT/TW của Bộ Chính trị.",
                "- Tiếp tục thực hiện công tác cải cách thủ tục hành chính.",
                "3. Tích cực tham gia sâu rộng phong trào “Cả nước chung sức xây dựng nông thôn mới”.",
                "Phát động các phong trào thi đua gắn với ngày lễ lớn, ngày kỷ niệm của đất nước cụ thể các đợt như sau:",
                "+ Đợt 1: Từ ngày 01/01/2020 đến 30/6/2020; phấn đấu hoàn thành xuất sắc nhiệm vụ 6 tháng đầu năm.",
                "+ Đợt 2: Từ ngày 01/7/2020 đến 31/12; thi đua lập thành tích kỷ niệm Quốc khánh 2/9.");
        Section first = (Section) s.get(0).blocks().get(0);
        assertThat(first.runIn().text()).startsWith("Thi đua hoàn thành");
        assertThat(tasks(first)).extracting(Task::ordinal).containsExactly("-", "-");
        Section second = (Section) s.get(0).blocks().get(1);
        assertThat(tasks(second)).isEmpty();
        assertThat(second.blocks().get(2)).isInstanceOf(vn.thidua.plan.PhaseList.class);
    }

    @Test
    void numberedParagraphsUnderAimsStayParagraphs() {
        // Seed 004, I.1 (shortened): what the plan is for is no task.
        List<Section> s = build("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích:",
                "a) Triển khai tổ chức hiệu quả phong trào thi đua chuyên đề.",
                "b) Tăng cường, đẩy mạnh phong trào thi đua tại các doanh nghiệp tư nhân.");
        assertThat(tasks(s.get(0))).isEmpty();
        Section aims = (Section) s.get(0).blocks().get(0);
        assertThat(((Section) aims.blocks().get(0)).runIn().text()).startsWith("Triển khai");
        // Made up: what a plan rewards is no task either, though its heading says "nội dung".
        List<Section> awards = build("V. NỘI DUNG, HÌNH THỨC KHEN THƯỞNG",
                "1. Khen thưởng tổng kết: các tập thể, cá nhân có thành tích xuất sắc được đề nghị tặng Bằng khen.",
                "2. Khen thưởng chuyên đề: thực hiện theo hướng dẫn của Ban Thi đua - Khen thưởng tỉnh.");
        assertThat(tasks(awards.get(0))).isEmpty();
    }

    @Test
    void theReviewAfterThePhasesIsTheCampaignsClosingTask() {
        // Seed 001, III.1 (shortened).
        List<Section> s = build("III. TỔ CHỨC THỰC HIỆN", "1. Các đợt thi đua",
                "- Đợt thi đua thứ nhất: Từ đầu năm 2024 đến 30/6/2024, trọng tâm là thi đua lập thành tích chào mừng Ngày thành lập Đảng Cộng sản Việt Nam 03/2.",
                "- Đợt thi đua thứ hai: Từ 01/7/2024 đến kết thúc năm 2024, trọng tâm là thi đua lập thành tích chào mừng Quốc khánh 2/9.",
                "Tổng kết các phong trào thi đua do tỉnh và Ban phát động gắn với tổng kết phong trào thi đua, công tác khen thưởng của tỉnh năm 2024.");
        assertThat(tasks(s.get(0))).extracting(Task::content).containsExactly(
                "Tổng kết các phong trào thi đua do tỉnh và Ban phát động gắn với tổng kết phong trào thi đua, công tác khen thưởng của tỉnh năm 2024.");
        // Made up: the same after the phases of a district; prose that reviews nothing stays prose.
        List<Section> d = build("II. CÁC ĐỢT THI ĐUA",
                "+ Đợt 1: Từ ngày 01/01/2025 đến 30/6/2025; thi đua chào mừng Đại hội Đảng bộ huyện.",
                "+ Đợt 2: Từ ngày 01/7/2025 đến 31/12/2025; thi đua chào mừng Quốc khánh 2/9.",
                "Tổ chức sơ kết, tổng kết từng đợt thi đua và khen thưởng kịp thời.",
                "Các đơn vị chủ động lồng ghép các đợt thi đua với nhiệm vụ chuyên môn.");
        assertThat(tasks(d.get(0))).extracting(Task::content)
                .containsExactly("Tổ chức sơ kết, tổng kết từng đợt thi đua và khen thưởng kịp thời.");
        assertThat(d.get(0).blocks()).hasSize(3);
        assertThat(d.get(0).blocks().get(2)).isEqualTo(new Paragraph("Các đơn vị chủ động lồng ghép các đợt thi đua với nhiệm vụ chuyên môn."));
    }
}
