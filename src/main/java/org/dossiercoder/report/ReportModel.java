package org.dossiercoder.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossiercoder.Problem;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.codebook.MatchContext;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.report.MarkdownReport.RunSummary;

/**
 * The values the HTML template shows, in the shapes it needs: tables with their header rows and
 * linked cells, chart geometry, the case list behind every visible count and the counted
 * sentences of every listed case.
 *
 * <p>With small-cell suppression on, the report has no case lists and no case sections at all:
 * the lists of two visible cells (gedrag in table 3, sanctionerend in table 7) would give the
 * cases of a hidden cell (their crossing in table 8) by intersection, and a case's own codings
 * tell the same. A shared report then shows counts only.
 */
final class ReportModel {
  /** Most count columns of a table printed side by side on a (landscape) PDF page. */
  static final int PDF_COLUMNS = 10;
  /** Most counted sentences printed in the PDF's case appendix; beyond this it is in the HTML only. */
  static final int PDF_SENTENCES = 4000;

  /**
   * Above this many counted sentences in all, each code of a case shows only its first sentence
   * ({@link #SENTENCES_PER_CODE}); the rest are one {@code explain} away. Keeps the HTML of a large
   * study to a size a browser opens (a 1,000-case study would otherwise be over 50 MB).
   */
  static final int HTML_SENTENCES = 10_000;

  /** Sentences shown per code and case when {@link #HTML_SENTENCES} is exceeded. */
  static final int SENTENCES_PER_CODE = 1;

  private ReportModel() {}

  /** A table as the template lays it out. */
  public record TableView(String id, String title, List<TablePart> parts, boolean wide, Charts.Chart chart) {}

  /** A table, or the part of its columns that fits on a printed page; {@code note} says "vervolg". */
  public record TablePart(String note, List<List<HeaderCell>> header, List<RowView> rows) {}

  /** A header cell, spanning columns and rows. */
  public record HeaderCell(String label, int colspan, int rowspan) {}

  /** A row: its label and its cells, with the % cell after each count where the table has them. */
  public record RowView(String label, List<CellView> cells) {}

  /**
   * A cell as printed.
   *
   * @param text the count as the table shows it ({@code 21}, {@code X}, {@code <5}) or a percentage
   * @param kind {@code count}, {@code percent}, {@code na} or {@code suppressed}
   * @param position {@code row:column} in the report table, for counts
   * @param href in-page link to the cases behind it, or empty
   */
  public record CellView(String text, String kind, String position, String href) {}

  /** The cases behind one cell. */
  public record CellCases(String anchor, String tableId, String table, String row, String column, List<CaseLink> cases) {}

  /** A link to a case section. */
  public record CaseLink(String id, String anchor) {}

  /** A case with its counted sentences per code. */
  public record CaseView(String id, String anchor, List<CodeSentences> codes) {}

  /** The counted sentences of one code in one case. */
  public record CodeSentences(
      String column, String codebook, String label, List<SentenceView> sentences, int total) {}

  /** A sentence with its matched words marked. */
  public record SentenceView(String document, String date, String context, String rules, List<Fragment> fragments) {}

  /** A piece of sentence text; {@code mark} when it is matched words. */
  public record Fragment(String text, boolean mark) {}

  /** A codebook with its codes. */
  public record CodebookView(String id, String label, String kind, String source, String description, List<CodeView> codes) {}

  /** A code and its definition. */
  public record CodeView(String column, String label, boolean child, String description, int rules) {}

  /** Builds the template model. */
  static Map<String, Object> build(RunSummary run, List<ReportTable> tables, List<SegmentCoding> codings,
      List<Problem> problems, Codebooks codebooks, boolean pdf) {
    boolean drill = run.minCell() < 2;
    Anchors anchors = new Anchors();
    List<TableView> tableViews = new ArrayList<>();
    List<CellCases> lists = new ArrayList<>();
    Set<String> listed = new LinkedHashSet<>();
    for (ReportTable t : tables) {
      List<CellCases> tableLists = new ArrayList<>();
      Map<String, String> hrefs = new HashMap<>();
      for (int r = 0; r < t.rows().size(); r++) {
        ReportTable.Row row = t.rows().get(r);
        for (int c = 0; c < t.columns().size(); c++) {
          Integer n = row.counts().get(c);
          if (!drill || n == null || n == 0 || t.isSuppressed(r, c)) {
            continue;
          }
          String anchor = "cel-" + t.id() + "-" + r + "-" + c;
          hrefs.put(r + ":" + c, "#" + anchor);
          List<CaseLink> links = new ArrayList<>();
          for (String id : row.cases().get(c)) {
            links.add(new CaseLink(id, anchors.of(id)));
            listed.add(id);
          }
          // a frequency table has one column ("frequentie"); its row says it all
          String column = t.columns().size() == 1 ? "" : ReportTable.header(t.columns().get(c));
          tableLists.add(new CellCases(anchor, t.id(), shortTitle(t.title()), row.label(), column, links));
        }
      }
      lists.addAll(tableLists);
      Charts.Chart chart = Charts.of(t, (r, c) -> hrefs.getOrDefault(r + ":" + c, ""));
      tableViews.add(view(t, hrefs, chart, pdf));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("run", run);
    model.put("pdf", pdf);
    model.put("drill", drill);
    model.put("tables", tableViews);
    model.put("cellLists", lists);
    List<CaseView> cases = drill ? cases(listed, codings, codebooks, anchors) : List.of();
    int sentences = cases.stream().flatMap(k -> k.codes().stream()).mapToInt(c -> c.sentences().size()).sum();
    // thousands of pages of sentences make a PDF nobody prints, and take minutes to lay out
    boolean casesInFile = !pdf || sentences <= PDF_SENTENCES;
    model.put("cases", casesInFile ? cases : List.of());
    model.put("sentencesLeftOut", casesInFile ? 0 : sentences);
    model.put("problems", problems);
    model.put("codebooks", codebooks.list().stream().map(ReportModel::view).toList());
    return model;
  }

  private static TableView view(ReportTable t, Map<String, String> hrefs, Charts.Chart chart, boolean pdf) {
    List<TablePart> parts = new ArrayList<>();
    List<List<Integer>> chunks = pdf ? chunks(t, PDF_COLUMNS) : List.of(range(t.columns().size()));
    for (List<Integer> chunk : chunks) {
      parts.add(new TablePart(parts.isEmpty() ? "" : "vervolg", header(t, chunk), rows(t, chunk, hrefs)));
    }
    int per = t.percentages() ? 2 : 1;
    boolean wide = t.columns().size() * per > (pdf ? 3 : 8);
    return new TableView(t.id(), t.title(), parts, wide, chart);
  }

  private static List<RowView> rows(ReportTable t, List<Integer> columns, Map<String, String> hrefs) {
    List<RowView> rows = new ArrayList<>();
    for (int r = 0; r < t.rows().size(); r++) {
      List<CellView> cells = new ArrayList<>();
      for (int c : columns) {
        Integer n = t.rows().get(r).counts().get(c);
        String kind = n == null ? "na" : t.isSuppressed(r, c) ? "suppressed" : "count";
        cells.add(new CellView(t.cell(r, c), kind, r + ":" + c, hrefs.getOrDefault(r + ":" + c, "")));
        if (t.percentages()) {
          cells.add(new CellView(t.percentCell(r, c), "percent", r + ":" + c, ""));
        }
      }
      rows.add(new RowView(t.rows().get(r).label(), cells));
    }
    return rows;
  }

  private static List<Integer> range(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  /**
   * Column indexes in pieces of at most {@code max}, keeping a group ("naar schooltype") in one
   * piece where it fits: a printed page cannot scroll sideways.
   */
  static List<List<Integer>> chunks(ReportTable t, int max) {
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < t.columns().size(); i++) {
      String g = t.columns().get(i).group();
      if (groups.isEmpty() || g.isEmpty() || !g.equals(t.columns().get(i - 1).group())) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(i);
    }
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (List<Integer> g : groups) {
      if (!current.isEmpty() && current.size() + g.size() > max) {
        out.add(current);
        current = new ArrayList<>();
      }
      for (int i : g) {
        if (current.size() == max) {
          out.add(current);
          current = new ArrayList<>();
        }
        current.add(i);
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * The header rows: one row for plain tables; for frequency tables the column label over its n
   * and % sub-columns; for grouped tables (5, 9) the group ("naar sekse") over its values, with
   * ungrouped columns and the row header spanning both rows.
   */
  private static List<List<HeaderCell>> header(ReportTable t, List<Integer> columns) {
    boolean grouped = columns.stream().anyMatch(i -> !t.columns().get(i).group().isEmpty());
    List<HeaderCell> first = new ArrayList<>();
    List<HeaderCell> second = new ArrayList<>();
    int rows = t.percentages() || grouped ? 2 : 1;
    first.add(new HeaderCell(t.rowHeader(), 1, rows));
    String previous = null;
    for (int i : columns) {
      ReportTable.Column c = t.columns().get(i);
      if (t.percentages()) {
        first.add(new HeaderCell(c.label(), 2, 1));
        second.add(new HeaderCell("n", 1, 1));
        second.add(new HeaderCell("%", 1, 1));
      } else if (!grouped || c.group().isEmpty()) {
        first.add(new HeaderCell(c.label(), 1, rows));
      } else {
        HeaderCell last = first.get(first.size() - 1);
        if (c.group().equals(previous)) {
          first.set(first.size() - 1, new HeaderCell(last.label(), last.colspan() + 1, 1));
        } else {
          first.add(new HeaderCell(c.group(), 1, 1));
        }
        second.add(new HeaderCell(c.label(), 1, 1));
      }
      previous = c.group();
    }
    return second.isEmpty() ? List.of(first) : List.of(first, second);
  }

  /** "Tabel 3: Gevonden risicoprofielen (n=44)" → "Tabel 3". */
  private static String shortTitle(String title) {
    int colon = title.indexOf(':');
    return colon < 0 ? title : title.substring(0, colon);
  }

  private static List<CaseView> cases(Set<String> listed, List<SegmentCoding> codings, Codebooks books,
      Anchors anchors) {
    Map<String, Integer> order = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    Map<String, String> bookLabels = new HashMap<>();
    int i = 0;
    for (Codebook b : books.list()) {
      for (Code c : b.codes()) {
        order.put(b.column(c), i++);
        labels.put(b.column(c), c.isTopLevel() ? c.label() : b.code(c.parent()).label() + " › " + c.label());
        bookLabels.put(b.column(c), b.label());
      }
    }
    // an unless-rule's counted sentence speaks against its code; it is listed, but said to be so
    java.util.function.Predicate<SegmentCoding> unless = s -> {
      Codebook b = books.get(s.codebook());
      Code c = b == null ? null : b.code(s.code());
      return c != null && c.isUnless(s.rule());
    };
    // case → column → sentence key → the codings of that sentence
    Map<String, Map<String, Map<String, List<SegmentCoding>>>> byCase = new HashMap<>();
    for (SegmentCoding s : codings) {
      if (!s.counted() || !listed.contains(s.caseId()) || !order.containsKey(s.column())) {
        continue;
      }
      byCase.computeIfAbsent(s.caseId(), k -> new HashMap<>())
          .computeIfAbsent(s.column(), k -> new LinkedHashMap<>())
          .computeIfAbsent(s.docId() + "\u0000" + s.ordinal(), k -> new ArrayList<>())
          .add(s);
    }
    List<String> ids = new ArrayList<>(listed);
    ids.sort(Comparator.naturalOrder());
    long all = byCase.values().stream().flatMap(m -> m.values().stream()).mapToLong(Map::size).sum();
    int cap = all > HTML_SENTENCES ? SENTENCES_PER_CODE : Integer.MAX_VALUE;
    List<CaseView> out = new ArrayList<>();
    for (String id : ids) {
      Map<String, Map<String, List<SegmentCoding>>> columns =
          new TreeMap<>(Comparator.comparingInt(order::get));
      columns.putAll(byCase.getOrDefault(id, Map.of()));
      List<CodeSentences> codes = new ArrayList<>();
      for (Map.Entry<String, Map<String, List<SegmentCoding>>> e : columns.entrySet()) {
        List<List<SegmentCoding>> sentences = new ArrayList<>(e.getValue().values());
        sentences.sort(Comparator.comparing((List<SegmentCoding> l) -> l.get(0).docId())
            .thenComparingInt(l -> l.get(0).ordinal()));
        codes.add(new CodeSentences(e.getKey(), bookLabels.get(e.getKey()), labels.get(e.getKey()),
            sentences.stream().limit(cap).map(l -> sentence(l, unless)).toList(), sentences.size()));
      }
      out.add(new CaseView(id, anchors.of(id), codes));
    }
    return out;
  }

  private static SentenceView sentence(List<SegmentCoding> same, java.util.function.Predicate<SegmentCoding> unless) {
    SegmentCoding first = same.get(0);
    String text = first.text();
    boolean[] marked = new boolean[text.length()];
    Set<String> rules = new LinkedHashSet<>();
    Set<String> contexts = new LinkedHashSet<>();
    for (SegmentCoding s : same) {
      int from = Math.max(0, s.matchStart() - s.start());
      int to = Math.min(text.length(), s.matchEnd() - s.start());
      for (int k = from; k < to; k++) {
        marked[k] = true;
      }
      if (!s.rule().isEmpty()) {
        rules.add(unless.test(s) ? s.rule() + " (uitzondering: spreekt de code tegen)" : s.rule());
      }
      contexts.add(context(s.context()));
    }
    List<Fragment> fragments = new ArrayList<>();
    int k = 0;
    while (k < text.length()) {
      int j = k;
      while (j < text.length() && marked[j] == marked[k]) {
        j++;
      }
      fragments.add(new Fragment(text.substring(k, j), marked[k]));
      k = j;
    }
    return new SentenceView(first.docId(), first.entryDate(), String.join(", ", contexts), String.join(", ", rules),
        fragments);
  }

  /** Dutch name of a match context, as the coding guide uses it. */
  static String context(MatchContext c) {
    return switch (c) {
      case AFFIRMED -> "bevestigd";
      case NEGATED -> "ontkend";
      case HYPOTHETICAL -> "hypothetisch";
      case OTHER_PERSON -> "over een ander";
    };
  }

  private static CodebookView view(Codebook b) {
    List<CodeView> codes = new ArrayList<>();
    for (Code c : b.codes()) {
      codes.add(new CodeView(b.column(c), c.label(), !c.isTopLevel(), oneLine(c.description()), c.rules().size()));
    }
    return new CodebookView(b.id(), b.label(), b.kind().name().toLowerCase(Locale.ROOT), oneLine(b.source()),
        oneLine(b.description()), codes);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /** Stable, valid, unique element ids for case ids, whatever characters those contain. */
  private static final class Anchors {
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> used = new java.util.HashSet<>();

    String of(String caseId) {
      return ids.computeIfAbsent(caseId, id -> {
        String base = "casus-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
        String a = base;
        for (int n = 2; !used.add(a); n++) {
          a = base + "-" + n;
        }
        return a;
      });
    }
  }
}
