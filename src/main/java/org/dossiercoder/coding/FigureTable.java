package org.dossiercoder.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossiercoder.index.DutchMonths;
import org.dossiercoder.index.Lexicon;

/**
 * A table of monthly absence figures whose rows carry bare numbers and whose header says what they
 * count: "maand  ziekmeldingen  ziek naar huis  lesuren gemist (ca.)" over "sep 2014  2  1  16", or
 * the caption "ziek gemeld per maand (dagen)" over "okt   6"; a caption of percentages may also be
 * over weeks ("Aanwezigheid per week (% van geroosterde uren)" over "wk 45 | 20%"). A row read
 * alone is a month and some numbers; read under its header it is a figure line ("16 lesuren
 * afwezig") that {@link AbsenceLevel} reads like any other.
 */
final class FigureTable {
  /** Columns are set off by two or more spaces, a tab or a bar. */
  private static final Pattern GAP = Pattern.compile("\\s{2,}|\\t|\\s*\\|\\s*");
  private static final Pattern MONTH_CELL = Pattern.compile(
      "^" + DutchMonths.NAMES + "\\.?( ?'?\\d{2,4}|-\\d{2,4})?( \\(t/m [^)]{1,12}\\))?$");
  /** A row of a week or a span of weeks: "wk 45", "week 39-42". */
  private static final Pattern WEEK_CELL = Pattern.compile("^(wk|week)\\.? ?\\d{1,2}( ?[-/] ?\\d{1,2})?$");
  private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}([.,]\\d)?$");
  /** Column headers that count absence (excluding lateness, planned hours, attendance). */
  private static final Pattern ABSENCE = Pattern.compile("ongeoorl|geoorl|ziek|afwezig|gemist|verzuim|absent");
  private static final Pattern NOT_ABSENCE = Pattern.compile("te laat|gepland|gewerkt|aanwezig|naar huis|totaal|%");
  private static final Pattern HOURS = Pattern.compile("\\(u\\)|\\bu\\.?$|\\bu\\b|uur|uren|lesuren|lessen");
  private static final Pattern DAYS = Pattern.compile("\\(d\\)|\\bdag|dagen|ziekmelding");

  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** The line under a header in a plain-text table: dashes, bars, colons, plus and equals signs. */
  private static final Pattern RULE = Pattern.compile("\\s*[|+:=-]*-{3,}[|+:=\\s-]*");
  /** A caption over two-cell rows says that it counts per month. */
  private static final Pattern PER_MONTH = Pattern.compile("per (maand|mnd)|maandoverzicht|per kalendermaand");

  /** A caption over rows of monthly percentages: "% aanwezig t.o.v. rooster", "verzuim in %". */
  private static final Pattern PERCENT_CAPTION = Pattern.compile(
      "(%|procent|percentage).*(aanwezig|presentie|afwezig|verzuim)|(aanwezig|presentie|afwezig|verzuim).*(%|procent)");
  private static final Pattern PRESENCE = Pattern.compile("aanwezig|presentie");
  private static final Pattern PERCENT_PRESENT = Pattern.compile(
      "(%|procent) ?(aanwezig|presentie)|(aanwezig\\w*|presentie) (in )?(%|procent)");
  /** A percentage, a range of them ("85-90%", read as its middle), perhaps with a remark after it. */
  private static final Pattern PERCENT_CELL = Pattern.compile("^(\\d{1,3})(?: ?- ?(\\d{1,3}))? ?%(?: ?[,;(].*)?$");

  /** Unit of an absence column. */
  private enum Unit { HOURS, DAYS }

  /** The header's column of each absence figure, its unit, and how many columns the header has. */
  private final List<Integer> columns;
  private final List<Unit> units;
  private final int width;
  /** For a table of percentages, what they count ("aanwezig" or "afwezig"); else null. */
  private final String percentOf;

  private FigureTable(List<Integer> columns, List<Unit> units, int width) {
    this(columns, units, width, null);
  }

  private FigureTable(List<Integer> columns, List<Unit> units, int width, String percentOf) {
    this.columns = List.copyOf(columns);
    this.units = List.copyOf(units);
    this.width = width;
    this.percentOf = percentOf;
  }

  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    for (String c : GAP.split(Lexicon.fold(line.strip()))) {
      if (!c.isBlank()) {
        out.add(c.strip());
      }
    }
    return out;
  }

  /**
   * The table a header line opens, or null: a line of column names, at least one of them counting
   * absence in hours or days, or a one-cell caption that does ("ziek gemeld per maand (dagen)").
   */
  static FigureTable header(String line) {
    String t = line.strip();
    if (t.indexOf('\n') >= 0 || t.length() > 120 || DIGIT.matcher(t).find() || t.endsWith(".")) {
      return null; // a header names columns; a line with figures or a full stop is text
    }
    String caption = Lexicon.fold(t);
    if (PERCENT_CAPTION.matcher(caption).find()) {
      // What the rows count ("sep 2014    12%"): the word at the percent sign decides ("Overzicht
      // verzuim (…), % aanwezig t.o.v. rooster" counts attendance), else the caption's words.
      boolean present = PERCENT_PRESENT.matcher(caption).find()
          || PRESENCE.matcher(caption).find() && !caption.contains("afwezig") && !caption.contains("verzuim");
      return new FigureTable(List.of(), List.of(), 0, present ? "aanwezig" : "afwezig");
    }
    List<String> cells = cells(line);
    if (cells.isEmpty() || cells.size() > 8
        || cells.size() == 1 && !PER_MONTH.matcher(cells.get(0)).find()) {
      return null;
    }
    List<Integer> columns = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      if (NUMBER.matcher(c).find() || MONTH_CELL.matcher(c).find()) {
        return null; // a row, not a header
      }
      if (!ABSENCE.matcher(c).find() || NOT_ABSENCE.matcher(c).find()) {
        continue;
      }
      Unit unit = HOURS.matcher(c).find() ? Unit.HOURS : DAYS.matcher(c).find() ? Unit.DAYS : null;
      if (unit != null) {
        columns.add(i);
        units.add(unit);
      }
    }
    if (columns.isEmpty()) {
      return null;
    }
    if (cells.size() == 1) {
      // A caption over two-cell rows: the figure is the second cell.
      return new FigureTable(List.of(1), units, 2);
    }
    return new FigureTable(columns, units, cells.size());
  }

  /**
   * Whether the line is a row of the table without a figure ("wk 43 | herfstvakantie"), or the rule
   * under a header ("|-------|:---:|"): the table goes on after it. A row whose other cells hold no
   * digit can give no figure.
   */
  boolean isRowWithoutFigure(String line) {
    if (RULE.matcher(line).matches()) {
      return true;
    }
    List<String> cells = cells(line);
    return cells.size() >= 2 && isRowLabel(cells.get(0))
        && !DIGIT.matcher(String.join(" ", cells.subList(1, cells.size()))).find();
  }

  /** Whether a first cell names a row: a month, or for a table of percentages also a week. */
  private boolean isRowLabel(String cell) {
    return MONTH_CELL.matcher(cell).find() || percentOf != null && WEEK_CELL.matcher(cell).find();
  }

  /**
   * The row as a figure line, or null when the line is no row of this table: a month and as many
   * numbers as the header has columns (or one more, when the header names no month column).
   */
  String figures(String line) {
    List<String> cells = cells(line);
    if (cells.size() < 2 || !isRowLabel(cells.get(0))) {
      return null;
    }
    if (percentOf != null) {
      // a month or a week, its percentage, and perhaps a remark ("opbouwschema stap 1-2")
      Matcher pct = PERCENT_CELL.matcher(cells.get(1));
      if (!pct.find()) {
        return null;
      }
      long share = pct.group(2) == null ? Long.parseLong(pct.group(1))
          : Math.round((Integer.parseInt(pct.group(1)) + Integer.parseInt(pct.group(2))) / 2.0);
      return cells.get(0) + ": " + share + "% " + percentOf;
    }
    for (int i = 1; i < cells.size(); i++) {
      if (!NUMBER.matcher(cells.get(i)).find()) {
        return null;
      }
    }
    int offset = cells.size() == width ? 0 : cells.size() == width + 1 ? 1 : -1;
    if (offset < 0) {
      return null;
    }
    double hours = 0;
    double days = 0;
    for (int k = 0; k < columns.size(); k++) {
      int at = columns.get(k) + offset;
      if (at < 1 || at >= cells.size()) {
        return null;
      }
      double v = Double.parseDouble(cells.get(at).replace(',', '.'));
      if (units.get(k) == Unit.HOURS) {
        hours += v;
      } else {
        days += v;
      }
    }
    // Hours are the finer measure when a table gives both.
    boolean inHours = units.contains(Unit.HOURS);
    long n = Math.round(inHours ? hours : days);
    return cells.get(0) + ": " + n + (inHours ? " lesuren afwezig" : " dagen afwezig");
  }
}
