package vn.thidua.importer.internal.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small WordprocessingML packages written by hand, for the reader's tests. */
final class Docx {

    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    private Docx() {
    }

    static byte[] of(String body, String numbering) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + NS + "><w:body>"
                + body + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        if (numbering != null) {
            parts.put("word/numbering.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + NS + ">"
                    + numbering + "</w:numbering>").getBytes(StandardCharsets.UTF_8));
        }
        return zip(parts);
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }
}
