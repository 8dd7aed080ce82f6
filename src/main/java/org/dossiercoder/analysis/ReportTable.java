package org.dossiercoder.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A table as the report prints it: labelled rows, grouped columns of counts, and optionally the
 * percentage of each count among the n cases.
 *
 * @param id file-name id, e.g. {@code tabel3}
 * @param title the Dutch title
 * @param rowHeader header of the label column
 * @param columns the count columns
 * @param rows the rows
 * @param n number of cases the table is about
 * @param percentages whether each count is also shown as % of n
 * @param suppression the cells hidden for sharing, or null when none are
 */
public record ReportTable(
    String id,
    String title,
    String rowHeader,
    List<Column> columns,
    List<Row> rows,
    int n,
    boolean percentages,
    Suppression suppression) {

  /**
   * Small-cell suppression applied to a table: counts from 1 to k−1 are hidden, and enough
   * others that none can be recomputed from the totals.
   *
   * @param k the threshold
   * @param cells hidden cells as {@code row:column} indexes
   */
  public record Suppression(int k, java.util.Set<String> cells) {
    /** Copies. */
    public Suppression {
      cells = java.util.Set.copyOf(cells);
    }
  }

  /** A table without suppression. */
  public ReportTable(
      String id, String title, String rowHeader, List<Column> columns, List<Row> rows, int n, boolean percentages) {
    this(id, title, rowHeader, columns, rows, n, percentages, null);
  }

  /**
   * A count column.
   *
   * @param key stable key (a code column or attribute value)
   * @param group the group label it stands under ("naar sekse"), or empty
   * @param label the column label
   */
  public record Column(String key, String group, String label) {}

  /**
   * A row.
   *
   * @param key stable key (a code column)
   * @param label the Dutch label
   * @param counts one per column; null where a cell does not apply (the diagonal of table 4)
   * @param cases the case ids behind each count, one list per column
   */
  public record Row(String key, String label, List<Integer> counts, List<List<String>> cases) {
    /** Validates and copies; null counts are kept. */
    public Row {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      counts = java.util.Collections.unmodifiableList(new ArrayList<>(counts));
      cases = List.copyOf(cases);
    }
  }

  /** Validates and copies. */
  public ReportTable {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The count in a row and column, or null where not applicable. */
  public Integer count(String rowKey, String columnKey) {
    int c = -1;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).key().equals(columnKey)) {
        c = i;
      }
    }
    for (Row r : rows) {
      if (r.key().equals(rowKey) && c >= 0) {
        return r.counts().get(c);
      }
    }
    throw new IllegalArgumentException("no cell " + rowKey + " × " + columnKey + " in " + id);
  }

  /** Whether a cell is hidden by small-cell suppression. */
  public boolean isSuppressed(int row, int column) {
    return suppression != null && suppression.cells().contains(row + ":" + column);
  }

  /** What a cell shows: its count, {@code X} where it does not apply, {@code <k} when hidden. */
  public String cell(int row, int column) {
    Integer count = rows.get(row).counts().get(column);
    if (count == null) {
      return "X";
    }
    return isSuppressed(row, column) ? "<" + suppression.k() : Integer.toString(count);
  }

  /** The percentage a cell shows, empty where it does not apply or is hidden. */
  public String percentCell(int row, int column) {
    return isSuppressed(row, column) ? "" : percent(rows.get(row).counts().get(column));
  }

  /** A column's full header: group and label. */
  public static String header(Column c) {
    return c.group().isEmpty() ? c.label() : c.group() + ": " + c.label();
  }

  /** Percentage of n, rounded to a whole number as the seed report prints it. */
  public String percent(Integer count) {
    if (count == null || n == 0) {
      return "";
    }
    return Math.round(100.0 * count / n) + "%";
  }

  /** The table as a Tablesaw table: a label column and one int column per count column. */
  public Table toTablesaw() {
    Table t = Table.create(id);
    StringColumn labels = StringColumn.create(rowHeader);
    rows.forEach(r -> labels.append(r.label()));
    t.addColumns(labels);
    for (int i = 0; i < columns.size(); i++) {
      IntColumn col = IntColumn.create(header(columns.get(i)));
      for (Row r : rows) {
        Integer v = r.counts().get(i);
        if (v == null) {
          col.appendMissing();
        } else {
          col.append(v);
        }
      }
      t.addColumns(col);
    }
    return t;
  }
}
