package org.dossiercoder.privacy;

import java.util.Objects;

/**
 * Which cells of a table of counts to hide before the table is shared, so that no count below
 * the threshold {@code k} can be read from it or recomputed from a row or column total.
 *
 * <p>Primary suppression hides every count from 1 to k−1: in a table of 44 thuiszitters a cell
 * of 2 can point at two children a reader knows. Zeros stay visible (they describe nobody), and
 * cells marked not applicable with a negative value (the diagonal of a co-occurrence table) are
 * never hidden and never used.
 *
 * <p>Secondary suppression: a row with exactly one hidden cell gives that cell away as the row
 * total minus the visible cells; the same for a column. So, until nothing changes, every row
 * (top to bottom) and then every column (left to right) with exactly one hidden cell also hides
 * its smallest positive visible cell (the first of equals) — the smallest, because it costs the
 * reader the least information. A row or column whose other cells are all zero or not applicable
 * has nothing to hide alongside; nothing more is hidden there, and the hidden cell equals that
 * row's or column's total, so the caller must not publish that total (or must publish the table
 * without margins).
 */
public final class SmallCellSuppression {
  private SmallCellSuppression() {}

  /**
   * The cells to hide.
   *
   * @param counts rows × columns of counts; a negative value marks a cell as not applicable.
   *     Rows must all have the same length. Not modified.
   * @param k the threshold: counts from 1 to k−1 are hidden; at least 2
   * @return a table of the same shape, true where a cell must be hidden
   * @throws IllegalArgumentException when k is below 2 or the rows differ in length
   */
  public static boolean[][] suppress(int[][] counts, int k) {
    Objects.requireNonNull(counts, "counts");
    if (k < 2) {
      throw new IllegalArgumentException("k must be at least 2 (counts 1..k-1 are hidden), was " + k);
    }
    int rows = counts.length;
    int cols = rows == 0 ? 0 : counts[0].length;
    for (int r = 0; r < rows; r++) {
      if (counts[r].length != cols) {
        throw new IllegalArgumentException("row " + r + " has " + counts[r].length
            + " cells, row 0 has " + cols);
      }
    }
    boolean[][] hidden = new boolean[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        hidden[r][c] = counts[r][c] >= 1 && counts[r][c] < k;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < rows; r++) {
        changed |= protectLine(counts, hidden, r, true);
      }
      for (int c = 0; c < cols; c++) {
        changed |= protectLine(counts, hidden, c, false);
      }
    }
    return hidden;
  }

  /**
   * When row (or column) {@code index} has exactly one hidden cell, hides its smallest positive
   * visible cell, if it has one. Returns whether a cell was hidden.
   */
  private static boolean protectLine(int[][] counts, boolean[][] hidden, int index, boolean row) {
    int length = row ? counts[0].length : counts.length;
    int hiddenCells = 0;
    int smallest = -1;
    for (int i = 0; i < length; i++) {
      int r = row ? index : i;
      int c = row ? i : index;
      if (hidden[r][c]) {
        hiddenCells++;
      } else if (counts[r][c] > 0
          && (smallest < 0 || counts[r][c] < (row ? counts[index][smallest] : counts[smallest][index]))) {
        smallest = i;
      }
    }
    if (hiddenCells != 1 || smallest < 0) {
      return false;
    }
    if (row) {
      hidden[index][smallest] = true;
    } else {
      hidden[smallest][index] = true;
    }
    return true;
  }
}
