package vn.thidua.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;

class ReadingOrderTest {

    @Test
    void giaLai2023ShowsItsTasksGroupedByQuarterInDocumentOrder() {
        String text = ReadingOrder.render(Fixtures.plan("003_44668950db2da263"));
        int q1 = text.indexOf("1. Nhiệm vụ quý I\n");
        int task11 = text.indexOf("1.1. Xây dựng, ban hành kế hoạch công tác thi đua");
        int q2 = text.indexOf("2. Nhiệm vụ quý II\n");
        int q3 = text.indexOf("3. Nhiệm vụ quý III\n");
        int q4 = text.indexOf("4. Nhiệm vụ quý IV\n");
        int task45 = text.indexOf("4.5. Tổng hợp, thẩm định hồ sơ");
        assertThat(List.of(q1, task11, q2, q3, q4, task45)).doesNotContain(-1).isSorted();
        assertThat(text).as("every line ends in a line break, the last too").endsWith("\nNguyễn Như Trình\n");
        assertThat(text).contains("- Thời gian hoàn thành: Trước 30/3/2023.\n"
                + "- Trách nhiệm thực hiện: Văn phòng chủ trì, phối hợp các phòng, đơn vị thuộc Ban Quản lý.\n");
    }

    @Test
    void letterheadComesFirstAndSignatureLast() {
        List<String> lines = ReadingOrder.lines(Fixtures.plan("004_a5c35aef69c6ea26"), true);
        assertThat(lines.subList(0, 6)).containsExactly("UBND TỈNH HƯNG YÊN", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
                ReadingOrder.NATIONAL_TITLE, ReadingOrder.MOTTO, "Số: /KH- BQL", "Hung Yên, ngày tháng năm 2024");
        assertThat(lines.subList(lines.size() - 2, lines.size()))
                .containsExactly("PHÓ TRƯỞNG BAN PHỤ TRÁCH", "Vũ Quốc Nghị");
    }

    @Test
    void tableTasksAreOneRowPerLineWithTabbedCells() {
        String text = ReadingOrder.render(Fixtures.plan("000_d3ad60d258665efa"));
        assertThat(text).contains("TT\tNội dung công việc\tThời gian\tThực hiện\n")
                .contains("5\tTổ chức kiểm tra chéo kết quả thực hiện phong trào thi đua năm 2018.\t"
                        + "Từ ngày 15 đến 25/12/2018\tTổ kiểm tra (02 tổ)\n");
    }

    @Test
    void twoLevelSignatureOfABlocPlan() {
        List<String> lines = ReadingOrder.lines(Fixtures.plan("000_d3ad60d258665efa"), false);
        assertThat(lines.subList(lines.size() - 4, lines.size())).containsExactly("T.M KHỐI TD&MN PHÍA BẮC",
                "KHỐI TRƯỞNG", "TRƯỞNG BAN QL CÁC KCN BẮC GIANG", "Nguyễn Anh Quyền");
    }

    @Test
    void electronicCopiesFollowTheirHeading() {
        Plan plan = Fixtures.plan("002_d4688f34a2318412");
        String text = ReadingOrder.render(plan);
        assertThat(text).contains("Nơi nhận:\n- Lưu: TĐ, VT.\nBản điện tử:\n- HĐ TĐKT tỉnh;\n");
    }
}
