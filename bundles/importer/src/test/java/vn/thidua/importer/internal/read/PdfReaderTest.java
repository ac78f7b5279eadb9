package vn.thidua.importer.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import vn.thidua.importer.UnreadableDocumentException;
import vn.thidua.importer.internal.document.DocParagraph;

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

    @Test
    void runningHeadersAndPageNumbersAreDroppedAndBrokenLinesJoined() throws IOException {
        byte[] pdf = pdf(List.of(
                List.of("Ban Quan ly cac KCN - Ke hoach 2020", "I. MUC DICH", "Nang cao nhan thuc cua cac don vi trong",
                        "khoi ve cong tac thi dua.", "1"),
                List.of("Ban Quan ly cac KCN - Ke hoach 2020", "II. NOI DUNG", "Thi dua hoan thanh nhiem vu.", "2")), null);
        List<String> texts = PdfReader.read(pdf).blocks().stream().map(b -> ((DocParagraph) b).text()).toList();
        assertThat(texts).containsExactly("I. MUC DICH", "Nang cao nhan thuc cua cac don vi trong khoi ve cong tac thi dua.",
                "II. NOI DUNG", "Thi dua hoan thanh nhiem vu.");
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
