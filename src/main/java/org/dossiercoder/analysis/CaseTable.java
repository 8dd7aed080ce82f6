package org.dossiercoder.analysis;

import java.util.List;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.ingest.CaseRecord;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * One row per case: {@code case_id}, the registration attributes as strings and one 0/1 int
 * column per code. The base of every cross-tabulation.
 */
public final class CaseTable {
  private final Table table;

  private CaseTable(Table table) {
    this.table = table;
  }

  /**
   * Builds the table.
   *
   * @param cases the cases in order
   * @param attributeNames the attribute columns to include
   * @param codes the case-level codes
   */
  public static CaseTable of(List<CaseRecord> cases, List<String> attributeNames, CaseCodes codes) {
    Table t = Table.create("cases");
    StringColumn ids = StringColumn.create("case_id");
    cases.forEach(c -> ids.append(c.caseId()));
    t.addColumns(ids);
    for (String a : attributeNames) {
      StringColumn col = StringColumn.create(a);
      cases.forEach(c -> col.append(c.attribute(a)));
      t.addColumns(col);
    }
    for (String column : codes.columns()) {
      IntColumn col = IntColumn.create(column);
      cases.forEach(c -> col.append(codes.value(c.caseId(), column)));
      t.addColumns(col);
    }
    return new CaseTable(t);
  }

  /** The Tablesaw table. */
  public Table table() {
    return table;
  }

  /** Number of cases. */
  public int size() {
    return table.rowCount();
  }

  /** Whether the table has a column. */
  public boolean has(String column) {
    return table.containsColumn(column);
  }

  /** Cases where a code holds. */
  Selection holds(String codeColumn) {
    return table.intColumn(codeColumn).isEqualTo(1);
  }

  /** Cases where no code of the given columns holds. */
  Selection noneOf(List<String> codeColumns) {
    Selection s = Selection.withRange(0, table.rowCount());
    for (String c : codeColumns) {
      s = s.and(table.intColumn(c).isEqualTo(0));
    }
    return s;
  }

  /** Cases with an attribute value. */
  Selection attributeIs(String attribute, String value) {
    return table.stringColumn(attribute).isEqualTo(value);
  }

  /** The case ids of a selection, in table order. */
  List<String> caseIds(Selection selection) {
    return table.where(selection).stringColumn("case_id").asList();
  }

  /** The distinct values of an attribute, sorted. */
  List<String> values(String attribute) {
    return table.stringColumn(attribute).unique().asList().stream().filter(v -> !v.isEmpty()).sorted().toList();
  }
}
