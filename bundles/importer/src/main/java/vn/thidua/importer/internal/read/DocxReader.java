package vn.thidua.importer.internal.read;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.thidua.importer.UnreadableDocumentException;
import vn.thidua.importer.UnsupportedDocumentException;
import vn.thidua.importer.internal.document.Alignment;
import vn.thidua.importer.internal.document.DocBlock;
import vn.thidua.importer.internal.document.DocParagraph;
import vn.thidua.importer.internal.document.DocTable;
import vn.thidua.importer.internal.document.SourceDocument;

/**
 * A {@code .docx} read as WordprocessingML straight from its zip with StAX: paragraphs with their
 * automatic numbering resolved ({@link Numbering}), style, alignment and boldness; tables with
 * merged cells; text boxes (letterheads sit in them) as paragraphs before the paragraph that anchors
 * them. Apache POI is not used: its jars are not OSGi bundles, and this needs a small part of it.
 * Line breaks ({@code w:br}) split a paragraph, as a signature block's lines are.
 */
public final class DocxReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String DOCUMENT = "word/document.xml";
    private static final String NUMBERING = "word/numbering.xml";
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final Numbering numbering;

    private DocxReader(Numbering numbering) {
        this.numbering = numbering;
    }

    public static SourceDocument read(byte[] bytes, ReadLimits limits) {
        if (startsWith(bytes, OLE_MAGIC)) {
            if (contains(bytes, "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE))) {
                throw new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED,
                        "the Word document is protected by a password: remove the protection and upload it again", null);
            }
            throw new UnsupportedDocumentException("a Word 97-2003 document (.doc) is not read: save it as .docx");
        }
        Map<String, byte[]> parts = ZipParts.read(bytes, Set.of(DOCUMENT, NUMBERING), limits);
        byte[] document = parts.get(DOCUMENT);
        if (document == null) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    "the package has no word/document.xml: not a Word document", null);
        }
        try {
            Numbering numbering = parts.containsKey(NUMBERING) ? Numbering.read(stream(parts.get(NUMBERING))) : Numbering.NONE;
            return new DocxReader(numbering).body(stream(document));
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    "the Word document's XML is broken: " + e.getMessage(), e);
        }
    }

    static XMLStreamReader stream(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    private SourceDocument body(XMLStreamReader xml) throws XMLStreamException {
        List<DocBlock> blocks = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "p" -> blocks.addAll(paragraph(xml, false));
                    case "tbl" -> blocks.add(table(xml));
                    default -> { }
                }
            }
        }
        return new SourceDocument("docx", blocks);
    }

    /** A {@code w:p} from its start to its end: the text boxes it anchors, then its own lines. */
    private List<DocParagraph> paragraph(XMLStreamReader xml, boolean inTextBox) throws XMLStreamException {
        List<DocParagraph> boxes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String style = null;
        String numId = null;
        int level = 0;
        Alignment alignment = Alignment.UNKNOWN;
        boolean inRun = false;
        boolean runBold = false;
        boolean inRunProperties = false;
        int boldChars = 0;
        int chars = 0;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                String ns = xml.getNamespaceURI();
                if (MC.equals(ns) && name.equals("Fallback")) {
                    skip(xml);
                    depth--;
                    continue;
                }
                if (!W.equals(ns)) {
                    continue;
                }
                switch (name) {
                    case "txbxContent" -> {
                        boxes.addAll(textBox(xml));
                        depth--;
                    }
                    case "del", "instrText", "delText" -> {
                        skip(xml);
                        depth--;
                    }
                    case "pStyle" -> style = attr(xml, "val");
                    case "numId" -> numId = attr(xml, "val");
                    case "ilvl" -> level = parseInt(attr(xml, "val"));
                    case "jc" -> alignment = alignment(attr(xml, "val"));
                    case "r" -> {
                        inRun = true;
                        runBold = false;
                    }
                    case "rPr" -> inRunProperties = inRun;
                    case "b" -> {
                        if (inRunProperties) {
                            String val = attr(xml, "val");
                            runBold = val == null || !(val.equals("0") || val.equals("false"));
                        }
                    }
                    case "t" -> {
                        String t = xml.getElementText();
                        depth--;
                        text.append(t);
                        int visible = t.strip().length();
                        chars += visible;
                        if (runBold) {
                            boldChars += visible;
                        }
                    }
                    case "tab" -> text.append(inRun ? "\t" : "");
                    case "br", "cr" -> {
                        if (inRun) {
                            lines.add(text.toString());
                            text.setLength(0);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (W.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "r" -> inRun = false;
                        case "rPr" -> inRunProperties = false;
                        default -> { }
                    }
                }
            }
        }
        lines.add(text.toString());
        String label = numId == null ? null : numbering.next(numId, level);
        boolean bold = chars > 0 && boldChars == chars;
        List<DocParagraph> out = new ArrayList<>(boxes);
        boolean first = true;
        for (String line : lines) {
            String clean = line.replace('\t', ' ').replace('\u00A0', ' ').replaceAll(" {2,}", " ").strip();
            if (clean.isEmpty()) {
                continue;
            }
            out.add(new DocParagraph(clean, first ? label : null, style, alignment, bold, inTextBox));
            first = false;
        }
        return out;
    }

    private List<DocParagraph> textBox(XMLStreamReader xml) throws XMLStreamException {
        List<DocParagraph> out = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (W.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("p")) {
                    out.addAll(paragraph(xml, true));
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return out;
    }

    private DocTable table(XMLStreamReader xml) throws XMLStreamException {
        List<List<DocTable.Cell>> rows = new ArrayList<>();
        List<DocTable.Cell> row = null;
        StringBuilder cell = null;
        int span = 1;
        boolean merged = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!W.equals(xml.getNamespaceURI())) {
                    depth++;
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "p" -> {
                        for (DocParagraph p : paragraph(xml, false)) {
                            if (cell != null) {
                                cell.append(cell.length() == 0 ? "" : "\n").append(p.fullText());
                            }
                        }
                        continue;
                    }
                    case "tbl" -> {
                        // A table in a cell: its cells' texts, row by row, into the cell.
                        DocTable inner = table(xml);
                        for (List<DocTable.Cell> r : inner.rows()) {
                            for (DocTable.Cell c : r) {
                                if (cell != null && !c.text().isEmpty()) {
                                    cell.append(cell.length() == 0 ? "" : "\n").append(c.text());
                                }
                            }
                        }
                        continue;
                    }
                    case "tr" -> row = new ArrayList<>();
                    case "tc" -> {
                        cell = new StringBuilder();
                        span = 1;
                        merged = false;
                    }
                    case "gridSpan" -> span = Math.max(1, parseInt(attr(xml, "val")));
                    case "vMerge" -> {
                        String val = attr(xml, "val");
                        merged = val == null || val.equals("continue");
                    }
                    default -> { }
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (!W.equals(xml.getNamespaceURI())) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "tc" -> {
                        if (row != null && cell != null) {
                            row.add(new DocTable.Cell(cell.toString().strip(), span, merged));
                        }
                        cell = null;
                    }
                    case "tr" -> {
                        if (row != null) {
                            rows.add(row);
                        }
                        row = null;
                    }
                    default -> { }
                }
            }
        }
        return new DocTable(rows);
    }

    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    static String attr(XMLStreamReader xml, String name) {
        String v = xml.getAttributeValue(W, name);
        return v != null ? v : xml.getAttributeValue(null, name);
    }

    static int parseInt(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Alignment alignment(String val) {
        if (val == null) {
            return Alignment.UNKNOWN;
        }
        return switch (val) {
            case "left", "start" -> Alignment.LEFT;
            case "center" -> Alignment.CENTER;
            case "right", "end" -> Alignment.RIGHT;
            case "both", "distribute" -> Alignment.JUSTIFIED;
            default -> Alignment.UNKNOWN;
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Word's automatic numbering: the label of each numbered paragraph, counted as Word counts it. */
    static final class Numbering {

        static final Numbering NONE = new Numbering(Map.of(), Map.of());

        private record Level(String format, String text, int start) {
        }

        private final Map<String, Map<Integer, Level>> abstracts;
        private final Map<String, String> numToAbstract;
        private final Map<String, int[]> counters = new HashMap<>();

        private Numbering(Map<String, Map<Integer, Level>> abstracts, Map<String, String> numToAbstract) {
            this.abstracts = abstracts;
            this.numToAbstract = numToAbstract;
        }

        static Numbering read(XMLStreamReader xml) throws XMLStreamException {
            Map<String, Map<Integer, Level>> abstracts = new HashMap<>();
            Map<String, String> nums = new HashMap<>();
            String abstractId = null;
            String numId = null;
            int ilvl = -1;
            String format = "decimal";
            String text = "";
            int start = 1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "abstractNum" -> abstractId = attr(xml, "abstractNumId");
                        case "lvl" -> {
                            ilvl = parseInt(attr(xml, "ilvl"));
                            format = "decimal";
                            text = "";
                            start = 1;
                        }
                        case "numFmt" -> format = attr(xml, "val");
                        case "lvlText" -> text = attr(xml, "val") == null ? "" : attr(xml, "val");
                        case "start" -> start = parseInt(attr(xml, "val"));
                        case "num" -> numId = attr(xml, "numId");
                        case "abstractNumId" -> {
                            if (numId != null) {
                                nums.put(numId, attr(xml, "val"));
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "lvl" -> {
                            if (abstractId != null && ilvl >= 0) {
                                abstracts.computeIfAbsent(abstractId, k -> new HashMap<>())
                                        .put(ilvl, new Level(format, text, start));
                            }
                        }
                        case "abstractNum" -> abstractId = null;
                        case "num" -> numId = null;
                        default -> { }
                    }
                }
            }
            return new Numbering(abstracts, nums);
        }

        /** The label of the next paragraph numbered {@code numId} at {@code level}, or null for none. */
        String next(String numId, int level) {
            Map<Integer, Level> levels = abstracts.get(numToAbstract.get(numId));
            if (levels == null || !levels.containsKey(level) || level > 8) {
                return null;
            }
            int[] count = counters.computeIfAbsent(numToAbstract.get(numId), k -> new int[9]);
            count[level] = count[level] == 0 ? levels.get(level).start() : count[level] + 1;
            for (int deeper = level + 1; deeper < 9; deeper++) {
                count[deeper] = 0;
            }
            Level lvl = levels.get(level);
            if ("bullet".equals(lvl.format())) {
                String mark = lvl.text().strip();
                return mark.equals("-") || mark.equals("+") ? mark : mark.isEmpty() ? null : "-";
            }
            if ("none".equals(lvl.format())) {
                return null;
            }
            StringBuilder label = new StringBuilder();
            String text = lvl.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    int which = text.charAt(++i) - '1';
                    Level ref = levels.getOrDefault(which, lvl);
                    int value = which >= 0 && which < 9 ? Math.max(count[which], ref.start()) : 0;
                    label.append(format(ref.format(), value));
                } else {
                    label.append(c);
                }
            }
            String out = label.toString().strip();
            return out.isEmpty() ? null : out;
        }

        private static String format(String format, int value) {
            return switch (format == null ? "decimal" : format) {
                case "upperRoman" -> roman(value);
                case "lowerRoman" -> roman(value).toLowerCase(java.util.Locale.ROOT);
                case "upperLetter" -> String.valueOf((char) ('A' + (value - 1) % 26));
                case "lowerLetter" -> String.valueOf((char) ('a' + (value - 1) % 26));
                case "decimalZero" -> String.format(java.util.Locale.ROOT, "%02d", value);
                default -> Integer.toString(value);
            };
        }

        private static String roman(int value) {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder out = new StringBuilder();
            int v = Math.max(1, value);
            for (int i = 0; i < values.length; i++) {
                while (v >= values[i]) {
                    out.append(symbols[i]);
                    v -= values[i];
                }
            }
            return out.toString();
        }
    }
}
