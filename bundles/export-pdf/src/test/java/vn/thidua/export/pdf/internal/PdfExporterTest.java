package vn.thidua.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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

class PdfExporterTest {

    static final List<String> SEEDS = SeedText.SEEDS;

    /** Every Vietnamese vowel with every tone, upper and lower case, and đ/Đ. */
    static final String VIETNAMESE_LETTERS = vietnameseLetters();

    /** A Vietnamese pangram (every letter of the alphabet), as a sentence. */
    static final String PANGRAM = "Thằng bé Quý Khánh xinh xắn, đứng giữa phố ngắm dòng sông Hương trôi lững lờ, "
            + "vẻ mặt ưu tư: ỷ lại, ẩn nấp, ồn ào, ở ổn định.";

    private static final PdfExporter EXPORTER = new PdfExporter();

    static byte[] export(Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORTER.export(plan, out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theTextPdfBoxReadsBackIsTheSeedsText(String seed) throws IOException {
        Plan plan = Fixtures.plan(seed);
        byte[] pdf = export(plan);
        // Kept for a look, and for scripts that render it.
        java.nio.file.Path exports = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "exports"));
        java.nio.file.Files.write(exports.resolve(seed + ".pdf"), pdf);
        String text = Normalizer.normalize(text(pdf), Normalizer.Form.NFC);
        SeedComparison.assertSimilar(seed, plan, text);
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void theSamePlanGivesTheSameBytes(String seed) throws IOException {
        assertThat(export(Fixtures.plan(seed))).isEqualTo(export(Fixtures.plan(seed)));
    }

    @Test
    void everyVietnameseLetterHasAGlyphInTheEmbeddedFontAndReadsBackAsWritten() throws IOException {
        Plan original = Fixtures.plan("003_44668950db2da263");
        String decomposed = Normalizer.normalize(PANGRAM, Normalizer.Form.NFD);
        Plan plan = PlanBuilder.builder(original).sections(List.of(new Section("I.", "Chữ Việt", null, List.of(
                new Paragraph(PANGRAM), new Paragraph(VIETNAMESE_LETTERS), new Paragraph(decomposed))))).build();
        byte[] pdf = export(plan);
        List<String> missing = new ArrayList<>();
        List<String> fonts = new ArrayList<>();
        StringBuilder read = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDFont font = text.getFont();
                    fonts.add(font.getName());
                    for (int code : text.getCharacterCodes()) {
                        try {
                            if (!(font instanceof PDType0Font type0) || type0.codeToGID(code) == 0) {
                                missing.add(text.getUnicode() + " in " + font.getName());
                            }
                        } catch (IOException e) {
                            missing.add(text.getUnicode() + ": " + e.getMessage());
                        }
                    }
                    super.processTextPosition(text);
                }
            };
            read.append(stripper.getText(doc));
        }
        assertThat(missing).isEmpty();
        assertThat(fonts).allMatch(name -> name.contains("LiberationSerif"));
        String text = Normalizer.normalize(read.toString(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        assertThat(text).contains(PANGRAM);
        assertThat(text).contains(VIETNAMESE_LETTERS.substring(0, 60));
        // The decomposed copy was normalised before rendering: it reads back composed, twice.
        assertThat(text.split(java.util.regex.Pattern.quote(PANGRAM), -1)).hasSize(3);
    }

    @Test
    void theDocumentCarriesATitleAndNoGenerationTime() throws IOException {
        Plan plan = Fixtures.plan("000_d3ad60d258665efa");
        try (PDDocument doc = Loader.loadPDF(export(plan))) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("KẾ HOẠCH " + plan.summary());
            assertThat(doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR)).isEqualTo(2018);
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
    }

    private static String vietnameseLetters() {
        String[] vowels = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        StringBuilder out = new StringBuilder();
        for (String v : vowels) {
            for (String t : tones) {
                String letter = Normalizer.normalize(v + t, Normalizer.Form.NFC);
                out.append(letter).append(letter.toUpperCase(java.util.Locale.ROOT)).append(' ');
            }
        }
        return out.append("đ Đ").toString();
    }
}
