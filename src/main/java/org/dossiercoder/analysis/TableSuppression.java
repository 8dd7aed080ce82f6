package org.dossiercoder.analysis;

import java.util.HashSet;
import java.util.Set;
import org.dossiercoder.privacy.SmallCellSuppression;

/**
 * Applies small-cell suppression to a report table: counts 1..k−1 are hidden, and secondary
 * cells so that no hidden count can be recomputed from row or column totals.
 */
public final class TableSuppression {
  private TableSuppression() {}

  /** The table with suppression at threshold k (k ≥ 2). */
  public static ReportTable apply(ReportTable table, int k) {
    int rows = table.rows().size();
    int cols = table.columns().size();
    int[][] counts = new int[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        Integer n = table.rows().get(r).counts().get(c);
        counts[r][c] = n == null ? -1 : n; // not applicable: never suppressed nor used
      }
    }
    boolean[][] hidden = SmallCellSuppression.suppress(counts, k);
    Set<String> cells = new HashSet<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (hidden[r][c]) {
          cells.add(r + ":" + c);
        }
      }
    }
    return new ReportTable(table.id(), table.title(), table.rowHeader(), table.columns(), table.rows(), table.n(),
        table.percentages(), new ReportTable.Suppression(k, cells));
  }
}
