package vn.thidua.export.docx.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.thidua.export.layout.Outline;

/**
 * Checks a Word document against the Nghị định 30/2020 layout of a Kế hoạch by reading its XML:
 * page size and margins, fonts, and the size, weight and slant of each element as Word resolves
 * them (run properties, then the paragraph style and the styles it is based on, then the document
 * defaults), where the elements stand, and the page numbers. Returns what is wrong, one line each.
 */
final class DocxConformance {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String FONT = "Times New Roman";

    private final Map<String, Document> parts = new HashMap<>();
    private final Map<String, Element> styles = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private Element defaults;

    private DocxConformance(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    parts.put(e.getName(), f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
                }
            }
        }
        Document st = parts.get("word/styles.xml");
        for (Element s : children(st.getDocumentElement(), "style")) {
            styles.put(s.getAttributeNS(W, "styleId"), s);
        }
        defaults = first(st.getDocumentElement(), "docDefaults");
    }

    static List<String> check(byte[] docx, Outline outline) throws Exception {
        DocxConformance c = new DocxConformance(docx);
        c.run(outline);
        return c.problems;
    }

    private void run(Outline o) {
        Element body = first(parts.get("word/document.xml").getDocumentElement(), "body");
        Element sect = last(body, "sectPr");
        page(sect);
        fonts(body);
        List<Element> tables = children(body, "tbl");
        if (tables.size() < 2) {
            problems.add("expected the letterhead and the closing tables, found " + tables.size() + " tables");
            return;
        }
        Element letterhead = tables.get(0);
        List<Element> cells = descendants(letterhead, "tc");
        Element issuer = cells.get(0);
        Element state = cells.get(1);
        if (o.parent() != null) {
            element(issuer, o.parent(), "parent agency", 12, 13, false, false, null);
        }
        for (String line : o.agencyLines()) {
            element(issuer, line, "issuing agency", 12, 13, true, false, null);
        }
        String lastAgencyLine = o.agencyLines().get(o.agencyLines().size() - 1);
        ruleAfter(issuer, lastAgencyLine, "issuing agency", 0.25, 0.6);
        element(state, Outline.NATIONAL_TITLE, "Quốc hiệu", 12, 13, true, false, "center");
        element(state, Outline.MOTTO, "Tiêu ngữ", 13, 14, true, false, "center");
        ruleAfter(state, Outline.MOTTO, "Tiêu ngữ", 0.85, 1.15);
        if (o.number() != null) {
            element(cells.get(2), vn.thidua.export.layout.Blanks.numberLine(o.number()), "số, ký hiệu", 13, 13, false, false, "center");
        }
        if (o.placeAndDate() != null) {
            element(cells.get(3), o.placeAndDate(), "place and date", 13, 14, false, true, "center");
        }
        element(body, o.documentType(), "document type", 13, 14, true, false, "center");
        element(body, o.summary(), "summary", 13, 14, true, false, "center");
        ruleAfter(body, o.summary(), "summary", 0.2, 0.6);
        for (String basis : o.bases()) {
            element(body, basis, "legal basis", 13, 14, false, true, "both");
        }
        bodyParagraphs(body);
        // the tables of the appendices come after the closing one
        long appendixTables = o.appendices().stream().flatMap(a -> a.body().stream())
                .filter(p -> p instanceof vn.thidua.export.layout.Piece.Table).count();
        Element closing = tables.get(tables.size() - 1 - (int) appendixTables);
        List<Element> closingCells = descendants(closing, "tc");
        if (o.recipients() != null) {
            element(closingCells.get(0), o.recipients().heading(), "Nơi nhận", 12, 12, true, true, "left");
            for (String line : o.recipients().lines()) {
                element(closingCells.get(0), line, "recipient line", 11, 11, false, false, "left");
            }
        }
        Element signature = closingCells.get(1);
        for (String authority : o.signature().authorities()) {
            signatureLine(signature, authority, "authority");
        }
        signatureLine(signature, o.signature().position(), "position");
        element(signature, o.signature().name(), "signer's name", 13, 14, true, false, "center");
        pageNumbers(sect);
    }

    private void page(Element sect) {
        Element size = first(sect, "pgSz");
        Element margin = first(sect, "pgMar");
        if (size == null || margin == null) {
            problems.add("no page size or margins");
            return;
        }
        if (twips(size, "w") != 11906 || twips(size, "h") != 16838 || "landscape".equals(size.getAttributeNS(W, "orient"))) {
            problems.add("page is not A4 portrait: " + twips(size, "w") + "×" + twips(size, "h") + " twips");
        }
        range("top margin", mm(twips(margin, "top")), 20, 25);
        range("bottom margin", mm(twips(margin, "bottom")), 20, 25);
        range("left margin", mm(twips(margin, "left")), 30, 35);
        range("right margin", mm(twips(margin, "right")), 15, 20);
    }

    private void fonts(Element body) {
        for (Element p : descendants(body, "p")) {
            for (Element r : children(p, "r")) {
                String font = property(p, r, "rFonts", "ascii");
                if (!FONT.equals(font)) {
                    problems.add("font " + font + " in '" + text(p) + "'");
                    return;
                }
            }
        }
    }

    /** Every paragraph of the body proper (outside tables, after the bases): 13–14 pt, justified, indented, spaced. */
    private void bodyParagraphs(Element body) {
        for (Element p : children(body, "p")) {
            String text = text(p);
            if (text.isBlank() || children(p, "r").isEmpty()) {
                continue;
            }
            String jc = property(p, null, "jc", "val");
            if (!"both".equals(jc)) {
                if (!"center".equals(jc)) {
                    problems.add("body paragraph not justified (" + jc + "): " + shorten(text));
                }
                continue;
            }
            range("size of '" + shorten(text) + "'", size(p, children(p, "r").get(children(p, "r").size() - 1)), 13, 14);
            String indent = property(p, null, "ind", "firstLine");
            range("first-line indent (cm) of '" + shorten(text) + "'", indent == null ? 0 : Integer.parseInt(indent) / 567.0, 1.0, 1.28);
            String after = property(p, null, "spacing", "after");
            String before = property(p, null, "spacing", "before");
            int space = Math.max(after == null ? 0 : Integer.parseInt(after), before == null ? 0 : Integer.parseInt(before));
            if (space < 120) {
                problems.add("less than 6 pt between paragraphs at '" + shorten(text) + "'");
            }
            String line = property(p, null, "spacing", "line");
            String rule = property(p, null, "spacing", "lineRule");
            if (line != null && (rule == null || "auto".equals(rule))) {
                range("line spacing of '" + shorten(text) + "'", Integer.parseInt(line) / 240.0, 1.0, 1.5);
            }
        }
    }

    private void signatureLine(Element cell, String text, String what) {
        element(cell, text, what, 13, 14, true, false, "center");
        if (!text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
            problems.add(what + " is not in capitals: " + text);
        }
    }

    private void pageNumbers(Element sect) {
        if (first(sect, "titlePg") == null) {
            problems.add("page 1 shows the page number: the section has no w:titlePg");
        }
        String header = null;
        String firstHeader = null;
        for (Element ref : children(sect, "headerReference")) {
            String target = target(ref.getAttributeNS(R, "id"));
            if ("default".equals(ref.getAttributeNS(W, "type"))) {
                header = target;
            } else if ("first".equals(ref.getAttributeNS(W, "type"))) {
                firstHeader = target;
            }
        }
        if (header == null) {
            problems.add("no header with the page number");
            return;
        }
        Document h = parts.get("word/" + header);
        boolean numbered = false;
        for (Element p : descendants(h.getDocumentElement(), "p")) {
            boolean page = descendants(p, "instrText").stream().anyMatch(i -> i.getTextContent().trim().startsWith("PAGE"));
            if (page) {
                numbered = true;
                if (!"center".equals(property(p, null, "jc", "val"))) {
                    problems.add("the page number is not centred");
                }
                range("page number size", size(p, children(p, "r").get(0)), 13, 14);
            }
        }
        if (!numbered) {
            problems.add("the header holds no PAGE field");
        }
        if (firstHeader != null && descendants(parts.get("word/" + firstHeader).getDocumentElement(), "instrText").stream()
                .anyMatch(i -> i.getTextContent().contains("PAGE"))) {
            problems.add("the first page's header shows a page number");
        }
    }

    private String target(String id) {
        for (Element rel : children(parts.get("word/_rels/document.xml.rels").getDocumentElement(), null)) {
            if (id.equals(rel.getAttribute("Id"))) {
                return rel.getAttribute("Target");
            }
        }
        return null;
    }

    private void element(Element scope, String text, String what, double min, double max, boolean bold, boolean italic, String jc) {
        Element p = paragraph(scope, text);
        if (p == null) {
            problems.add(what + " not found where expected: " + shorten(text));
            return;
        }
        for (Element r : children(p, "r")) {
            range(what + " size", size(p, r), min, max);
            if (on(p, r, "b") != bold) {
                problems.add(what + (bold ? " is not bold" : " is bold"));
            }
            if (on(p, r, "i") != italic) {
                problems.add(what + (italic ? " is not italic" : " is italic"));
            }
        }
        if (jc != null && !jc.equals(property(p, null, "jc", "val"))) {
            problems.add(what + " alignment is " + property(p, null, "jc", "val") + ", not " + jc);
        }
    }

    /**
     * The paragraph after {@code text} draws a rule (a border) between {@code min} and {@code max}
     * times the text's line, 2 to 6 pt below it.
     */
    private void ruleAfter(Element scope, String text, String what, double min, double max) {
        Element p = paragraph(scope, text);
        if (p == null) {
            return;
        }
        Node next = p.getNextSibling();
        while (next != null && !(next instanceof Element)) {
            next = next.getNextSibling();
        }
        Element rule = (Element) next;
        if (rule == null || !"p".equals(rule.getLocalName()) || property(rule, null, "pBdr", null) == null
                || !text(rule).isEmpty()) {
            problems.add("no rule under the " + what);
            return;
        }
        int space = scope.getLocalName().equals("tc") ? twips(first(first(scope, "tcPr"), "tcW"), "w") : textWidth();
        String left = property(rule, null, "ind", "left");
        String right = property(rule, null, "ind", "right");
        double length = space - (left == null ? 0 : Integer.parseInt(left)) - (right == null ? 0 : Integer.parseInt(right));
        double line = Math.min(TextWidth.twips(text, 13, true), space);
        range("length of the rule under the " + what + " (× its text line)", length / line, min, max);
        // A rule drawn with no space above sits on the descenders and reads as an underline.
        String before = property(rule, null, "spacing", "before");
        range("space above the rule under the " + what + " (pt)", before == null ? 0 : Integer.parseInt(before) / 20.0, 2, 6);
    }

    private int textWidth() {
        Element sect = last(first(parts.get("word/document.xml").getDocumentElement(), "body"), "sectPr");
        Element margin = first(sect, "pgMar");
        return twips(first(sect, "pgSz"), "w") - twips(margin, "left") - twips(margin, "right");
    }

    private Element paragraph(Element scope, String text) {
        for (Element p : descendants(scope, "p")) {
            if (text(p).equals(text)) {
                return p;
            }
        }
        return null;
    }

    private double size(Element p, Element r) {
        String half = property(p, r, "sz", "val");
        return half == null ? 10 : Integer.parseInt(half) / 2.0;
    }

    private boolean on(Element p, Element r, String name) {
        String value = property(p, r, name, "val");
        return value != null && !value.equals("0") && !value.equals("false");
    }

    /**
     * A run or paragraph property as Word resolves it: the run's own, the paragraph's own (for
     * paragraph properties), the paragraph style and its bases, the defaults. {@code attribute} null
     * asks whether the element is there at all ("" when it is).
     */
    private String property(Element p, Element r, String name, String attribute) {
        boolean runProperty = r != null;
        if (runProperty) {
            String own = value(first(r, "rPr"), name, attribute);
            if (own != null) {
                return own;
            }
        } else {
            String own = value(first(p, "pPr"), name, attribute);
            if (own != null) {
                return own;
            }
        }
        Element pPr = first(p, "pPr");
        Element pStyle = pPr == null ? null : first(pPr, "pStyle");
        String styleId = pStyle == null ? "Normal" : pStyle.getAttributeNS(W, "val");
        for (int depth = 0; styleId != null && depth < 10; depth++) {
            Element style = styles.get(styleId);
            if (style == null) {
                break;
            }
            String v = value(first(style, runProperty ? "rPr" : "pPr"), name, attribute);
            if (v != null) {
                return v;
            }
            Element based = first(style, "basedOn");
            styleId = based == null ? null : based.getAttributeNS(W, "val");
        }
        Element defaultProps = first(defaults, runProperty ? "rPrDefault" : "pPrDefault");
        return defaultProps == null ? null : value(first(defaultProps, runProperty ? "rPr" : "pPr"), name, attribute);
    }

    private static String value(Element props, String name, String attribute) {
        if (props == null) {
            return null;
        }
        Element e = first(props, name);
        if (e == null) {
            return null;
        }
        if (attribute == null) {
            return "";
        }
        if (!e.hasAttributeNS(W, attribute)) {
            // A toggle property (w:b) without a value is on.
            return name.equals("b") || name.equals("i") ? "1" : null;
        }
        return e.getAttributeNS(W, attribute);
    }

    private void range(String what, double value, double min, double max) {
        if (value < min - 1e-6 || value > max + 1e-6) {
            problems.add(what + " is " + Math.round(value * 100) / 100.0 + ", not " + min + "–" + max);
        }
    }

    private static int twips(Element e, String attribute) {
        return e == null || !e.hasAttributeNS(W, attribute) ? 0 : Integer.parseInt(e.getAttributeNS(W, attribute));
    }

    private static double mm(int twips) {
        return twips / 1440.0 * 25.4;
    }

    private static String text(Element p) {
        StringBuilder out = new StringBuilder();
        for (Element t : descendants(p, "t")) {
            out.append(t.getTextContent());
        }
        return out.toString();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static Element first(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    private static Element last(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(c.size() - 1);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }


}
