package vn.thidua.export.layout;

import java.util.List;

/** One piece of the body of a document, in document order. */
public sealed interface Piece permits Piece.Heading, Piece.Text, Piece.Item, Piece.Table {

    /**
     * A section heading: {@code I. MỤC ĐÍCH, YÊU CẦU} at depth 1, {@code 1. Mục đích} at depth 2.
     *
     * @param number the number as written ({@code I.}), or null
     * @param text the heading as written
     */
    record Heading(int depth, String number, String text) implements Piece {
    }

    /**
     * A paragraph of running text; a numbered paragraph ({@code 1.1. Cấp ủy ...}) carries its number
     * apart so that a format may set it in bold.
     */
    record Text(String number, String text) implements Piece {
    }

    /**
     * A line introduced by a marker ({@code -}, {@code +}): a list item, a target, a phase, or a task's
     * field ({@code - Thời gian hoàn thành: Trước 30/3/2023.}) whose label is kept apart.
     */
    record Item(String marker, String label, String text) implements Piece {
    }

    /** A task table: the column headings, then one row of cells per task. */
    record Table(List<String> columns, List<List<String>> rows) implements Piece {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The plain text of the piece, one line as {@link vn.thidua.plan.text.ReadingOrder} writes it. */
    static String plain(Piece piece) {
        if (piece instanceof Heading h) {
            return h.number() == null ? h.text() : h.number() + " " + h.text();
        } else if (piece instanceof Text t) {
            return t.number() == null ? t.text() : t.number() + " " + t.text();
        } else if (piece instanceof Item i) {
            String body = i.label() == null ? i.text() : i.label() + ": " + i.text();
            return i.marker() == null ? body : i.marker() + " " + body;
        } else {
            Table t = (Table) piece;
            StringBuilder out = new StringBuilder(String.join("\t", t.columns()));
            t.rows().forEach(r -> out.append('\n').append(String.join("\t", r)));
            return out.toString();
        }
    }
}
