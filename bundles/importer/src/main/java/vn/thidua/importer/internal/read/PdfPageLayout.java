package vn.thidua.importer.internal.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

import vn.thidua.importer.internal.document.DocTable;

/**
 * One page as rebuilt from positions: its ruled tables (each glyph in the cell it lies in) and its
 * other lines (each parted into spans at wide gaps), top to bottom; then its blocks in reading order.
 */
final class PdfPageLayout {

    /** A line of the page outside the tables. */
    record Row(List<PdfSpan> spans, float top, float baseline, float size) {
        String text() {
            StringBuilder b = new StringBuilder();
            for (PdfSpan s : spans) {
                b.append(b.length() == 0 ? "" : " ").append(s.text());
            }
            return b.toString();
        }
    }

    /** What a page gives, in reading order. */
    sealed interface Block permits Text, TabRow, Table {
        /** This block joined with the first block of the next page when it goes on there, else null. */
        default Block continuedBy(Block next) {
            return null;
        }
    }

    /** A paragraph; {@code body} when it was set across the page (not in a column of a two-column region). */
    record Text(PdfParagraphs.Paragraph paragraph, boolean body) implements Block {
        @Override
        public Block continuedBy(Block next) {
            if (!body || !(next instanceof Text t) || !t.body()) {
                return null;
            }
            PdfSpan last = paragraph.last();
            PdfSpan first = t.paragraph().first();
            if (Math.abs(last.size() - first.size()) > 0.75f || PdfParagraphs.endedEarly(last, first, paragraph.right())
                    || first.x0() > paragraph.left() + 0.5f * first.size()) {
                return null;
            }
            String text = paragraph.text() + PdfParagraphs.joiner(paragraph.text(), t.paragraph().text()) + t.paragraph().text();
            return new Text(new PdfParagraphs.Paragraph(text, paragraph.first(), t.paragraph().last(), paragraph.left(),
                    paragraph.right()), true);
        }
    }

    /** A line of three or more parts (or two that are no columns): a row of a table drawn without rules. */
    record TabRow(List<String> cells) implements Block {
    }

    /** A ruled table, with the x of its column rules. */
    record Table(DocTable table, float[] columns) implements Block {
        @Override
        public Block continuedBy(Block next) {
            if (!(next instanceof Table t) || t.columns().length != columns.length) {
                return null;
            }
            for (int i = 0; i < columns.length; i++) {
                if (Math.abs(columns[i] - t.columns()[i]) > 2f) {
                    return null;
                }
            }
            List<List<DocTable.Cell>> rows = new ArrayList<>(table.rows());
            List<List<DocTable.Cell>> more = t.table().rows();
            // A header row repeated on the next page is the same header, not a row of the table.
            int from = !more.isEmpty() && !rows.isEmpty() && more.get(0).equals(rows.get(0)) ? 1 : 0;
            rows.addAll(more.subList(from, more.size()));
            return new Table(new DocTable(rows), columns);
        }
    }

    private record Placed(float top, Row row, Table table) {
    }

    private final float width;
    private final float height;
    private final List<Placed> items;
    /** The page's horizontal rules: the short ones under a letterhead's agency and motto part its columns. */
    private final List<PdfRulings.Rule> horizontals;

    private PdfPageLayout(float width, float height, List<Placed> items, List<PdfRulings.Rule> horizontals) {
        this.width = width;
        this.height = height;
        this.items = items;
        this.horizontals = horizontals;
    }

    static PdfPageLayout of(List<TextPosition> glyphs, List<PdfRulings.Rule> rules, float width, float height) {
        List<TableGrid> grids = new ArrayList<>();
        for (TableGrid grid : TableGrid.find(rules)) {
            if (grid.rows() * grid.columns() > 1) {
                grids.add(grid);
            }
        }
        List<List<TextPosition>> inGrid = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            inGrid.add(new ArrayList<>());
        }
        List<TextPosition> rest = new ArrayList<>();
        for (TextPosition g : glyphs) {
            float x = g.getXDirAdj() + g.getWidthDirAdj() / 2;
            float y = g.getYDirAdj() - g.getHeightDir() / 2;
            int at = -1;
            for (int i = 0; i < grids.size() && at < 0; i++) {
                if (grids.get(i).contains(x, y)) {
                    at = i;
                }
            }
            (at < 0 ? rest : inGrid.get(at)).add(g);
        }
        List<Placed> items = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            if (!inGrid.get(i).isEmpty()) {
                TableGrid grid = grids.get(i);
                items.add(new Placed(grid.top(), null, new Table(table(grid, inGrid.get(i)), grid.xs)));
            }
        }
        for (List<TextPosition> line : PdfSpan.lines(rest)) {
            List<PdfSpan> spans = PdfSpan.spans(line, true);
            if (!spans.isEmpty()) {
                float top = Float.MAX_VALUE;
                float baseline = 0;
                float size = 0;
                for (PdfSpan s : spans) {
                    top = Math.min(top, s.top());
                    baseline = Math.max(baseline, s.baseline());
                    size = Math.max(size, s.size());
                }
                items.add(new Placed(top, new Row(spans, top, baseline, size), null));
            }
        }
        items.sort(Comparator.comparingDouble(Placed::top));
        return new PdfPageLayout(width, height, items, rules.stream().filter(PdfRulings.Rule::horizontal).toList());
    }

    /** The table a grid holds: each glyph in its cell, a merged cell's glyphs in the cell it is merged into. */
    private static DocTable table(TableGrid grid, List<TextPosition> glyphs) {
        int rows = grid.rows();
        int cols = grid.columns();
        // owner[r][c]: the first column of the span cell (r, c) belongs to; merged[r][c]: merged down from above.
        int[][] owner = new int[rows][cols];
        boolean[][] merged = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                owner[r][c] = c > 0 && !grid.ruledRight(r, c - 1) ? owner[r][c - 1] : c;
                merged[r][c] = r > 0 && !grid.ruledAbove(r, c);
            }
        }
        List<List<List<TextPosition>>> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<List<TextPosition>> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                row.add(new ArrayList<>());
            }
            cells.add(row);
        }
        for (TextPosition g : glyphs) {
            int r = grid.row(g.getYDirAdj() - g.getHeightDir() / 2);
            int c = owner[r][grid.column(g.getXDirAdj() + g.getWidthDirAdj() / 2)];
            while (r > 0 && merged[r][c]) {
                r--;
                c = owner[r][c];
            }
            cells.get(r).get(c).add(g);
        }
        List<List<DocTable.Cell>> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<DocTable.Cell> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                if (owner[r][c] != c) {
                    continue;
                }
                int span = 1;
                while (c + span < cols && owner[r][c + span] == c) {
                    span++;
                }
                row.add(new DocTable.Cell(merged[r][c] ? "" : cellText(cells.get(r).get(c)), span, merged[r][c]));
            }
            out.add(row);
        }
        return new DocTable(out);
    }

    /** A cell's paragraphs, one a line of the text. */
    private static String cellText(List<TextPosition> glyphs) {
        List<PdfSpan> lines = new ArrayList<>();
        for (List<TextPosition> line : PdfSpan.lines(glyphs)) {
            lines.addAll(PdfSpan.spans(line, false));
        }
        List<String> texts = new ArrayList<>();
        for (PdfParagraphs.Paragraph p : PdfParagraphs.of(lines)) {
            texts.add(p.text());
        }
        return String.join("\n", texts);
    }

    /**
     * The lines at the page's top and bottom that may be running lines or page numbers: up to
     * {@code n} at each end, before any table, each of one span and standing in the page's top or
     * bottom band or set apart from the text by more than a line.
     */
    List<Row> edgeRows(int n, float band) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, items.size()); i++) {
            Placed p = items.get(i);
            if (p.row() == null || p.row().spans().size() != 1
                    || !(p.row().baseline() < band * height || apart(i, i + 1))) {
                break;
            }
            out.add(p.row());
        }
        for (int i = items.size() - 1; i >= Math.max(items.size() - n, 0); i--) {
            Placed p = items.get(i);
            if (p.row() == null || p.row().spans().size() != 1 || out.contains(p.row())
                    || !(p.row().top() > (1 - band) * height || apart(i - 1, i))) {
                break;
            }
            out.add(p.row());
        }
        return out;
    }

    /** Whether the items at {@code above} and {@code below} are further apart than a blank line. */
    private boolean apart(int above, int below) {
        if (above < 0 || below >= items.size()) {
            return false;
        }
        Placed a = items.get(above);
        Placed b = items.get(below);
        float aBottom = a.row() != null ? a.row().baseline() : b.top();
        float size = a.row() != null ? a.row().size() : b.row().size();
        return b.top() - aBottom > 1.5f * size;
    }

    void drop(Row row) {
        items.removeIf(p -> p.row() == row);
    }

    float width() {
        return width;
    }

    /** The left and right of the page's text outside tables: {min x0, max x1}, or null when it has none. */
    float[] textExtent() {
        float l = Float.MAX_VALUE;
        float r = -Float.MAX_VALUE;
        for (Placed p : items) {
            if (p.row() != null) {
                l = Math.min(l, min(p.row().spans()));
                r = Math.max(r, max(p.row().spans()));
            }
        }
        return l > r ? null : new float[] {l, r};
    }

    /**
     * The page's blocks in reading order.
     *
     * @param textLeft where the document's text starts on pages of this width
     * @param textRight where it ends: body paragraphs are measured against it (a page of short lines,
     *        the end of a paragraph begun on the page before, shows no width of its own)
     */
    List<Block> blocks(float textLeft, float textRight) {
        List<Block> out = new ArrayList<>();
        List<PdfSpan> body = new ArrayList<>();
        List<PdfSpan> left = new ArrayList<>();
        List<PdfSpan> right = new ArrayList<>();
        float pageLeft = textLeft;
        float pageRight = textRight;
        boolean open = false;
        float middle = 0.5f * width;
        float rightStart = 0.45f * width;
        for (Placed p : items) {
            if (p.table() != null) {
                flush(out, body, pageLeft, pageRight);
                flushRegion(out, left, right, pageLeft, pageRight);
                open = false;
                out.add(p.table());
                continue;
            }
            List<PdfSpan> spans = p.row().spans();
            PdfSpan first = spans.get(0);
            PdfSpan last = spans.get(spans.size() - 1);
            // Where the columns of an open region part: the left column's lines end before the right's begin.
            float leftEnd = left.isEmpty() ? rightStart : left.stream().map(PdfSpan::x1).reduce(Float::max).orElseThrow();
            float rightBegin = right.isEmpty() ? middle : right.stream().map(PdfSpan::x0).reduce(Float::min).orElseThrow();
            boolean twoColumns = spans.size() == 2 && (open || (first.x1() < middle && last.x0() > rightStart));
            if (twoColumns) {
                if (!open) {
                    flush(out, body, pageLeft, pageRight);
                    open = true;
                }
                left.add(first);
                right.add(last);
            } else if (spans.size() == 1 && open && first.x1() <= rightBegin + 1f) {
                left.add(first);
            } else if (spans.size() == 1 && (open ? first.x0() >= leftEnd - 1f : first.x0() > rightStart)) {
                if (!open) {
                    flush(out, body, pageLeft, pageRight);
                    open = true;
                }
                right.add(first);
            } else {
                flushRegion(out, left, right, pageLeft, pageRight);
                open = false;
                if (spans.size() == 1) {
                    body.add(first);
                } else {
                    flush(out, body, pageLeft, pageRight);
                    out.add(new TabRow(spans.stream().map(PdfSpan::text).toList()));
                }
            }
        }
        flush(out, body, pageLeft, pageRight);
        flushRegion(out, left, right, pageLeft, pageRight);
        return out;
    }

    private static void flush(List<Block> out, List<PdfSpan> body, float textLeft, float textRight) {
        for (PdfParagraphs.Paragraph p : PdfParagraphs.of(body, Math.min(textLeft, min(body)), Math.max(textRight, max(body)))) {
            out.add(new Text(p, true));
        }
        body.clear();
    }

    /**
     * A two-column region's paragraphs: the left column's, then the right's. A column of lines that
     * share their left edge is as wide as its widest line; a column of centred lines shows no edge of its
     * own: the columns part the page's text width halfway between the left column's widest line and the
     * right column's leftmost.
     * <p>
     * A rule drawn across a column between two of its lines parts it (a letterhead draws one under the
     * agency and one under the motto): the columns' parts are then read in turn, the left's first, the
     * right's first, the left's second …, as the rows of a table: the issuer, the national title and
     * motto, the number, the place and date. Read column by column, the number would come before the
     * national title, however many lines the agency takes or wherever the date's line falls.
     */
    private void flushRegion(List<Block> out, List<PdfSpan> left, List<PdfSpan> right, float pageLeft, float pageRight) {
        float parting = 0.5f * width;
        if (!left.isEmpty() && !right.isEmpty()) {
            float leftEnd = left.stream().map(PdfSpan::x1).reduce(Float::max).orElseThrow();
            float rightBegin = right.stream().map(PdfSpan::x0).reduce(Float::min).orElseThrow();
            parting = (leftEnd + rightBegin) / 2;
        }
        boolean leftEdged = leftAligned(left);
        boolean rightEdged = leftAligned(right);
        float leftRight = Math.max(parting, max(left));
        float rightLeft = Math.min(parting, min(right));
        List<List<PdfSpan>> leftParts = parts(left);
        List<List<PdfSpan>> rightParts = parts(right);
        for (int i = 0; i < Math.max(leftParts.size(), rightParts.size()); i++) {
            if (i < leftParts.size()) {
                List<PdfSpan> part = leftParts.get(i);
                for (PdfParagraphs.Paragraph p : leftEdged ? PdfParagraphs.of(part) : PdfParagraphs.of(part, pageLeft, leftRight)) {
                    out.add(new Text(p, false));
                }
            }
            if (i < rightParts.size()) {
                List<PdfSpan> part = rightParts.get(i);
                for (PdfParagraphs.Paragraph p : rightEdged ? PdfParagraphs.of(part) : PdfParagraphs.of(part, rightLeft, pageRight)) {
                    out.add(new Text(p, false));
                }
            }
        }
        left.clear();
        right.clear();
    }

    /** A column's lines (top to bottom) parted where a horizontal rule drawn across the column lies between two of them. */
    private List<List<PdfSpan>> parts(List<PdfSpan> column) {
        List<List<PdfSpan>> parts = new ArrayList<>();
        if (column.isEmpty()) {
            return parts;
        }
        float from = min(column);
        float to = max(column);
        List<PdfSpan> part = new ArrayList<>();
        for (PdfSpan line : column) {
            if (!part.isEmpty()) {
                float above = part.get(part.size() - 1).baseline();
                float below = line.top();
                boolean ruled = horizontals.stream().anyMatch(r -> r.at() > above && r.at() < below && r.from() < to && r.to() > from);
                if (ruled) {
                    parts.add(part);
                    part = new ArrayList<>();
                }
            }
            part.add(line);
        }
        parts.add(part);
        return parts;
    }

    private static boolean leftAligned(List<PdfSpan> lines) {
        return lines.size() > 1 && max0(lines) - min(lines) < 1f;
    }

    private static float max0(List<PdfSpan> spans) {
        return spans.stream().map(PdfSpan::x0).reduce(Float::max).orElse(0f);
    }

    private static float max(List<PdfSpan> spans) {
        return spans.stream().map(PdfSpan::x1).reduce(Float::max).orElse(0f);
    }

    private static float min(List<PdfSpan> spans) {
        return spans.stream().map(PdfSpan::x0).reduce(Float::min).orElse(Float.MAX_VALUE);
    }
}
