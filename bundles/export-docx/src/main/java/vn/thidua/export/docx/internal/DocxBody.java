package vn.thidua.export.docx.internal;

import java.util.List;

import vn.thidua.export.layout.Blanks;
import vn.thidua.export.layout.Escape;
import vn.thidua.export.layout.Outline;
import vn.thidua.export.layout.Piece;

/**
 * The body of a plan's Word document, laid out as Nghị định 30/2020 (Phụ lục I) lays out a Kế
 * hoạch: a two-column letterhead (agency and number on the left; Quốc hiệu, Tiêu ngữ, place and date
 * on the right, each with its rule), type and summary, legal bases, the body, then Nơi nhận at the
 * bottom left beside the signature block at the bottom right. Looks come from the template's named
 * styles ({@code CoQuan}, {@code QuocHieu}, {@code NoiDung} ...); only the rules' lengths, the
 * column widths and bold numbers are set here.
 */
final class DocxBody {

    /** The letterhead reaches a little into the left margin, as official templates do. */
    private static final int LETTERHEAD_INDENT = -284;
    private static final int LETTERHEAD_EXTRA = 568;
    private static final int ORDINAL_COLUMN = 680;

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final int textWidth;

    private DocxBody(int textWidth) {
        this.textWidth = textWidth;
    }

    static String write(Outline outline, int textWidth) {
        DocxBody body = new DocxBody(textWidth);
        body.document(outline);
        return body.out.toString();
    }

    private void document(Outline o) {
        letterhead(o);
        paragraph("TenLoai", o.documentType());
        paragraph("TrichYeu", o.summary());
        rule(TextWidth.twips(longestLine(o.summary(), textWidth, 14), 14, true) / 3, textWidth);
        o.bases().forEach(b -> paragraph("CanCu", b));
        o.body().forEach(this::piece);
        closing(o);
        for (Outline.AppendixBlock appendix : o.appendices()) {
            // an appendix starts a page of its own, after the signature
            out.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            paragraph("TenLoai", appendix.label());
            appendix.headings().forEach(h -> paragraph("TrichYeu", h));
            appendix.body().forEach(this::piece);
        }
    }

    private void letterhead(Outline o) {
        int width = textWidth + LETTERHEAD_EXTRA;
        int left = width * 2 / 5;
        int right = width - left;
        tableStart(LETTERHEAD_INDENT, false, left, right);
        out.append("<w:tr>");
        cellStart(left);
        if (o.parent() != null) {
            paragraph("CoQuanChuQuan", o.parent());
        }
        o.agencyLines().forEach(line -> paragraph("CoQuan", line));
        String lastLine = o.agencyLines().get(o.agencyLines().size() - 1);
        rule(TextWidth.twips(longestLine(lastLine, left, 13), 13, true) * 2 / 5, left);
        cellEnd();
        cellStart(right);
        paragraph("QuocHieu", Outline.NATIONAL_TITLE);
        paragraph("TieuNgu", Outline.MOTTO);
        rule(TextWidth.twips(Outline.MOTTO, 13, true), right);
        cellEnd();
        out.append("</w:tr><w:tr>");
        cellStart(left);
        if (o.number() != null) {
            paragraph("SoKyHieu", Blanks.numberLine(o.number()));
        } else {
            emptyParagraph("SoKyHieu");
        }
        cellEnd();
        cellStart(right);
        if (o.placeAndDate() != null) {
            paragraph("DiaDanhNgay", o.placeAndDate());
        } else {
            emptyParagraph("DiaDanhNgay");
        }
        cellEnd();
        out.append("</w:tr></w:tbl>");
    }

    /** A line as long as the text wraps to in {@code width}: the whole text if it fits. */
    private static String longestLine(String text, int width, double points) {
        if (TextWidth.twips(text, points, true) <= width) {
            return text;
        }
        // Wrapped: the rule goes under the longest line, which is about as wide as the column.
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (TextWidth.twips(next, points, true) > width) {
                break;
            }
            line.setLength(0);
            line.append(next);
        }
        return line.toString();
    }

    /** An empty paragraph of style DuongKe (a top border), centred in {@code space}, {@code length} long. */
    private void rule(int length, int space) {
        int length0 = Math.max(567, Math.min(length, space));
        int indent = (space - length0) / 2;
        out.append("<w:p><w:pPr><w:pStyle w:val=\"DuongKe\"/><w:ind w:left=\"").append(indent)
                .append("\" w:right=\"").append(indent).append("\" w:firstLine=\"0\"/></w:pPr></w:p>");
    }

    private void piece(Piece piece) {
        if (piece instanceof Piece.Heading h) {
            String style = h.depth() <= 1 ? "Muc1" : h.depth() == 2 ? "Muc2" : "Muc3";
            paragraph(style, h.number() == null ? h.text() : h.number() + " " + h.text());
        } else if (piece instanceof Piece.Text t) {
            pStart("NoiDung");
            if (t.number() != null) {
                run(t.number() + " ", true);
            }
            run(t.text(), false);
            pEnd();
        } else if (piece instanceof Piece.Item i) {
            pStart("NoiDung");
            StringBuilder text = new StringBuilder();
            if (i.marker() != null) {
                text.append(i.marker()).append(' ');
            }
            if (i.label() != null) {
                text.append(i.label()).append(": ");
            }
            run(text.append(i.text()).toString(), false);
            pEnd();
        } else {
            table((Piece.Table) piece);
        }
    }

    private void table(Piece.Table table) {
        int columns = table.columns().size();
        int[] widths = new int[columns];
        widths[0] = ORDINAL_COLUMN;
        int rest = textWidth - ORDINAL_COLUMN;
        if (columns > 1) {
            widths[1] = columns == 2 ? rest : rest / 2;
            for (int c = 2; c < columns; c++) {
                widths[c] = (rest - widths[1]) / (columns - 2);
            }
        }
        tableStart(0, true, widths);
        out.append("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
        for (int c = 0; c < columns; c++) {
            cellStart(widths[c]);
            paragraph("BangTieuDe", table.columns().get(c));
            cellEnd();
        }
        out.append("</w:tr>");
        for (List<String> row : table.rows()) {
            out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int c = 0; c < columns; c++) {
                cellStart(widths[c]);
                String[] lines = row.get(c).split("\n", -1);
                for (String line : lines) {
                    pStart("Bang", c == 0 ? "center" : null);
                    run(line, false);
                    pEnd();
                }
                cellEnd();
            }
            out.append("</w:tr>");
        }
        out.append("</w:tbl>");
        // A table must not be followed directly by another one, and Word wants a paragraph after it.
        emptyParagraph("Bang");
    }

    private void closing(Outline o) {
        int half = textWidth / 2;
        emptyParagraph("NoiDung");
        tableStart(0, false, half, textWidth - half);
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        cellStart(half);
        if (o.recipients() != null) {
            paragraph("NoiNhan", o.recipients().heading());
            o.recipients().lines().forEach(l -> paragraph("NoiNhanDanhSach", l));
            if (o.recipients().electronicHeading() != null) {
                paragraph("NoiNhan", o.recipients().electronicHeading());
                o.recipients().electronic().forEach(l -> paragraph("NoiNhanDanhSach", l));
            }
        } else {
            emptyParagraph("NoiNhanDanhSach");
        }
        cellEnd();
        cellStart(textWidth - half);
        Outline.SignatureBlock s = o.signature();
        s.authorities().forEach(a -> paragraph("ChucVu", a));
        paragraph("ChucVu", s.position());
        for (int i = 0; i < 4; i++) {
            emptyParagraph("HoTen");
        }
        if (s.signerOffice() != null) {
            paragraph("ChucVu", s.signerOffice());
        }
        paragraph("HoTen", s.name());
        cellEnd();
        out.append("</w:tr></w:tbl>");
    }

    private void tableStart(int indent, boolean borders, int... widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        out.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/>");
        if (indent != 0) {
            out.append("<w:tblInd w:w=\"").append(indent).append("\" w:type=\"dxa\"/>");
        }
        String border = borders ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" : "w:val=\"nil\"";
        out.append("<w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            out.append("<w:").append(side).append(' ').append(border).append("/>");
        }
        out.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>");
        if (!borders) {
            out.append("<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>");
        }
        out.append("<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            out.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        out.append("</w:tblGrid>");
    }

    private void cellStart(int width) {
        out.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr>");
    }

    private void cellEnd() {
        out.append("</w:tc>");
    }

    private void paragraph(String style, String text) {
        pStart(style);
        run(text, false);
        pEnd();
    }

    private void emptyParagraph(String style) {
        pStart(style);
        pEnd();
    }

    private void pStart(String style) {
        pStart(style, null);
    }

    private void pStart(String style, String justification) {
        out.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/>");
        if (justification != null) {
            out.append("<w:jc w:val=\"").append(justification).append("\"/>");
        }
        out.append("</w:pPr>");
    }

    private void pEnd() {
        out.append("</w:p>");
    }

    /** A run; line breaks and tabs in the text become Word's own. */
    private void run(String text, boolean bold) {
        out.append("<w:r>");
        if (bold) {
            out.append("<w:rPr><w:b/><w:bCs/></w:rPr>");
        }
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\t') {
                if (i > from) {
                    out.append("<w:t xml:space=\"preserve\">");
                    Escape.xml(text.substring(from, i), out);
                    out.append("</w:t>");
                }
                if (i < text.length()) {
                    out.append(c == '\n' ? "<w:br/>" : "<w:tab/>");
                }
                from = i + 1;
            }
        }
        out.append("</w:r>");
    }
}
