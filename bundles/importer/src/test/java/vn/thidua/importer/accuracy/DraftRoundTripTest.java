package vn.thidua.importer.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.thidua.export.DocumentExporter;
import vn.thidua.export.docx.internal.DocxExporter;
import vn.thidua.export.pdf.internal.PdfExporter;
import vn.thidua.importer.ImportOptions;
import vn.thidua.importer.ImportResult;
import vn.thidua.importer.internal.DocumentImporter;
import vn.thidua.importer.internal.Sentences;
import vn.thidua.importer.internal.read.ReadLimits;
import vn.thidua.plan.IssuerKind;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanKind;
import vn.thidua.plan.text.ReadingOrder;
import vn.thidua.rules.internal.PlatformDrafts;

/**
 * The drafts the platform makes from the shipped packs' templates ({@code POST /api/v1/plans/drafts}),
 * exported by the platform and imported back. A draft leaves its number and its day blank for the
 * issuer ({@code Số:      /KH-BQL}, {@code ngày     tháng 01 năm 2027}): the blanks must not cost the
 * letterhead, the national title or the place-and-date line a sentence, nor change what they say.
 */
class DraftRoundTripTest {

    private static final DocumentImporter IMPORTER = new DocumentImporter(ReadLimits.DEFAULTS);

    @ParameterizedTest(name = "{0} {1} {2} {3} through {4}")
    @CsvSource({
        "bac-ninh, BOARD, YEARLY, 2027, pdf",
        "bac-ninh, BOARD, YEARLY, 2027, docx",
        "bac-ninh, PEOPLES_COMMITTEE, YEARLY, 2027, pdf",
        "gia-lai, BOARD, YEARLY, 2027, pdf",
        "gia-lai, BOARD, YEARLY, 2027, docx",
        "gia-lai, BOARD, YEARLY, 2026, pdf",
        // The merged board's name has no source yet: the pack writes a bracketed placeholder as the agency.
        "hung-yen, BOARD, YEARLY, 2027, pdf",
        "hung-yen, BOARD, YEARLY, 2027, docx",
        "hung-yen, BOARD, THEMED, 2027, pdf",
    })
    void draftComesBackWhole(String province, IssuerKind issuer, PlanKind kind, int year, String format) throws IOException {
        Plan draft = PlatformDrafts.draft(province, issuer, kind, year);
        DocumentExporter exporter = "pdf".equals(format) ? new PdfExporter() : new DocxExporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(draft, out);

        ImportResult result = IMPORTER.importPlan(out.toByteArray(), exporter.mediaType(),
                ImportOptions.fileName(province + "-" + year + "." + format));
        Plan imported = result.plan();

        assertThat(result.coverage().missing()).as("the document's sentences missing from the imported plan").isEmpty();
        assertThat(Sentences.coverage(Sentences.of(String.join("\n", ReadingOrder.lines(draft, false))),
                String.join("\n", ReadingOrder.lines(imported, true))).missing()).as("the draft's sentences lost").isEmpty();
        assertThat(imported.issuer().parent()).as("parent body").isEqualTo(draft.issuer().parent());
        assertThat(imported.issuer().agency()).as("agency").isEqualTo(draft.issuer().agency());
        assertThat(imported.issuer().agencyLines()).as("agency lines").isEqualTo(draft.issuer().agencyLines());
        // The kind the letterhead shows: the drafts of bac-ninh-ubnd say BOARD under an ỦY BAN NHÂN DÂN letterhead.
        assertThat(imported.issuer().kind()).as("issuer kind").isEqualTo(issuer);
        // A placeholder where the agency's name should be is the agency all the same, flagged for a person.
        assertThat(result.review()).as("a review item on a placeholder agency")
                .filteredOn(r -> r.pointer().equals("/issuer/agency"))
                .hasSize(draft.issuer().agency().startsWith("[") ? 1 : 0);
        assertThat(imported.number()).as("number (blank in a draft)").isEqualTo(draft.number());
        // The blank's run of spaces is one space once read (HTML collapses it in the PDF; the reader's text does in both).
        assertThat(imported.dateLine().place()).as("place").isEqualTo(draft.dateLine().place());
        assertThat(imported.dateLine().date()).as("date (the day blank in a draft)").isEqualTo(draft.dateLine().date());
        assertThat(imported.dateLine().text()).as("place-and-date line").isEqualTo(draft.dateLine().text().replaceAll("\\s+", " "));
        if ("pdf".equals(format)) {
            assertThat(blankWidth(out.toByteArray(), "Số:", "/")).as("room left on paper for the number, in points")
                    .isGreaterThan(20f);
            assertThat(blankWidth(out.toByteArray(), "ngày", "tháng")).as("room left on paper for the day, in points")
                    .isGreaterThan(10f);
        }
        assertThat(imported.documentType()).as("document type").isEqualTo(draft.documentType());
        assertThat(imported.summary()).as("summary").isEqualTo(draft.summary());
    }

    /**
     * The gap on page 1 between the end of the first {@code before} and the start of the {@code after}
     * that follows it on its line: a blank to write in must be wider than a space (about 3 pt at 13 pt).
     */
    private static float blankWidth(byte[] pdf, String before, String after) throws IOException {
        List<TextPosition> glyphs = new java.util.ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
                glyphs.add(glyph);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        // One character per glyph (a glyph of several characters would shift the indexes: none is expected here).
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.getUnicode().length() == 1 ? g.getUnicode() : "\uFFFD"));
        int at = text.indexOf(before);
        int to = at < 0 ? -1 : text.indexOf(after, at + before.length());
        float[] gap = {-1};
        if (to >= 0) {
            TextPosition last = glyphs.get(at + before.length() - 1);
            gap[0] = glyphs.get(to).getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
        }
        assertThat(gap[0]).as("'" + before + "' followed by '" + after + "' on one line of page 1").isNotNegative();
        return gap[0];
    }
}
