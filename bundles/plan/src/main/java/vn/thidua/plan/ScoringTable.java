package vn.thidua.plan;

import static vn.thidua.plan.internal.Values.list;
import static vn.thidua.plan.internal.Values.notEmpty;
import static vn.thidua.plan.internal.Values.texts;

import java.math.BigDecimal;
import java.util.List;

import vn.thidua.plan.internal.PlanValue;

/**
 * A scoring table (bảng chấm điểm): a heading per column (ordinal, criterion, points, then any
 * further columns), one row per criterion with its points, and total rows.
 *
 * @param columns the column headings as written ({@code TT}, {@code Nội dung}, {@code Điểm chuẩn})
 * @param rows the rows in document order
 */
@PlanValue
public record ScoringTable(List<String> columns, List<ScoreRow> rows) implements Block {

    public ScoringTable {
        columns = texts(columns, "columns");
        rows = list(rows, "rows");
        notEmpty(rows, "rows");
        if (columns.size() < 3) {
            throw new InvalidFieldException("columns", "needs a heading for the ordinal, the criterion and the points, found "
                    + columns.size());
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cells().size() != columns.size() - 3) {
                throw new InvalidFieldException("rows/" + i + "/cells", "must have " + (columns.size() - 3)
                        + " cells (one per column after the points), found " + rows.get(i).cells().size());
            }
        }
    }

    /** The sum of the points of the rows that are not totals. */
    public BigDecimal sumOfPoints() {
        return rows.stream().filter(r -> !r.total() && r.points() != null).map(ScoreRow::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
