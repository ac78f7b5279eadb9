package vn.thidua.export.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import vn.thidua.export.layout.Outline;
import vn.thidua.export.template.DocumentTemplate;
import vn.thidua.export.template.DocumentTemplates;
import vn.thidua.export.testing.SeedComparison;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;

class DocxExporterTest {

    static final List<String> SEEDS = SeedText.SEEDS;

    static byte[] export(DocxExporter exporter, Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(plan, out);
        return out.toByteArray();
    }

    static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theTextPoiReadsBackIsTheSeedsText(String seed) throws IOException {
        Plan plan = Fixtures.plan(seed);
        String text = text(export(new DocxExporter(), plan));
        SeedComparison.assertSimilar(seed, plan, text);
    }

    @org.junit.jupiter.api.Test
    void everySchema2ElementIsWrittenTheAppendixAfterTheSignature() throws Exception {
        Plan plan = Fixtures.everyElement();
        byte[] docx = export(new DocxExporter(), plan);
        Files.write(Files.createDirectories(Path.of("target", "exports")).resolve("every-element.docx"), docx);
        SeedComparison.assertEveryElement(text(docx));
        assertThat(DocxConformance.check(docx, Outline.of(plan))).isEmpty();
        assertThat(export(new DocxExporter(), plan)).isEqualTo(docx);
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theLayoutConformsToNghiDinh30(String seed) throws Exception {
        Plan plan = Fixtures.plan(seed);
        byte[] docx = export(new DocxExporter(), plan);
        // Kept for scripts/libreoffice-check.sh, which opens each one in LibreOffice.
        Path exports = Files.createDirectories(Path.of("target", "exports"));
        Files.write(exports.resolve(seed + ".docx"), docx);
        assertThat(DocxConformance.check(docx, Outline.of(plan))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theSamePlanGivesTheSameBytes(String seed) throws IOException {
        assertThat(export(new DocxExporter(), Fixtures.plan(seed))).isEqualTo(export(new DocxExporter(), Fixtures.plan(seed)));
    }

    @Test
    void theCheckerFindsATemplateThatBreaksTheRules() throws Exception {
        byte[] broken = replaceInTemplate(defaultTemplate(),
                "word/styles.xml", "Times New Roman", "Arial",
                "word/styles.xml", "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"NoiNhan\"><w:name w:val=\"Nơi nhận\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr><w:b/><w:bCs/><w:i/>",
                "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"NoiNhan\"><w:name w:val=\"Nơi nhận\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr><w:bCs/><w:i/>",
                "word/document.xml", "w:left=\"1701\"", "w:left=\"1134\"",
                "word/document.xml", "<w:titlePg/>", "");
        Plan plan = Fixtures.plan("000_d3ad60d258665efa");
        DocxExporter exporter = new DocxExporter(providing(broken));
        assertThat(DocxConformance.check(export(exporter, plan), Outline.of(plan)))
                .anyMatch(p -> p.startsWith("font Arial"))
                .anyMatch(p -> p.equals("Nơi nhận is not bold"))
                .anyMatch(p -> p.startsWith("left margin is 20.0"))
                .anyMatch(p -> p.startsWith("page 1 shows the page number"));
    }

    @Test
    void theTemplateProvidedForThePlanIsUsed() throws Exception {
        byte[] template = replaceInTemplate(defaultTemplate(), "word/document.xml", "w:top=\"1134\"", "w:top=\"1417\"");
        Plan plan = Fixtures.plan("003_44668950db2da263");
        java.net.URL url = file(template);
        List<String> asked = new ArrayList<>();
        DocumentTemplates provider = (p, format) -> {
            asked.add(p.province().code() + " " + format);
            return Optional.of(new DocumentTemplate(url, "templates/plan.docx of rule pack gia-lai@2023.1.0"));
        };
        byte[] docx = export(new DocxExporter(provider), plan);
        assertThat(asked).containsExactly("gia-lai docx");
        assertThat(part(docx, "word/document.xml")).contains("w:top=\"1417\"");
        assertThat(DocxConformance.check(docx, Outline.of(plan))).isEmpty();
    }

    @Test
    void withoutAProviderOrATemplateForThePlanTheDefaultIsUsed() throws Exception {
        Plan plan = Fixtures.plan("003_44668950db2da263");
        byte[] none = export(new DocxExporter(null), plan);
        byte[] nothingProvided = export(new DocxExporter((p, format) -> Optional.empty()), plan);
        assertThat(nothingProvided).isEqualTo(none);
        assertThat(part(none, "word/document.xml")).contains("w:top=\"1134\"");
        assertThat(DocxConformance.check(none, Outline.of(plan))).isEmpty();
    }

    @Test
    void aBrokenProvidedTemplateIsReportedByItsOrigin() throws Exception {
        byte[] notDocx = "not a zip".getBytes(StandardCharsets.UTF_8);
        Plan plan = Fixtures.plan("003_44668950db2da263");
        assertThatThrownBy(() -> export(new DocxExporter(providing(notDocx)), plan))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("templates/plan.docx of rule pack gia-lai@2023.1.0")
                .hasMessageContaining("is not a .docx");
        Path gone = Files.createTempFile("gone", ".docx");
        Files.delete(gone);
        DocumentTemplate vanished = new DocumentTemplate(gone.toUri().toURL(), "the vanished template");
        DocumentTemplates missing = (p, format) -> Optional.of(vanished);
        assertThatThrownBy(() -> export(new DocxExporter(missing), plan))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Cannot read the template the vanished template: ");
    }

    @Test
    void markupInAPlanStaysText(@TempDir Path dir) throws Exception {
        Plan original = Fixtures.plan("000_d3ad60d258665efa");
        String attack = "</w:t></w:r><w:r><w:t>x</w:t></w:r> & <w:br/>";
        Plan plan = vn.thidua.plan.PlanBuilder.builder(original).summary(attack).build();
        byte[] docx = export(new DocxExporter(), plan);
        Files.write(dir.resolve("x.docx"), docx);
        assertThat(text(docx)).contains(attack);
    }

    static byte[] defaultTemplate() throws IOException {
        try (InputStream in = DocxExporter.class.getResourceAsStream("plan.docx")) {
            return in.readAllBytes();
        }
    }

    static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }

    /** The template with text replaced: triples of part name, old text, new text. */
    static byte[] replaceInTemplate(byte[] docx, String... edits) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (int i = 0; i < edits.length; i += 3) {
                    if (edits[i].equals(e.getName())) {
                        assertThat(content).contains(edits[i + 1]);
                        content = content.replace(edits[i + 1], edits[i + 2]);
                    }
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A provider that has {@code template} for every plan, as a rule pack in force would. */
    static DocumentTemplates providing(byte[] template) throws IOException {
        java.net.URL url = file(template);
        return (plan, format) -> Optional.of(new DocumentTemplate(url, "templates/plan.docx of rule pack gia-lai@2023.1.0"));
    }

    static java.net.URL file(byte[] template) throws IOException {
        Path file = Files.createTempFile("plan", ".docx");
        Files.write(file, template);
        file.toFile().deleteOnExit();
        return file.toUri().toURL();
    }
}
