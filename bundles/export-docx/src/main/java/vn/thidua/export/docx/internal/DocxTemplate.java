package vn.thidua.export.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A Word template (.docx) as the exporter uses it: every part is kept as it is except the body of
 * {@code word/document.xml}, which is written from the plan in the template's named styles, and the
 * document's title in {@code docProps/core.xml}. The page setup is the template's last section
 * (its {@code w:sectPr}), so margins and headers an administrator sets in Word are kept.
 */
final class DocxTemplate {

    static final String DOCUMENT = "word/document.xml";
    static final String STYLES = "word/styles.xml";
    static final String CORE = "docProps/core.xml";
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    /** Every entry gets this time: the same plan gives the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final Pattern ROOT = Pattern.compile("<w:document\\b[^>]*>");
    private static final Pattern SECTION = Pattern.compile("<w:sectPr\\b.*?</w:sectPr>|<w:sectPr\\b[^>]*/>", Pattern.DOTALL);
    private static final Pattern PAGE_WIDTH = Pattern.compile("<w:pgSz\\b[^>]*\\bw:w=\"(\\d+)\"");
    private static final Pattern MARGIN = Pattern.compile("<w:pgMar\\b[^>]*>");

    private final String name;
    private final Map<String, byte[]> parts;
    private final String root;
    private final String section;

    private DocxTemplate(String name, Map<String, byte[]> parts, String root, String section) {
        this.name = name;
        this.parts = parts;
        this.root = root;
        this.section = section;
    }

    /** Reads a template; {@code name} says where it came from in error messages. */
    static DocxTemplate read(String name, byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    parts.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        for (String required : new String[] {CONTENT_TYPES, DOCUMENT, STYLES}) {
            if (!parts.containsKey(required)) {
                throw new IOException("Word template " + name + " is not a .docx: it has no " + required);
            }
        }
        String document = new String(parts.get(DOCUMENT), StandardCharsets.UTF_8);
        Matcher root = ROOT.matcher(document);
        if (!root.find()) {
            throw new IOException("Word template " + name + ": " + DOCUMENT + " has no w:document element");
        }
        Matcher section = SECTION.matcher(document);
        String last = null;
        while (section.find()) {
            last = section.group();
        }
        if (last == null) {
            throw new IOException("Word template " + name + ": " + DOCUMENT + " has no page setup (w:sectPr)");
        }
        return new DocxTemplate(name, parts, root.group(), last);
    }

    String name() {
        return name;
    }

    /** The width between the margins, in twentieths of a point. */
    int textWidth() {
        Matcher width = PAGE_WIDTH.matcher(section);
        Matcher margin = MARGIN.matcher(section);
        if (!width.find() || !margin.find()) {
            return 9354;
        }
        return Integer.parseInt(width.group(1)) - attribute(margin.group(), "w:left") - attribute(margin.group(), "w:right");
    }

    private static int attribute(String element, String attribute) {
        Matcher m = Pattern.compile("\\b" + attribute + "=\"(-?\\d+)\"").matcher(element);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The document: the template with {@code body} (WordprocessingML body content) as its body. */
    byte[] write(String body, String title) throws IOException {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + root + "<w:body>" + body + section + "</w:body></w:document>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            // The content types first, as some readers expect; then the template's own order.
            put(zip, CONTENT_TYPES, parts.get(CONTENT_TYPES));
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                String partName = part.getKey();
                if (partName.equals(CONTENT_TYPES)) {
                    continue;
                }
                byte[] content = partName.equals(DOCUMENT) ? document.getBytes(StandardCharsets.UTF_8)
                        : partName.equals(CORE) ? core(title) : part.getValue();
                put(zip, partName, content);
            }
        }
        return bytes.toByteArray();
    }

    /** Core properties with the title only: no author, no creation or modification time. */
    private static byte[] core(String title) {
        StringBuilder escaped = new StringBuilder();
        vn.thidua.export.layout.Escape.xml(title, escaped);
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + escaped + "</dc:title></cp:coreProperties>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
