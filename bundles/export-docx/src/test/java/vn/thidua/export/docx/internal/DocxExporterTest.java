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
import java.time.LocalDate;
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
import vn.thidua.export.testing.SeedComparison;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.rules.RulePack;
import vn.thidua.rules.RulePackRegistry;

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
        DocxExporter exporter = new DocxExporter(registryWith(broken));
        assertThat(DocxConformance.check(export(exporter, plan), Outline.of(plan)))
                .anyMatch(p -> p.startsWith("font Arial"))
                .anyMatch(p -> p.equals("Nơi nhận is not bold"))
                .anyMatch(p -> p.startsWith("left margin is 20.0"))
                .anyMatch(p -> p.startsWith("page 1 shows the page number"));
    }

    @Test
    void theTemplateOfThePackInForceIsUsed() throws Exception {
        byte[] template = replaceInTemplate(defaultTemplate(), "word/document.xml", "w:top=\"1134\"", "w:top=\"1417\"");
        Plan plan = Fixtures.plan("003_44668950db2da263");
        byte[] docx = export(new DocxExporter(registryWith(template)), plan);
        assertThat(part(docx, "word/document.xml")).contains("w:top=\"1417\"");
        assertThat(DocxConformance.check(docx, Outline.of(plan))).isEmpty();
    }

    @Test
    void withoutARegistryOrATemplateInThePackTheDefaultIsUsed() throws Exception {
        Plan plan = Fixtures.plan("003_44668950db2da263");
        byte[] none = export(new DocxExporter(null), plan);
        byte[] packWithoutTemplate = export(new DocxExporter(registry(Optional.empty())), plan);
        assertThat(packWithoutTemplate).isEqualTo(none);
    }

    @Test
    void aBrokenPackTemplateIsReportedByName() throws Exception {
        byte[] notDocx = "not a zip".getBytes(StandardCharsets.UTF_8);
        Plan plan = Fixtures.plan("003_44668950db2da263");
        assertThatThrownBy(() -> export(new DocxExporter(registryWith(notDocx)), plan))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("templates/plan.docx of rule pack gia-lai-2023")
                .hasMessageContaining("is not a .docx");
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

    static RulePackRegistry registryWith(byte[] template) throws IOException {
        Path file = Files.createTempFile("plan", ".docx");
        Files.write(file, template);
        file.toFile().deleteOnExit();
        return registry(Optional.of(file.toUri().toURL()));
    }

    /** A registry whose pack for every province and date carries {@code template}. */
    static RulePackRegistry registry(Optional<java.net.URL> template) {
        RulePack pack = (RulePack) java.lang.reflect.Proxy.newProxyInstance(DocxExporterTest.class.getClassLoader(),
                new Class<?>[] {RulePack.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "resource" -> "templates/plan.docx".equals(args[0]) ? template : Optional.empty();
                    case "info" -> new vn.thidua.rules.RulePackInfo("gia-lai-2023", "gia-lai", "Gia Lai", "2023.1",
                            LocalDate.of(2023, 1, 1), null, null, vn.thidua.rules.PackState.LOADED, null, "test", 0);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (RulePackRegistry) java.lang.reflect.Proxy.newProxyInstance(DocxExporterTest.class.getClassLoader(),
                new Class<?>[] {RulePackRegistry.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "inForce" -> Optional.of(pack);
                    case "dateOf" -> LocalDate.of(((Plan) args[0]).year(), 1, 1);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
