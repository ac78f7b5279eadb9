package vn.thidua.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import vn.thidua.plan.Task;
import vn.thidua.plan.seed.Fixtures;

/** {@link TimingParser#tidy} gives what the two expressions it skips when it can would give. */
class TimingTidyTest {

    private static String byExpressions(String stripped) {
        return stripped.replaceAll("[.;,:]+$", "").replaceAll("\\s+", " ");
    }

    @Test
    void tidiesAsTheExpressionsDo() {
        List<String> texts = new ArrayList<>(List.of("", "Quý II", "Trước 08/7/2018.", "Trước 08/7/2018.;:,",
                "Từ ngày 15  đến 25/12/2018", "Từ ngày 15\tđến 25/12/2018", "Từ ngày 15\nđến\r\n25/12/2018",
                "Hằng tháng.\u0085", "Hằng tháng:\u2028", "a\u2029b", "theo kế hoạch, ", "x\u000By", "x\fy",
                "Thường xuyên, liên tục", ".", "...", "a .", "Trong tháng 12/2023 .",
                "Quý II, ", "a  b.", "a\tb;", "Hằng tháng.\u0085.", "a\u2028.", "a ,.", "Trước 08/7/2018 ;"));
        for (String seed : List.of("000_d3ad60d258665efa", "001_b902e8c9f1ecfedd", "002_d4688f34a2318412",
                "003_44668950db2da263", "004_a5c35aef69c6ea26")) {
            Fixtures.plan(seed).tasks().stream().map(Task::timing).filter(Objects::nonNull).forEach(t -> texts.add(t.text()));
        }
        for (String text : texts) {
            String stripped = text.strip();
            assertThat(TimingParser.tidy(stripped)).as(text).isEqualTo(byExpressions(stripped));
        }
        assertThat(texts).as("the seeds give their tasks times").hasSizeGreaterThan(40);
    }
}
