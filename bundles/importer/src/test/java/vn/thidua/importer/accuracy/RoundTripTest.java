package vn.thidua.importer.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.docx.internal.DocxExporter;
import vn.thidua.export.pdf.internal.PdfExporter;
import vn.thidua.importer.ImportOptions;
import vn.thidua.importer.ImportResult;
import vn.thidua.importer.internal.DocumentImporter;
import vn.thidua.importer.internal.Sentences;
import vn.thidua.importer.internal.read.ReadLimits;
import vn.thidua.plan.Plan;
import vn.thidua.plan.seed.Fixtures;
import vn.thidua.plan.seed.SeedText;
import vn.thidua.plan.text.ReadingOrder;

/**
 * Each fixture exported by the platform (DOCX, PDF) and imported back: every sentence of the
 * fixture must come back, in order; the element-by-element accuracy is printed as for the seeds.
 * <p>
 * {@code mvn -o -pl bundles/importer test -Dtest=RoundTripTest}; the tables the README shows are
 * printed (add {@code -Dimporter.diff=true} for what did not match).
 */
class RoundTripTest {

    private final DocumentImporter importer = new DocumentImporter(ReadLimits.DEFAULTS);

    @Test
    void docxExportsImportBack() throws IOException {
        roundTrip(new DocxExporter(), "docx");
    }

    /**
     * The PDF, read from what it draws (tables from their rules, paragraphs from the lines' geometry),
     * gives back what the DOCX gives: the plan's reading order line for line, and every typed element.
     */
    @Test
    void pdfExportsImportBackAsTheDocxDoes() throws IOException {
        Map<String, Plan> fromPdf = roundTrip(new PdfExporter(), "pdf");
        Map<String, Plan> fromDocx = roundTrip(new DocxExporter(), "docx");
        for (String seed : SeedText.SEEDS) {
            assertThat(ReadingOrder.lines(fromPdf.get(seed), true)).as("%s read through pdf, as through docx", seed)
                    .containsExactlyElementsOf(ReadingOrder.lines(fromDocx.get(seed), true));
            ElementMatch.compare(fromDocx.get(seed), fromPdf.get(seed)).forEach((kind, count) ->
                    assertThat(count.matched()).as("%s %s through pdf, as through docx", seed, kind)
                            .isEqualTo(count.expected()).isEqualTo(count.found()));
        }
    }

    private Map<String, Plan> roundTrip(DocumentExporter exporter, String format) throws IOException {
        Map<String, Plan> imported = new LinkedHashMap<>();
        Map<String, Map<String, ElementMatch.Count>> bySeed = new LinkedHashMap<>();
        StringBuilder lost = new StringBuilder();
        for (String seed : SeedText.SEEDS) {
            Plan fixture = Fixtures.plan(seed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(fixture, out);
            ImportResult result = importer.importPlan(out.toByteArray(), exporter.mediaType(),
                    ImportOptions.fileName(seed + "." + format));
            bySeed.put(seed, ElementMatch.compare(fixture, result.plan()));
            imported.put(seed, result.plan());
            var missing = Sentences.coverage(Sentences.of(String.join("\n", ReadingOrder.lines(fixture, false))),
                    String.join("\n", ReadingOrder.lines(result.plan(), true))).missing();
            if (!missing.isEmpty()) {
                lost.append(seed).append(": ").append(missing.size()).append(" e.g. ").append(missing.get(0)).append('\n');
            }
            // The import's own check, the one the REST answer carries: the document's sentences, read from the export.
            var unread = result.coverage().missing();
            if (!unread.isEmpty()) {
                lost.append(seed).append(": coverage ").append(unread.size()).append(" e.g. ").append(unread.get(0)).append('\n');
            }
        }
        System.out.println("Round trip through " + format + ":\n" + ImportAccuracyTest.table(bySeed));
        assertThat(lost.toString()).as("fixture sentences lost through %s", format).isEmpty();
        return imported;
    }
}
