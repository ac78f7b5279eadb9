package vn.thidua.importer.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

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
        assertThat(imported.number()).as("number (blank in a draft)").isEqualTo(draft.number());
        // The blank's run of spaces is one space once read (HTML collapses it in the PDF; the reader's text does in both).
        assertThat(imported.dateLine().place()).as("place").isEqualTo(draft.dateLine().place());
        assertThat(imported.dateLine().date()).as("date (the day blank in a draft)").isEqualTo(draft.dateLine().date());
        assertThat(imported.dateLine().text()).as("place-and-date line").isEqualTo(draft.dateLine().text().replaceAll("\\s+", " "));
        assertThat(imported.documentType()).as("document type").isEqualTo(draft.documentType());
        assertThat(imported.summary()).as("summary").isEqualTo(draft.summary());
    }
}
