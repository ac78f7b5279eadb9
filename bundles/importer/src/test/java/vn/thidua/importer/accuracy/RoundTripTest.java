package vn.thidua.importer.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

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
 * {@code mvn -o -pl bundles/importer test -Dtest=RoundTripTest}
 */
class RoundTripTest {

    private final DocumentImporter importer = new DocumentImporter(ReadLimits.DEFAULTS);

    @Test
    void docxExportsImportBack() throws IOException {
        roundTrip(new DocxExporter(), "docx");
    }

    /**
     * Slow (the PDF exporter's first run loads its fonts: ~20 s) and not yet passing: the PDF reader
     * does not rebuild table cells from positions, so task tables come back broken. Run with
     * {@code -Dimporter.pdf-roundtrip=true}.
     */
    @Test
    @EnabledIfSystemProperty(named = "importer.pdf-roundtrip", matches = "true")
    void pdfExportsImportBack() throws IOException {
        roundTrip(new PdfExporter(), "pdf");
    }

    private void roundTrip(DocumentExporter exporter, String format) throws IOException {
        Map<String, Map<String, ElementMatch.Count>> bySeed = new LinkedHashMap<>();
        StringBuilder lost = new StringBuilder();
        for (String seed : SeedText.SEEDS) {
            Plan fixture = Fixtures.plan(seed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(fixture, out);
            ImportResult result = importer.importPlan(out.toByteArray(), exporter.mediaType(),
                    ImportOptions.fileName(seed + "." + format));
            bySeed.put(seed, ElementMatch.compare(fixture, result.plan()));
            var missing = Sentences.coverage(Sentences.of(String.join("\n", ReadingOrder.lines(fixture, false))),
                    String.join("\n", ReadingOrder.lines(result.plan(), true))).missing();
            if (!missing.isEmpty()) {
                lost.append(seed).append(": ").append(missing.size()).append(" e.g. ").append(missing.get(0)).append('\n');
            }
        }
        System.out.println("Round trip through " + format + ":\n" + ImportAccuracyTest.table(bySeed));
        assertThat(lost.toString()).as("fixture sentences lost through %s", format).isEmpty();
    }
}
