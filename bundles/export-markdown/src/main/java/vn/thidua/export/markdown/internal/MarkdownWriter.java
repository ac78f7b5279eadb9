package vn.thidua.export.markdown.internal;

import java.util.List;
import java.util.regex.Pattern;

import vn.thidua.export.layout.Outline;
import vn.thidua.export.layout.Piece;

/**
 * Writes an outline the way the seed texts are written: the letterhead and number as plain lines,
 * {@code ## KẾ HOẠCH} and {@code ### summary}, {@code ####} section headings, paragraphs and
 * {@code -} items separated by blank lines, task tables as GitHub tables, then the recipients and
 * the signature. Text that Markdown would read as markup is escaped.
 */
final class MarkdownWriter {

    /** Characters that start emphasis, links, HTML or code anywhere in a line. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|])");
    /** A line start Markdown would read as a heading, quote or list when it is meant as text. */
    private static final Pattern LINE_START = Pattern.compile("^[#>+-](\\s|$)");
    /** A line start Markdown would read as an ordered list item: the dot or parenthesis is escaped. */
    private static final Pattern ORDERED_START = Pattern.compile("^(\\d+)([.)])(\\s|$)");

    private final StringBuilder out = new StringBuilder(16 * 1024);

    private MarkdownWriter() {
    }

    static String write(Outline o) {
        MarkdownWriter md = new MarkdownWriter();
        md.document(o);
        return md.out.toString();
    }

    private void document(Outline o) {
        if (o.parent() != null) {
            line(o.parent());
        }
        o.agencyLines().forEach(this::block);
        block(Outline.NATIONAL_TITLE);
        block(Outline.MOTTO);
        if (o.number() != null) {
            block(o.number());
        }
        if (o.placeAndDate() != null) {
            out.append('*').append(inline(o.placeAndDate())).append("*\n\n");
        }
        out.append("## ").append(inline(o.documentType())).append("\n\n");
        out.append("### ").append(inline(o.summary())).append("\n\n");
        o.bases().forEach(b -> out.append('*').append(escape(b)).append("*\n\n"));
        o.body().forEach(this::piece);
        if (o.recipients() != null) {
            out.append("***").append(inline(o.recipients().heading())).append("***\n\n");
            lines(o.recipients().lines());
            if (o.recipients().electronicHeading() != null) {
                out.append("***").append(inline(o.recipients().electronicHeading())).append("***\n\n");
                lines(o.recipients().electronic());
            }
        }
        Outline.SignatureBlock s = o.signature();
        s.authorities().forEach(a -> out.append("**").append(inline(a)).append("**\n\n"));
        out.append("**").append(inline(s.position())).append("**\n\n");
        if (s.signerOffice() != null) {
            out.append("**").append(inline(s.signerOffice())).append("**\n\n");
        }
        out.append("**").append(inline(s.name())).append("**\n");
        for (Outline.AppendixBlock appendix : o.appendices()) {
            // after the signature, as the document places it; a rule marks the page break
            out.append("\n---\n\n## ").append(inline(appendix.label())).append("\n\n");
            appendix.headings().forEach(h -> out.append("### ").append(inline(h)).append("\n\n"));
            appendix.body().forEach(this::piece);
        }
        if (!o.appendices().isEmpty() && out.toString().endsWith("\n\n")) {
            out.setLength(out.length() - 1);
        }
    }

    private void piece(Piece piece) {
        if (piece instanceof Piece.Heading h) {
            String text = h.number() == null ? h.text() : h.number() + " " + h.text();
            out.append("#".repeat(Math.min(3 + h.depth(), 6))).append(' ').append(inline(text)).append("\n\n");
        } else if (piece instanceof Piece.Text t) {
            if (t.number() != null) {
                out.append("**").append(inline(t.number())).append("** ").append(inline(t.text())).append("\n\n");
            } else {
                block(t.text());
            }
        } else if (piece instanceof Piece.Item i) {
            // The item's own marker stays a Markdown list marker.
            out.append(i.marker() == null ? "" : i.marker() + " ");
            if (i.label() != null) {
                out.append(inline(i.label())).append(": ");
            }
            out.append(i.marker() == null ? escape(i.text()) : inline(i.text())).append("\n\n");
        } else {
            table((Piece.Table) piece);
        }
    }

    private void table(Piece.Table table) {
        row(table.columns());
        out.append('|');
        table.columns().forEach(c -> out.append(" --- |"));
        out.append('\n');
        table.rows().forEach(this::row);
        out.append('\n');
    }

    private void row(List<String> cells) {
        out.append('|');
        cells.forEach(c -> out.append(' ').append(inline(c).replace("\n", "<br>")).append(" |"));
        out.append('\n');
    }

    private void lines(List<String> lines) {
        // Recipient lines keep their "-" marker: a Markdown list, as in the seeds.
        lines.forEach(l -> out.append(inline(l)).append('\n'));
        out.append('\n');
    }

    private void line(String text) {
        out.append(escape(text)).append("\n\n");
    }

    private void block(String text) {
        out.append(escape(text)).append("\n\n");
    }

    /** Text that stands at the start of a line. */
    static String escape(String text) {
        String escaped = inline(text);
        if (LINE_START.matcher(escaped).find()) {
            return "\\" + escaped;
        }
        return ORDERED_START.matcher(escaped).replaceFirst("$1\\\\$2$3");
    }

    /** Text inside a line. */
    static String inline(String text) {
        return INLINE.matcher(text).replaceAll("\\\\$1");
    }
}
