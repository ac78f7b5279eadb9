package vn.thidua.export.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.fontbox.ttf.GlyfCompositeDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
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
        return export(EXPORTER, plan);
    }

    static byte[] export(PdfExporter exporter, Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(plan, out);
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

    @Test
    void everySchema2ElementIsWrittenTheAppendixAfterTheSignature() throws IOException {
        byte[] pdf = export(Fixtures.everyElement());
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "exports"))
                .resolve("every-element.pdf"), pdf);
        String text = Normalizer.normalize(text(pdf), Normalizer.Form.NFC);
        SeedComparison.assertEveryElement(text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the appendix starts a page of its own
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            last.setEndPage(doc.getNumberOfPages());
            assertThat(last.getText(doc)).contains("PHỤ LỤC").doesNotContain("Nguyễn Văn A");
        }
    }

    /** The same bytes from an exporter that has written other plans and from a new one (a restart). */
    @ParameterizedTest
    @FieldSource("SEEDS")
    void theSamePlanGivesTheSameBytes(String seed) throws IOException {
        PdfExporter restarted = new PdfExporter();
        try {
            assertThat(export(restarted, Fixtures.plan(seed))).isEqualTo(export(Fixtures.plan(seed)));
        } finally {
            restarted.deactivate();
        }
    }

    /** One exporter's parsed fonts serve several exports at once: each gives what it gives alone. */
    @Test
    void exportsWrittenAtTheSameTimeGiveTheBytesEachGivesAlone() throws Exception {
        Map<String, byte[]> alone = new HashMap<>();
        for (String seed : SEEDS) {
            alone.put(seed, export(Fixtures.plan(seed)));
        }
        // A new exporter: its faces are first embedded by the concurrent exports themselves.
        PdfExporter shared = new PdfExporter();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<String> order = new ArrayList<>();
            List<Callable<byte[]>> jobs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String seed : SEEDS) {
                    Plan plan = Fixtures.plan(seed);
                    order.add(seed);
                    jobs.add(() -> export(shared, plan));
                }
            }
            List<Future<byte[]>> done = pool.invokeAll(jobs);
            for (int i = 0; i < done.size(); i++) {
                assertThat(done.get(i).get()).as(order.get(i)).isEqualTo(alone.get(order.get(i)));
            }
        } finally {
            pool.shutdownNow();
            shared.deactivate();
        }
    }

    /**
     * The fonts' GSUB tables are off for speed; with them on (as PDFBox does by default) every seed
     * and every Vietnamese letter still give the same bytes, so nothing on the page depended on them.
     */
    @Test
    void switchingOffTheFontsGsubTablesChangesNoByte() throws IOException {
        PdfExporter withGsub = new PdfExporter(LiberationSerif.load(true));
        try {
            for (String seed : SEEDS) {
                Plan plan = Fixtures.plan(seed);
                assertThat(export(withGsub, plan)).as(seed).isEqualTo(export(plan));
            }
            assertThat(export(withGsub, vietnamesePlan())).isEqualTo(export(vietnamesePlan()));
        } finally {
            withGsub.deactivate();
        }
    }

    /**
     * Text is measured from per-character widths and drawn without measuring it again
     * ({@link GlyphWidths}), the faces' metrics kept across documents; measured and drawn as
     * OpenHTMLtoPDF does by itself, every seed and every Vietnamese letter give the same bytes.
     */
    @Test
    void measuringByGlyphWidthsChangesNoByte() throws IOException {
        PdfExporter byItself = new PdfExporter(LiberationSerif.load(), false);
        try {
            for (String seed : SEEDS) {
                Plan plan = Fixtures.plan(seed);
                assertThat(export(byItself, plan)).as(seed).isEqualTo(export(plan));
            }
            assertThat(export(byItself, vietnamesePlan())).isEqualTo(export(vietnamesePlan()));
        } finally {
            byItself.deactivate();
        }
    }

    /** Each face used is embedded with the glyphs drawn in it, their composite parts and .notdef only. */
    @Test
    void eachFaceUsedIsEmbeddedAsASubsetOfTheGlyphsDrawn() throws IOException {
        byte[] pdf = export(vietnamesePlan());
        Map<String, Set<Integer>> drawn = new TreeMap<>();
        Map<String, PDType0Font> fonts = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    PDType0Font font = (PDType0Font) text.getFont();
                    fonts.put(font.getName(), font);
                    for (int code : text.getCharacterCodes()) {
                        drawn.computeIfAbsent(font.getName(), name -> new TreeSet<>()).add(code);
                    }
                    super.processTextPosition(text);
                }
            }.getText(doc);
            assertThat(drawn.keySet()).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSerif.*"));
            for (Map.Entry<String, Set<Integer>> face : drawn.entrySet()) {
                String name = face.getKey();
                try (TrueTypeFont whole = wholeFace(name.substring(name.indexOf('+') + 1))) {
                    // Identity-H with the original glyph IDs as CIDs: a code drawn is a glyph of the whole face.
                    Set<Integer> expected = withCompositeParts(whole, face.getValue());
                    expected.add(0);
                    TrueTypeFont embedded = ((PDCIDFontType2) fonts.get(name).getDescendantFont()).getTrueTypeFont();
                    assertThat(embedded.getNumberOfGlyphs()).as(name).isEqualTo(expected.size());
                    assertThat(embedded.getNumberOfGlyphs()).as(name).isLessThan(whole.getNumberOfGlyphs() / 10);
                }
            }
        }
    }

    private static TrueTypeFont wholeFace(String postScriptName) throws IOException {
        String file = "fonts/" + (postScriptName.contains("-") ? postScriptName : postScriptName + "-Regular") + ".ttf";
        try (var in = PdfExporter.class.getResourceAsStream(file)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    private static Set<Integer> withCompositeParts(TrueTypeFont font, Set<Integer> glyphs) throws IOException {
        Set<Integer> all = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>(glyphs);
        while (!todo.isEmpty()) {
            int gid = todo.pop();
            if (all.add(gid)) {
                GlyphData glyph = font.getGlyph().getGlyph(gid);
                if (glyph != null && glyph.getDescription() instanceof GlyfCompositeDescript composite) {
                    composite.getComponents().forEach(part -> todo.push(part.getGlyphIndex()));
                }
            }
        }
        return all;
    }

    /** Seed 003 with a section of Vietnamese letters: a pangram, every vowel and tone, and a decomposed copy. */
    private static Plan vietnamesePlan() {
        Plan original = Fixtures.plan("003_44668950db2da263");
        String decomposed = Normalizer.normalize(PANGRAM, Normalizer.Form.NFD);
        return PlanBuilder.builder(original).sections(List.of(new Section("I.", "Chữ Việt", null, List.of(
                new Paragraph(PANGRAM), new Paragraph(VIETNAMESE_LETTERS), new Paragraph(decomposed))))).build();
    }

    @Test
    void everyVietnameseLetterHasAGlyphInTheEmbeddedFontAndReadsBackAsWritten() throws IOException {
        byte[] pdf = export(vietnamesePlan());
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
