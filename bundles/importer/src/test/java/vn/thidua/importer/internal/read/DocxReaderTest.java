package vn.thidua.importer.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.importer.DocumentTooLargeException;
import vn.thidua.importer.UnreadableDocumentException;
import vn.thidua.importer.UnsupportedDocumentException;
import vn.thidua.importer.internal.document.Alignment;
import vn.thidua.importer.internal.document.DocBlock;
import vn.thidua.importer.internal.document.DocParagraph;
import vn.thidua.importer.internal.document.DocTable;

class DocxReaderTest {

    private static final String NUMBERING = "<w:abstractNum w:abstractNumId=\"0\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%3)\"/></w:lvl>"
            + "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";

    private static String numbered(int numId, int level, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    @Test
    void automaticNumberingIsCountedAsWordCountsIt() {
        byte[] docx = Docx.of(numbered(1, 0, "MỤC ĐÍCH") + numbered(1, 1, "Mục đích") + numbered(1, 2, "Một")
                + numbered(1, 2, "Hai") + numbered(1, 1, "Yêu cầu") + numbered(1, 0, "NỘI DUNG") + numbered(1, 1, "Nhiệm vụ")
                + numbered(2, 0, "gạch đầu dòng"), NUMBERING);
        List<DocBlock> blocks = DocxReader.read(docx, ReadLimits.DEFAULTS).blocks();
        assertThat(blocks).extracting(b -> ((DocParagraph) b).fullText()).containsExactly(
                "I. MỤC ĐÍCH", "1. Mục đích", "a) Một", "b) Hai", "2. Yêu cầu", "II. NỘI DUNG", "1. Nhiệm vụ", "- gạch đầu dòng");
    }

    @Test
    void boldAlignmentStyleAndLineBreaksAreKept() {
        String signature = "<w:p><w:pPr><w:pStyle w:val=\"Signature\"/><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:r><w:rPr><w:b/></w:rPr><w:t>KT. TRƯỞNG BAN</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:br/><w:t>PHÓ TRƯỞNG BAN</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>Nguyễn Văn A</w:t></w:r></w:p>";
        List<DocBlock> blocks = DocxReader.read(Docx.of(signature, null), ReadLimits.DEFAULTS).blocks();
        assertThat(blocks).containsExactly(
                new DocParagraph("KT. TRƯỞNG BAN", null, "Signature", Alignment.CENTER, true, false),
                new DocParagraph("PHÓ TRƯỞNG BAN", null, "Signature", Alignment.CENTER, true, false),
                new DocParagraph("Nguyễn Văn A", null, null, Alignment.UNKNOWN, false, false));
    }

    @Test
    void aTextBoxIsReadOnceBeforeItsAnchorAndItsFallbackCopyIsSkipped() {
        String box = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>"
                + Docx.p("UBND TỈNH GIA LAI") + Docx.p("BAN QUẢN LÝ KHU KINH TẾ")
                + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>"
                + Docx.p("UBND TỈNH GIA LAI") + Docx.p("BAN QUẢN LÝ KHU KINH TẾ")
                + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
                + "<w:r><w:t>Số: /KH-BQLKKT</w:t></w:r></w:p>";
        List<DocBlock> blocks = DocxReader.read(Docx.of(box, null), ReadLimits.DEFAULTS).blocks();
        assertThat(blocks).extracting(b -> ((DocParagraph) b).text())
                .containsExactly("UBND TỈNH GIA LAI", "BAN QUẢN LÝ KHU KINH TẾ", "Số: /KH-BQLKKT");
        assertThat(((DocParagraph) blocks.get(0)).textBox()).isTrue();
        assertThat(((DocParagraph) blocks.get(2)).textBox()).isFalse();
    }

    @Test
    void tablesKeepMergedCells() {
        String table = "<w:tbl>"
                + "<w:tr><w:tc>" + Docx.p("TT") + "</w:tc><w:tc>" + Docx.p("Nội dung") + "</w:tc><w:tc>" + Docx.p("Thực hiện") + "</w:tc></w:tr>"
                + "<w:tr><w:tc>" + Docx.p("1") + "</w:tc><w:tc>" + Docx.p("Việc một") + Docx.p("dòng hai")
                + "</w:tc><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + Docx.p("Văn phòng") + "</w:tc></w:tr>"
                + "<w:tr><w:tc>" + Docx.p("2") + "</w:tc><w:tc>" + Docx.p("Việc hai") + "</w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>" + Docx.p("Ghi chú chung") + "</w:tc></w:tr>"
                + "</w:tbl>";
        List<DocBlock> blocks = DocxReader.read(Docx.of(table, null), ReadLimits.DEFAULTS).blocks();
        DocTable t = (DocTable) blocks.get(0);
        assertThat(t.rows()).hasSize(4);
        assertThat(t.gridRow(1)).containsExactly("1", "Việc một\ndòng hai", "Văn phòng");
        assertThat(t.gridRow(2)).containsExactly("2", "Việc hai", "Văn phòng");
        assertThat(t.rows().get(2).get(2).mergedFromAbove()).isTrue();
        assertThat(t.gridRow(3)).containsExactly("Ghi chú chung", "", "");
    }

    @Test
    void aZipBombIsRefusedByItsExpansion() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", ("<w:document " + Docx.NS + "><w:body>" + Docx.p("x") + "</w:body></w:document>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("word/media/zeros.bin", new byte[4 << 20]);
        byte[] bomb = Docx.zip(parts);
        ReadLimits limits = new ReadLimits(1 << 20, 100, 2 << 20, 1000);
        assertThatThrownBy(() -> DocxReader.read(bomb, limits)).isInstanceOf(DocumentTooLargeException.class)
                .hasMessageContaining("expands to more than 2097152 bytes");
        ReadLimits byRatio = new ReadLimits(1 << 20, 100, 100 << 20, 50);
        assertThatThrownBy(() -> DocxReader.read(bomb, byRatio)).isInstanceOf(DocumentTooLargeException.class)
                .hasMessageContaining("more than 50 times its size");
    }

    @Test
    void tooManyPartsAreRefused() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            parts.put("word/part" + i + ".xml", new byte[1]);
        }
        assertThatThrownBy(() -> DocxReader.read(Docx.zip(parts), new ReadLimits(1 << 20, 10, 1 << 20, 100)))
                .isInstanceOf(DocumentTooLargeException.class).hasMessageContaining("more than 10 parts");
    }

    @Test
    void encryptedLegacyAndCorruptDocumentsAreTold() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] encrypted = concat(ole, "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> DocxReader.read(encrypted, ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(UnreadableDocumentException.Reason.ENCRYPTED));
        assertThatThrownBy(() -> DocxReader.read(ole, ReadLimits.DEFAULTS)).isInstanceOf(UnsupportedDocumentException.class)
                .hasMessageContaining(".doc");
        byte[] truncated = java.util.Arrays.copyOf(Docx.of(Docx.p("x"), null), 40);
        assertThatThrownBy(() -> DocxReader.read(truncated, ReadLimits.DEFAULTS))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.kind()).isEqualTo(UnreadableDocumentException.Reason.CORRUPT));
        byte[] noDocument = Docx.zip(Map.of("readme.txt", new byte[] {'x'}));
        assertThatThrownBy(() -> DocxReader.read(noDocument, ReadLimits.DEFAULTS))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("word/document.xml");
    }

    @Test
    void anExternalEntityIsNotResolved() {
        byte[] xxe = Docx.zip(Map.of("word/document.xml", ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document " + Docx.NS + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
                .getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> DocxReader.read(xxe, ReadLimits.DEFAULTS)).isInstanceOf(UnreadableDocumentException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
