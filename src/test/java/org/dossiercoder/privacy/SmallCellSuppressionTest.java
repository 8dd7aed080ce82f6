package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {
  private static final boolean T = true;
  private static final boolean F = false;

  private static void assertTable(boolean[][] expected, boolean[][] actual) {
    assertEquals(expected.length, actual.length, "rows");
    for (int r = 0; r < expected.length; r++) {
      assertArrayEquals(expected[r], actual[r], "row " + r);
    }
  }

  @Test
  void secondarySuppressionSpreadsUntilNoLineHasOneHiddenCell() {
    int[][] counts = {
      {10, 3, 12},
      {8, 20, 7},
      {15, 9, 25},
    };
    // Primary: 3. Pass 1, rows: row 0 hides its smallest other cell, 10. Columns: column 0
    // (only 10 hidden) hides 8; column 1 (only 3 hidden) hides 9. Pass 2, rows: row 1 (only 8)
    // hides 7; row 2 (only 9) hides 15. Columns: column 2 (only 7) hides 12. Pass 3: stable.
    assertTable(new boolean[][] {
      {T, T, T},
      {T, F, T},
      {T, T, F},
    }, SmallCellSuppression.suppress(counts, 5));
  }

  @Test
  void notApplicableCellsAreNeverHiddenOrUsed() {
    int[][] counts = {
      {-1, 2, 10, 6},
      {2, -1, 4, 8},
      {10, 4, -1, 0},
      {6, 8, 0, -1},
    };
    // Primary: the two 2s. Pass 1, rows: row 0 hides 6, row 1 hides 4. Columns: column 0
    // hides 6 (3,0); column 1 hides 4 (2,1); column 2 (only 4) hides 10 (0,2); column 3 (only 6)
    // hides 8 (1,3). Pass 2, rows: row 2 (only 4) hides 10; row 3 (only 6) hides 8. Stable. The
    // diagonal and the zeros stay visible.
    assertTable(new boolean[][] {
      {F, T, T, T},
      {T, F, T, T},
      {T, T, F, F},
      {T, T, F, F},
    }, SmallCellSuppression.suppress(counts, 3));
  }

  @Test
  void tiesGoToTheFirstCell() {
    int[][] counts = {
      {1, 5, 5},
      {7, 7, 9},
    };
    // Row 0 hides the first 5; column 0 hides 7 (1,0); column 1 hides 7 (1,1).
    assertTable(new boolean[][] {
      {T, T, F},
      {T, T, F},
    }, SmallCellSuppression.suppress(counts, 3));
  }

  @Test
  void aLineWithNoOtherPositiveCellHidesNothingMore() {
    int[][] counts = {
      {3, 0},
      {0, 20},
    };
    // Row 0 and column 0 have only zeros besides the 3: nothing to hide with it. The 3 then
    // equals its row and column totals, which the caller must not publish.
    assertTable(new boolean[][] {
      {T, F},
      {F, F},
    }, SmallCellSuppression.suppress(counts, 5));
  }

  @Test
  void largeCountsAndZerosStayVisible() {
    int[][] counts = {{0, 5, 12}, {7, 0, 40}};
    assertTable(new boolean[][] {{F, F, F}, {F, F, F}}, SmallCellSuppression.suppress(counts, 5));
    // k = 6 hides the 5; row 0 then hides 12, column 2 hides 40, row 1 hides 7. Column 0 and
    // column 1 have a zero beside their one hidden cell: nothing more to hide there.
    assertTable(new boolean[][] {{F, T, T}, {T, F, T}}, SmallCellSuppression.suppress(counts, 6));
  }

  @Test
  void theInputIsNotModifiedAndEmptyTablesWork() {
    int[][] counts = {{1, 9}, {9, 9}};
    SmallCellSuppression.suppress(counts, 2);
    assertArrayEquals(new int[] {1, 9}, counts[0]);
    assertEquals(0, SmallCellSuppression.suppress(new int[0][0], 5).length);
    assertEquals(0, SmallCellSuppression.suppress(new int[2][0], 5)[1].length);
  }

  @Test
  void refusesKBelowTwoAndRaggedRows() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SmallCellSuppression.suppress(new int[][] {{1}}, 1));
    assertTrue(e.getMessage().contains("k") && e.getMessage().contains("was 1"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SmallCellSuppression.suppress(new int[][] {{1}}, -3));
    assertThrows(IllegalArgumentException.class,
        () -> SmallCellSuppression.suppress(new int[][] {{1, 2}, {3}}, 5));
  }

  @Test
  void noRowOrColumnGivesAHiddenCellAwayOnRandomTables() {
    Random random = new Random(20150101L);
    for (int t = 0; t < 2_000; t++) {
      int rows = 1 + random.nextInt(8);
      int cols = 1 + random.nextInt(8);
      int k = 2 + random.nextInt(9);
      int[][] counts = new int[rows][cols];
      for (int[] row : counts) {
        for (int c = 0; c < cols; c++) {
          double p = random.nextDouble();
          row[c] = p < 0.05 ? -1 : p < 0.25 ? 0 : p < 0.45 ? 1 + random.nextInt(k - 1)
              : k + random.nextInt(60);
        }
      }
      int[][] copy = Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
      boolean[][] hidden = SmallCellSuppression.suppress(counts, k);
      String table = "table " + t + " k=" + k + " " + Arrays.deepToString(counts);
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          boolean small = counts[r][c] >= 1 && counts[r][c] < k;
          if (small) {
            assertTrue(hidden[r][c], table + ": small cell visible at " + r + "," + c);
          }
          if (counts[r][c] <= 0) {
            assertFalse(hidden[r][c], table + ": zero or n/a hidden at " + r + "," + c);
          }
        }
        assertTrue(safe(counts, hidden, r, true), table + ": row " + r);
      }
      for (int c = 0; c < cols; c++) {
        assertTrue(safe(counts, hidden, c, false), table + ": column " + c);
      }
      assertTrue(Arrays.deepEquals(copy, counts), "input unchanged");
    }
  }

  /** A line is safe unless it has exactly one hidden cell and another positive cell. */
  private static boolean safe(int[][] counts, boolean[][] hidden, int index, boolean row) {
    int length = row ? counts[0].length : counts.length;
    int hiddenCells = 0;
    int otherPositive = 0;
    for (int i = 0; i < length; i++) {
      int r = row ? index : i;
      int c = row ? i : index;
      if (hidden[r][c]) {
        hiddenCells++;
      } else if (counts[r][c] > 0) {
        otherPositive++;
      }
    }
    return hiddenCells != 1 || otherPositive == 0;
  }
}
