package org.dossiercoder.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.Codebooks;
import tech.tablesaw.selection.Selection;

/**
 * Tables 2, 3, 4, 5, 7, 8 and 9 of the Hogeschool Utrecht report (seed 003), computed from the
 * case-level codes and registration attributes. A table whose codebook is missing is left out.
 */
public final class UtrechtTables {
  /** Codebook ids the tables are built from. */
  public static final String PATTERN = "verzuimpatroon";
  /** Risk profiles. */
  public static final String PROFILE = "risicoprofiel";
  /** Interventions. */
  public static final String INTERVENTION = "interventie";
  /** Results. */
  public static final String RESULT = "resultaat";

  private final CaseTable cases;
  private final Codebooks codebooks;
  private final AttributeScheme scheme;

  private UtrechtTables(CaseTable cases, Codebooks codebooks, AttributeScheme scheme) {
    this.cases = cases;
    this.codebooks = codebooks;
    this.scheme = scheme;
  }

  /** All tables that the codebooks allow, in report order. */
  public static List<ReportTable> build(CaseTable cases, Codebooks codebooks, AttributeScheme scheme) {
    UtrechtTables t = new UtrechtTables(cases, codebooks, scheme);
    List<ReportTable> out = new ArrayList<>();
    Codebook pattern = codebooks.get(PATTERN);
    Codebook profile = codebooks.get(PROFILE);
    Codebook intervention = codebooks.get(INTERVENTION);
    Codebook result = codebooks.get(RESULT);
    if (pattern != null) {
      out.add(t.frequencies("tabel2", "Tabel 2: Gevonden patronen van schoolverzuim", "patronen van schoolverzuim", pattern, true));
    }
    if (profile != null) {
      out.add(t.frequencies("tabel3", "Tabel 3: Gevonden risicoprofielen", "gevonden risicoprofielen", profile, false));
      out.add(t.cooccurrence("tabel4", "Tabel 4: Gevonden combinaties van risicoprofielen", profile));
      out.add(t.breakdown(profile));
    }
    if (intervention != null) {
      out.add(t.frequencies("tabel7", "Tabel 7: Gevonden typen interventies", "type interventie(s)", intervention, false));
    }
    if (profile != null && intervention != null) {
      out.add(t.crossing(
          "tabel8",
          "Tabel 8: Gevonden typen interventies, uitgesplitst naar probleemprofielen",
          "type interventie / risicoprofielen",
          profile,
          List.of(group("", intervention))));
    }
    if (result != null && profile != null && intervention != null) {
      out.add(t.resultsTable(result, profile, intervention));
    }
    return out;
  }

  private record Group(String label, Codebook book) {}

  private static Group group(String label, Codebook book) {
    return new Group(label, book);
  }

  private String title(String title) {
    return title + " (n=" + cases.size() + ")";
  }

  private ReportTable frequencies(String id, String title, String rowHeader, Codebook book, boolean noneRow) {
    ReportTable.Column col = new ReportTable.Column("n", "", "frequentie (n=" + cases.size() + ")");
    List<ReportTable.Row> rows = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (Code c : book.topLevelCodes()) {
      String column = book.column(c);
      columns.add(column);
      rows.add(row(column, c.label(), List.of(cases.holds(column))));
    }
    if (noneRow) {
      Selection none = cases.noneOf(columns);
      if (none.size() > 0) {
        rows.add(row(book.id() + ".none", "niet vast te stellen", List.of(none)));
      }
    }
    return new ReportTable(id, title(title), rowHeader, List.of(col), rows, cases.size(), true);
  }

  private ReportTable cooccurrence(String id, String title, Codebook book) {
    List<ReportTable.Column> cols = new ArrayList<>();
    for (Code c : book.topLevelCodes()) {
      cols.add(new ReportTable.Column(book.column(c), "", c.label()));
    }
    List<ReportTable.Row> rows = new ArrayList<>();
    for (Code r : book.topLevelCodes()) {
      List<Integer> counts = new ArrayList<>();
      List<List<String>> ids = new ArrayList<>();
      for (Code c : book.topLevelCodes()) {
        if (c.id().equals(r.id())) {
          counts.add(null);
          ids.add(List.of());
        } else {
          Selection s = cases.holds(book.column(r)).and(cases.holds(book.column(c)));
          counts.add(s.size());
          ids.add(cases.caseIds(s));
        }
      }
      rows.add(new ReportTable.Row(book.column(r), r.label(), counts, ids));
    }
    return new ReportTable(id, title(title), "risicoprofielen", cols, rows, cases.size(), false);
  }

  private ReportTable breakdown(Codebook profile) {
    List<ReportTable.Column> cols = new ArrayList<>();
    cols.add(new ReportTable.Column("n", "", "frequentie (n=" + cases.size() + ")"));
    Map<ReportTable.Column, String[]> filters = new LinkedHashMap<>();
    for (AttributeScheme.Attribute a : scheme.attributes()) {
      if (!cases.has(a.id())) {
        continue;
      }
      List<String> values = new ArrayList<>(a.values().keySet());
      for (String v : cases.values(a.id())) {
        if (!values.contains(v)) {
          values.add(v);
        }
      }
      for (String v : values) {
        ReportTable.Column c = new ReportTable.Column(a.id() + "=" + v, a.label(), a.values().getOrDefault(v, v));
        cols.add(c);
        filters.put(c, new String[] {a.id(), v});
      }
    }
    List<ReportTable.Row> rows = new ArrayList<>();
    for (Code code : profile.topLevelCodes()) {
      String column = profile.column(code);
      List<Selection> cells = new ArrayList<>();
      cells.add(cases.holds(column));
      for (String[] f : filters.values()) {
        cells.add(cases.holds(column).and(cases.attributeIs(f[0], f[1])));
      }
      rows.add(row(column, code.label(), cells));
    }
    return new ReportTable(
        "tabel5",
        title("Tabel 5: Gevonden risicoprofielen, uitgesplitst naar leeftijd, sekse, etniciteit en schooltype"),
        "risicoprofielen",
        cols,
        rows,
        cases.size(),
        false);
  }

  private ReportTable crossing(String id, String title, String rowHeader, Codebook rowsBook, List<Group> groups) {
    List<ReportTable.Column> cols = new ArrayList<>();
    for (Group g : groups) {
      for (Code c : g.book().topLevelCodes()) {
        cols.add(new ReportTable.Column(g.book().column(c), g.label(), c.label()));
      }
    }
    List<ReportTable.Row> rows = new ArrayList<>();
    for (Code r : rowsBook.topLevelCodes()) {
      List<Selection> cells = new ArrayList<>();
      for (ReportTable.Column c : cols) {
        cells.add(cases.holds(rowsBook.column(r)).and(cases.holds(c.key())));
      }
      rows.add(row(rowsBook.column(r), r.label(), cells));
    }
    return new ReportTable(id, title(title), rowHeader, cols, rows, cases.size(), false);
  }

  private ReportTable resultsTable(Codebook result, Codebook profile, Codebook intervention) {
    List<ReportTable.Column> cols = new ArrayList<>();
    cols.add(new ReportTable.Column("n", "", "frequentie (n=" + cases.size() + ")"));
    for (Code c : profile.topLevelCodes()) {
      cols.add(new ReportTable.Column(profile.column(c), "naar type problematiek", c.label()));
    }
    for (Code c : intervention.topLevelCodes()) {
      cols.add(new ReportTable.Column(intervention.column(c), "naar uitgevoerde interventie(s)", c.label()));
    }
    List<ReportTable.Row> rows = new ArrayList<>();
    List<String> resultColumns = new ArrayList<>();
    for (Code r : result.topLevelCodes()) {
      String column = result.column(r);
      resultColumns.add(column);
      rows.add(row(column, r.label(), cells(cases.holds(column), cols)));
    }
    Selection none = cases.noneOf(resultColumns);
    if (none.size() > 0) {
      rows.add(row(result.id() + ".none", "niet vast te stellen", cells(none, cols)));
    }
    return new ReportTable(
        "tabel9",
        title("Tabel 9: Gevonden resultaten van interventie(s), uitgesplitst naar type problematiek en naar uitgevoerde interventie(s)"),
        "resultaten van interventie(s)",
        cols,
        rows,
        cases.size(),
        false);
  }

  private List<Selection> cells(Selection rowSelection, List<ReportTable.Column> cols) {
    List<Selection> cells = new ArrayList<>();
    for (ReportTable.Column c : cols) {
      cells.add(c.key().equals("n") ? rowSelection : copy(rowSelection).and(cases.holds(c.key())));
    }
    return cells;
  }

  private static Selection copy(Selection s) {
    return Selection.with(s.toArray());
  }

  private ReportTable.Row row(String key, String label, List<Selection> cells) {
    List<Integer> counts = new ArrayList<>();
    List<List<String>> ids = new ArrayList<>();
    for (Selection s : cells) {
      counts.add(s.size());
      ids.add(cases.caseIds(s));
    }
    return new ReportTable.Row(key, label, counts, ids);
  }
}
