package vn.thidua.importer.internal.document;

import java.util.List;

/**
 * A table: rows of cells; a cell merged over several columns appears once with its span, a cell
 * merged down from the one above is marked so and carries no text of its own.
 */
public record DocTable(List<List<Cell>> rows) implements DocBlock {

    public DocTable {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * @param text the cell's paragraphs joined by line breaks
     * @param columnSpan how many grid columns it covers
     * @param mergedFromAbove whether it continues the cell above (vertical merge)
     */
    public record Cell(String text, int columnSpan, boolean mergedFromAbove) {
    }

    /** The texts of a row, one per grid column: a spanned cell's text in its first column, merged-down cells repeat the text above. */
    public List<String> gridRow(int index) {
        List<String> out = new java.util.ArrayList<>();
        List<Cell> row = rows.get(index);
        for (Cell cell : row) {
            String text = cell.text();
            if (cell.mergedFromAbove() && index > 0) {
                List<String> above = gridRow(index - 1);
                text = out.size() < above.size() ? above.get(out.size()) : "";
            }
            out.add(text);
            for (int i = 1; i < cell.columnSpan(); i++) {
                out.add("");
            }
        }
        return out;
    }
}
