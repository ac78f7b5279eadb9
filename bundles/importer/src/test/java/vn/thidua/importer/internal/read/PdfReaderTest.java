package vn.thidua.importer.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.thidua.importer.UnreadableDocumentException;
import vn.thidua.importer.internal.document.DocBlock;
import vn.thidua.importer.internal.document.DocParagraph;
import vn.thidua.importer.internal.document.DocTable;

class PdfReaderTest {

    /** A PDF of pages, each a list of lines written top to bottom (ASCII: the standard fonts have no Vietnamese). */
    static byte[] pdf(List<List<String>> pages, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    float y = 750;
                    for (String line : lines) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.newLineAtOffset(72, y);
                        content.showText(line);
                        content.endText();
                        y -= 16;
                    }
                }
            }
            if (userPassword != null) {
                doc.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Pages drawn by hand: text where it stands (from the page's top, as a reader sees it) and ruling lines. */
    private static final class Drawing {

        private static final float HEIGHT = PDRectangle.A4.getHeight();
        private final PDDocument doc = new PDDocument();
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream content;

        Drawing page() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            return this;
        }

        Drawing text(float x, float baseline, String text) throws IOException {
            return text(x, baseline, 11, false, text);
        }

        Drawing text(float x, float baseline, float size, boolean isBold, String text) throws IOException {
            content.beginText();
            content.setFont(isBold ? bold : regular, size);
            content.newLineAtOffset(x, HEIGHT - baseline);
            content.showText(text);
            content.endText();
            return this;
        }

        /** A line of text centred on {@code centre}. */
        Drawing centred(float centre, float baseline, float size, boolean isBold, String text) throws IOException {
            float width = (isBold ? bold : regular).getStringWidth(text) / 1000 * size;
            return text(centre - width / 2, baseline, size, isBold, text);
        }

        /** A table's rules: a horizontal rule at each of {@code ys}, a vertical one at each of {@code xs}. */
        Drawing grid(float[] xs, float[] ys) throws IOException {
            content.setLineWidth(0.75f);
            for (float y : ys) {
                content.moveTo(xs[0], HEIGHT - y);
                content.lineTo(xs[xs.length - 1], HEIGHT - y);
            }
            for (float x : xs) {
                content.moveTo(x, HEIGHT - ys[0]);
                content.lineTo(x, HEIGHT - ys[ys.length - 1]);
            }
            content.stroke();
            return this;
        }

        /** One rule, from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}), stroked. */
        Drawing rule(float x0, float y0, float x1, float y1) throws IOException {
            content.setLineWidth(0.75f);
            content.moveTo(x0, HEIGHT - y0);
            content.lineTo(x1, HEIGHT - y1);
            content.stroke();
            return this;
        }

        byte[] bytes() throws IOException {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            doc.close();
            return out.toByteArray();
        }
    }

    private static List<String> paragraphs(byte[] pdf) {
        return PdfReader.read(pdf).blocks().stream().filter(DocParagraph.class::isInstance)
                .map(b -> ((DocParagraph) b).text()).toList();
    }

    private static List<List<String>> rows(DocTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            rows.add(table.gridRow(i));
        }
        return rows;
    }

    @Test
    void runningHeadersAndPageNumbersAreDroppedAndWrappedLinesJoined() throws IOException {
        Drawing d = new Drawing();
        d.page().centred(300, 40, 9, false, "Ban Quan ly cac KCN - Ke hoach 2020")
                .text(72, 100, "I. MUC DICH")
                .text(72, 116, "Nang cao nhan thuc cua cac don vi trong")
                .text(72, 132, "khoi ve cong tac thi dua.")
                .centred(300, 810, 11, false, "1");
        d.page().centred(300, 40, 9, false, "Ban Quan ly cac KCN - Ke hoach 2020")
                .text(72, 100, "II. NOI DUNG")
                .text(72, 116, "Thi dua hoan thanh nhiem vu.")
                .centred(300, 810, 11, false, "2");
        assertThat(paragraphs(d.bytes())).containsExactly("I. MUC DICH",
                "Nang cao nhan thuc cua cac don vi trong khoi ve cong tac thi dua.", "II. NOI DUNG",
                "Thi dua hoan thanh nhiem vu.");
    }

    @Test
    void aPageNumberAtTheBottomCentreIsDroppedAndAParagraphGoesOnOnTheNextPage() throws IOException {
        Drawing d = new Drawing();
        d.page().text(90, 100, "Cac don vi trong Khoi xay dung ke hoach thuc hien cua co quan, don vi minh; quan")
                .text(72, 116, "triet va chi dao, dong vien can bo, cong chuc, vien chuc va nguoi lao dong thuc hien")
                .centred(300, 810, 11, false, "- 1 -");
        d.page().text(72, 100, "thang loi cac noi dung thi dua da giao uoc.")
                .text(90, 116, "To giup viec giup Khoi truong don doc.")
                .centred(300, 810, 11, false, "- 2 -");
        assertThat(paragraphs(d.bytes())).containsExactly(
                "Cac don vi trong Khoi xay dung ke hoach thuc hien cua co quan, don vi minh; quan triet va chi dao, dong vien"
                        + " can bo, cong chuc, vien chuc va nguoi lao dong thuc hien thang loi cac noi dung thi dua da giao uoc.",
                "To giup viec giup Khoi truong don doc.");
    }

    /** A task table as Word or the platform draws it: ruled cells, each cell's text wrapped over its lines. */
    @Test
    void aRuledTableIsReadCellByCellWithItsWrappedLinesJoined() throws IOException {
        float[] xs = {72, 100, 330, 420, 520};
        Drawing d = new Drawing();
        d.page().text(72, 90, "1. Noi dung cong viec:")
                .grid(xs, new float[] {100, 120, 175, 200})
                .text(78, 114, 11, true, "TT").text(106, 114, 11, true, "Noi dung").text(336, 114, 11, true, "Thoi gian")
                .text(426, 114, 11, true, "Thuc hien")
                .text(78, 134, "1").text(106, 134, "Bao cao ket qua to chuc thuc hien phong").text(336, 134, "Truoc ngay")
                .text(426, 134, "Truong, pho Khoi")
                .text(106, 150, "trao thi dua 6 thang dau nam va phuong").text(336, 150, "08/7/2018").text(426, 150, "va cac thanh")
                .text(106, 166, "huong nhiem vu 6 thang cuoi nam.").text(426, 166, "vien")
                .text(78, 194, "2").text(106, 194, "Thanh lap to giup viec.").text(336, 194, "Quy II").text(426, 194, "Khoi truong")
                .text(72, 230, "III. TO CHUC THUC HIEN");
        List<DocBlock> blocks = PdfReader.read(d.bytes()).blocks();
        assertThat(blocks).hasSize(3);
        assertThat(((DocParagraph) blocks.get(0)).text()).isEqualTo("1. Noi dung cong viec:");
        assertThat(rows((DocTable) blocks.get(1))).containsExactly(
                List.of("TT", "Noi dung", "Thoi gian", "Thuc hien"),
                List.of("1", "Bao cao ket qua to chuc thuc hien phong trao thi dua 6 thang dau nam va phuong huong nhiem vu"
                        + " 6 thang cuoi nam.", "Truoc ngay 08/7/2018", "Truong, pho Khoi va cac thanh vien"),
                List.of("2", "Thanh lap to giup viec.", "Quy II", "Khoi truong"));
        assertThat(((DocParagraph) blocks.get(2)).text()).isEqualTo("III. TO CHUC THUC HIEN");
    }

    @ParameterizedTest(name = "header repeated: {0}")
    @ValueSource(booleans = {true, false})
    void aTableSplitOverTwoPagesIsOneTable(boolean headerRepeated) throws IOException {
        float[] xs = {72, 100, 330, 420};
        Drawing d = new Drawing();
        d.page().text(72, 90, "Cac nhiem vu:")
                .grid(xs, new float[] {700, 720, 740, 760})
                .text(78, 714, 11, true, "TT").text(106, 714, 11, true, "Noi dung").text(336, 714, 11, true, "Thoi gian")
                .text(78, 734, "1").text(106, 734, "Thanh lap to giup viec.").text(336, 734, "Quy II")
                .text(78, 754, "2").text(106, 754, "Xay dung ke hoach.").text(336, 754, "Quy III")
                .centred(300, 810, 11, false, "1");
        d.page();
        float top = 60;
        if (headerRepeated) {
            d.grid(xs, new float[] {60, 80, 100})
                    .text(78, 74, 11, true, "TT").text(106, 74, 11, true, "Noi dung").text(336, 74, 11, true, "Thoi gian");
            top = 80;
        } else {
            d.grid(xs, new float[] {60, 80});
        }
        d.text(78, top + 14, "3").text(106, top + 14, "Tong ket nam.").text(336, top + 14, "Quy IV")
                .text(72, 140, "Tren day la ke hoach cua Khoi.")
                .centred(300, 810, 11, false, "2");
        List<DocBlock> blocks = PdfReader.read(d.bytes()).blocks();
        assertThat(blocks).hasSize(3);
        assertThat(rows((DocTable) blocks.get(1))).containsExactly(
                List.of("TT", "Noi dung", "Thoi gian"),
                List.of("1", "Thanh lap to giup viec.", "Quy II"),
                List.of("2", "Xay dung ke hoach.", "Quy III"),
                List.of("3", "Tong ket nam.", "Quy IV"));
        assertThat(((DocParagraph) blocks.get(2)).text()).isEqualTo("Tren day la ke hoach cua Khoi.");
    }

    /** A side without a rule merges a cell with its neighbour: across (a span) or down (merged from above). */
    @Test
    void cellsWithoutARuleBetweenThemAreMerged() throws IOException {
        Drawing d = new Drawing();
        d.page().text(72, 90, "Bang:")
                .rule(72, 100, 372, 100).rule(72, 120, 372, 120).rule(72, 140, 272, 140).rule(72, 160, 372, 160)
                .rule(72, 100, 72, 160).rule(172, 100, 172, 120).rule(172, 140, 172, 160).rule(272, 100, 272, 160)
                .rule(372, 100, 372, 160)
                .text(78, 114, "A").text(178, 114, "B").text(278, 114, "C")
                .text(78, 134, "Across two columns").text(278, 134, "Down two rows")
                .text(78, 154, "D").text(178, 154, "E");
        DocTable table = (DocTable) PdfReader.read(d.bytes()).blocks().get(1);
        assertThat(table.rows()).containsExactly(
                List.of(new DocTable.Cell("A", 1, false), new DocTable.Cell("B", 1, false), new DocTable.Cell("C", 1, false)),
                List.of(new DocTable.Cell("Across two columns", 2, false), new DocTable.Cell("Down two rows", 1, false)),
                List.of(new DocTable.Cell("D", 1, false), new DocTable.Cell("E", 1, false), new DocTable.Cell("", 1, true)));
    }

    /** Recipients beside the signature, as a closing is set: the left column's lines, then the right's. */
    @Test
    void aTwoColumnSignatureBlockIsReadColumnByColumn() throws IOException {
        Drawing d = new Drawing();
        d.page().text(72, 100, "Tren day la Ke hoach phat dong phong trao thi dua nam 2024 cua Ban Quan ly cac KCN tinh.")
                .text(72, 140, 12, true, "Noi nhan:").centred(420, 140, 13, true, "KT. TRUONG BAN")
                .text(72, 154, 10, false, "- Ban TDKT tinh;").centred(420, 156, 13, true, "PHO TRUONG BAN")
                .text(72, 166, 10, false, "- Cac phong, don vi thuoc Ban Quan ly cac")
                .text(72, 178, 10, false, "KCN tinh;")
                .text(72, 190, 10, false, "- Luu: VT, VP.")
                .centred(420, 230, 13, true, "Nguyen Van An")
                .centred(300, 810, 11, false, "3");
        assertThat(paragraphs(d.bytes())).containsExactly(
                "Tren day la Ke hoach phat dong phong trao thi dua nam 2024 cua Ban Quan ly cac KCN tinh.",
                "Noi nhan:", "- Ban TDKT tinh;", "- Cac phong, don vi thuoc Ban Quan ly cac KCN tinh;", "- Luu: VT, VP.",
                "KT. TRUONG BAN", "PHO TRUONG BAN", "Nguyen Van An");
    }

    @Test
    void aScanWithoutTextIsRefused() throws IOException {
        byte[] blank = pdf(List.of(List.of(), List.of()), null);
        assertThatThrownBy(() -> PdfReader.read(blank)).isInstanceOfSatisfying(UnreadableDocumentException.class,
                e -> assertThat(e.kind()).isEqualTo(UnreadableDocumentException.Reason.NO_TEXT_LAYER));
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        byte[] locked = pdf(List.of(List.of("Secret plan text that is long enough")), "user-password");
        assertThatThrownBy(() -> PdfReader.read(locked)).isInstanceOfSatisfying(UnreadableDocumentException.class,
                e -> assertThat(e.kind()).isEqualTo(UnreadableDocumentException.Reason.ENCRYPTED));
    }

    @Test
    void aBrokenPdfIsCorrupt() {
        assertThatThrownBy(() -> PdfReader.read("%PDF-1.7\nnot really".getBytes()))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(UnreadableDocumentException.Reason.CORRUPT));
    }
}
