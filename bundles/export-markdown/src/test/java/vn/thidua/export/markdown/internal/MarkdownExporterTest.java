package vn.thidua.export.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import vn.thidua.export.testing.SeedComparison;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;

class MarkdownExporterTest {

    static final List<String> SEEDS = SeedText.SEEDS;

    private static String export(Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownExporter().export(plan, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theTextIsTheSeedsText(String seed) throws IOException {
        Plan plan = Fixtures.plan(seed);
        SeedComparison.assertSimilar(seed, plan, export(plan));
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theShapeIsTheSeedsShape(String seed) throws IOException {
        Plan plan = Fixtures.plan(seed);
        String md = export(plan);
        assertThat(md).contains("\n## " + plan.documentType() + "\n\n### ");
        plan.sections().forEach(s -> assertThat(md).contains("#### " + s.number() + " "));
        assertThat(md).doesNotContain("\n\n\n");
        assertThat(export(plan)).isEqualTo(md);
    }

    @Test
    void everySchema2ElementIsWrittenTheAppendixAfterTheSignature() throws IOException {
        String md = export(Fixtures.everyElement());
        SeedComparison.assertEveryElement(md.replace("\\", ""));
        assertThat(md).contains("| TT | Nội dung chấm điểm | Điểm chuẩn | Ghi chú |\n| --- | --- | --- | --- |\n"
                + "| 1 | Công tác tổ chức phát động | 30 |  |\n");
        assertThat(md.indexOf("PHỤ LỤC")).isGreaterThan(md.indexOf("**Nguyễn Văn A**"));
    }

    @Test
    void theTaskTableOfTheBlocPlanIsAMarkdownTable() throws IOException {
        String md = export(Fixtures.plan("000_d3ad60d258665efa"));
        assertThat(md).contains("| TT | Nội dung công việc | Thời gian | Thực hiện |\n| --- | --- | --- | --- |\n"
                + "| 1 | Thành lập tổ giúp việc của Khối | Quý II | Khối trưởng |\n");
    }

    @Test
    void markupInTheTextIsEscaped() {
        assertThat(MarkdownWriter.escape("# không phải tiêu đề *đậm* <b>")).isEqualTo("\\# không phải tiêu đề \\*đậm\\* \\<b\\>");
        assertThat(MarkdownWriter.escape("2020. Năm")).isEqualTo("2020\\. Năm");
    }
}
