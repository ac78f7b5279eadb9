package vn.thidua.export.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import vn.thidua.export.testing.SeedComparison;
import vn.thidua.plan.Paragraph;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanBuilder;
import vn.thidua.plan.Section;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;

class HtmlExporterTest {

    static final List<String> SEEDS = SeedText.SEEDS;

    private final HtmlExporter exporter = new HtmlExporter();

    private byte[] export(Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(plan, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theTextReadBackByAnHtmlParserIsTheSeedsText(String seed) throws IOException {
        Plan plan = Fixtures.plan(seed);
        Document doc = Jsoup.parse(new String(export(plan), StandardCharsets.UTF_8));
        String text = doc.body().text();
        SeedComparison.assertSimilar(seed, plan, text);
    }

    @Test
    void everySchema2ElementIsWrittenTheAppendixAfterTheSignature() throws IOException {
        byte[] html = export(Fixtures.everyElement());
        SeedComparison.assertEveryElement(Jsoup.parse(new String(html, StandardCharsets.UTF_8)).body().text());
        assertThat(export(Fixtures.everyElement())).isEqualTo(html);
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theSamePlanGivesTheSameBytes(String seed) throws IOException {
        assertThat(export(Fixtures.plan(seed))).isEqualTo(export(Fixtures.plan(seed)));
    }

    @Test
    void markupInAPlanIsExportedAsInertText() throws IOException {
        Plan original = Fixtures.plan("000_d3ad60d258665efa");
        String attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        Plan plan = PlanBuilder.builder(original)
                .summary(original.summary() + " " + attack)
                .sections(List.of(new Section("IV.", "Kiểm tra", null, List.of(new Paragraph(attack)))))
                .build();
        Document doc = Jsoup.parse(new String(export(plan), StandardCharsets.UTF_8));
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.select("p.summary").text()).endsWith(attack);
        assertThat(doc.body().text()).contains(attack);
    }

    @Test
    void theMediaTypeSaysUtf8() {
        assertThat(exporter.mediaType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(exporter.format()).isEqualTo("html");
    }
}
