package vn.thidua.export.layout;

import java.util.List;

/**
 * A plan's outline as an HTML document that is also well-formed XML (so that an XHTML renderer
 * reads it as it is), every text escaped: a plan holding {@code <script>} yields inert text. Element
 * classes name the Nghị định 30/2020 elements ({@code national-title}, {@code motto},
 * {@code agency}, {@code number}, {@code place-date}, {@code recipients}, {@code signature} ...);
 * the stylesheet given decides how they look, so the HTML and PDF formats share the markup.
 */
public final class HtmlBody {

    private final StringBuilder out = new StringBuilder(32 * 1024);

    private HtmlBody() {
    }

    /** The whole document: doctype, head with the title and the stylesheet, body. */
    public static String document(Outline outline, String css) {
        HtmlBody html = new HtmlBody();
        html.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">\n<head>\n")
                .raw("<meta charset=\"UTF-8\" />\n<title>").text(outline.documentType() + " " + outline.summary())
                .raw("</title>\n<style>\n").text(css).raw("</style>\n</head>\n<body>\n");
        html.body(outline);
        html.raw("</body>\n</html>\n");
        return html.out.toString();
    }

    private void body(Outline o) {
        raw("<table class=\"letterhead\"><tr>\n<td class=\"issuer\">\n");
        if (o.parent() != null) {
            p("parent", o.parent());
        }
        o.agencyLines().forEach(line -> p("agency", line));
        raw("<div class=\"rule rule-agency\"></div>\n");
        if (o.number() != null) {
            p("number", Blanks.numberLine(o.number()));
        }
        raw("</td>\n<td class=\"state\">\n");
        p("national-title", Outline.NATIONAL_TITLE);
        p("motto", Outline.MOTTO);
        raw("<div class=\"rule rule-motto\"></div>\n");
        if (o.placeAndDate() != null) {
            p("place-date", o.placeAndDate());
        }
        raw("</td>\n</tr></table>\n");
        p("document-type", o.documentType());
        p("summary", o.summary());
        raw("<div class=\"rule rule-summary\"></div>\n");
        o.bases().forEach(b -> p("basis", b));
        o.body().forEach(this::piece);
        closing(o);
        for (Outline.AppendixBlock appendix : o.appendices()) {
            // an appendix starts on a page of its own, after the signature
            raw("<div class=\"appendix\" style=\"page-break-before: always\">\n");
            p("appendix-label", appendix.label());
            appendix.headings().forEach(h -> p("appendix-heading", h));
            appendix.body().forEach(this::piece);
            raw("</div>\n");
        }
    }

    private void piece(Piece piece) {
        if (piece instanceof Piece.Heading h) {
            int level = Math.min(h.depth() + 1, 6);
            raw("<h" + level + " class=\"heading depth-" + h.depth() + "\">");
            text(h.number() == null ? h.text() : h.number() + " " + h.text());
            raw("</h" + level + ">\n");
        } else if (piece instanceof Piece.Text t) {
            raw("<p class=\"text\">");
            if (t.number() != null) {
                raw("<strong class=\"number\">").text(t.number()).raw("</strong> ");
            }
            text(t.text()).raw("</p>\n");
        } else if (piece instanceof Piece.Item i) {
            // Marker and label stay plain text: a renderer may draw styled spans out of reading order.
            raw("<p class=\"item\">");
            StringBuilder line = new StringBuilder();
            if (i.marker() != null) {
                line.append(i.marker()).append(' ');
            }
            if (i.label() != null) {
                line.append(i.label()).append(": ");
            }
            text(line.toString());
            text(i.text()).raw("</p>\n");
        } else {
            table((Piece.Table) piece);
        }
    }

    private void table(Piece.Table table) {
        raw("<table class=\"tasks\">\n<thead><tr>");
        for (String column : table.columns()) {
            raw("<th>").text(column).raw("</th>");
        }
        raw("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            raw("<tr>");
            for (int i = 0; i < row.size(); i++) {
                raw(i == 0 ? "<td class=\"ordinal\">" : "<td>");
                lines(row.get(i));
                raw("</td>");
            }
            raw("</tr>\n");
        }
        raw("</tbody>\n</table>\n");
    }

    private void closing(Outline o) {
        raw("<table class=\"closing\"><tr>\n<td class=\"recipients\">\n");
        if (o.recipients() != null) {
            p("recipients-heading", o.recipients().heading());
            o.recipients().lines().forEach(l -> p("recipient", l));
            if (o.recipients().electronicHeading() != null) {
                p("recipients-heading electronic", o.recipients().electronicHeading());
                o.recipients().electronic().forEach(l -> p("recipient", l));
            }
        }
        raw("</td>\n<td class=\"signature\">\n");
        Outline.SignatureBlock s = o.signature();
        s.authorities().forEach(a -> p("authority", a));
        p("position", s.position());
        raw("<div class=\"sign-space\"></div>\n");
        if (s.signerOffice() != null) {
            p("signer-office", s.signerOffice());
        }
        p("name", s.name());
        raw("</td>\n</tr></table>\n");
    }

    private void p(String cssClass, String text) {
        raw("<p class=\"" + cssClass + "\">").text(text).raw("</p>\n");
    }

    private void lines(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                raw("<br />");
            }
            text(lines[i]);
        }
    }

    private HtmlBody raw(String markup) {
        out.append(markup);
        return this;
    }

    private HtmlBody text(String text) {
        Escape.xml(text, out);
        return this;
    }
}
