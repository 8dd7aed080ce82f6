package org.dossiercoder.coding;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
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
 * afwezig") that {@link AbsenceLevel} reads like any other. A school's export that gives the
 * lessons scheduled beside those missed, per week ("wk  van  lesuren  ZIEK  ONG  TL" over "45
 * 03-11-2014  32  0  7  2") or per month ("maand  lesuren  ONG  ZIEK" over "okt  480  31  0"), is
 * read as the share missed in the row's week or month ("03-11-2014: 22% afwezig").
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
  /** The column of lessons scheduled in an export's header. */
  private static final Pattern SCHEDULED = Pattern.compile(
      "^(lesuren|les ?uren|geroosterd\\w*|rooster\\w*|gepland\\w*|uren gepland|lessen gepland)$");
  /**
   * Registration codes of absence in such an export: sick, unauthorised ("ONG", "ongeoorl.",
   * "afw. ongeoorl./weigering"), authorised ("geoorl. afw."), absent.
   */
  private static final Pattern ABSENCE_CODE = Pattern.compile(
      "^(ziek|ong|afw|absent|verzuim)$|^(afw\\.? ?)?(on)?geoorl(\\.|oofd)?( ?afw(\\.|ezig)?)?( ?/.*)?$");
  /** The first column of an export by week: "wk", "week", "weeknr.". */
  private static final Pattern WEEK_COLUMN = Pattern.compile("^(wk|week|weeknr\\.?|weeknummer)$");
  /** The first week of a school year, roughly the start of August: later weeks are in its first year. */
  private static final int FIRST_WEEK = 31;
  /** How a numbered week's row is named in its figure line: "wk 43". */
  private static final String WEEK_LABEL = "wk ";
  /** A row of an export by week: its number, or a span of them over a holiday ("52-1", "52/1"). */
  private static final Pattern WEEK_NUMBER = Pattern.compile("^(\\d{1,2})([-/]\\d{1,2})?$");
  /**
   * The period an export covers, whose first week or day gives its school year: "Periode: wk 43 2015
   * t/m wk 9 2016", "Periode 19-01-2015 t/m 27-02-2015".
   */
  private static final Pattern PERIOD = Pattern.compile(
      "\\bperiode:? (?:(?:wk|week) (\\d{1,2}) (20\\d{2})|\\d{1,2}[-/](\\d{1,2})[-/](20\\d{2}))");
  /** A row's date, with its year: "03-11-2014", "3/11/14". */
  private static final Pattern ROW_DATE = Pattern.compile("^(\\d{1,2})[-/](\\d{1,2})[-/](\\d{2}|\\d{4})$");
  /** A month that labels a row of an export, perhaps with more: "aug/sep", "apr (1-15)", "feb (t/m 5)". */
  private static final Pattern MONTH_LABEL = Pattern.compile("^" + DutchMonths.NAMES + "\\b.{0,12}$");
  private static final Pattern ANY_MONTH = Pattern.compile("\\b" + DutchMonths.NAMES + "\\b");
  /** A school year named over an export: "Schooljaar 2015-2016", "sj 2015/2016", "sj 15/16". */
  private static final Pattern SCHOOL_YEAR = Pattern.compile("\\b(schooljaar|sj)\\.? ?(20)?(\\d{2}) ?[-/] ?(20)?(\\d{2})\\b");
  /** A break in a table: "---- kerstvakantie ----". */
  private static final Pattern BREAK_ROW = Pattern.compile("^\\s*-{2,}[^-]*-{2,}\\s*$");

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
  /** For an export of lessons, the column of lessons scheduled (its absence columns are above); else -1. */
  private final int scheduled;
  /** Whether an export's rows are numbered weeks ("43  |  26  |  26  |  0"). */
  private final boolean weekly;

  private FigureTable(List<Integer> columns, List<Unit> units, int width) {
    this(columns, units, width, null);
  }

  private FigureTable(List<Integer> columns, List<Unit> units, int width, String percentOf) {
    this(columns, units, width, percentOf, -1, false);
  }

  private FigureTable(
      List<Integer> columns, List<Unit> units, int width, String percentOf, int scheduled, boolean weekly) {
    this.columns = List.copyOf(columns);
    this.units = List.copyOf(units);
    this.width = width;
    this.percentOf = percentOf;
    this.scheduled = scheduled;
    this.weekly = weekly;
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
    if (t.indexOf('\n') >= 0 || t.length() > 120 || DIGIT.matcher(t).find()
        || t.endsWith(".") && cells(t).size() < 3) {
      return null; // a header names columns; a line with figures or a full stop is text ("opm." ends a column)
    }
    FigureTable export = lessonExport(cells(line));
    if (export != null) {
      return export; // (its own percentage column is not what it is read by)
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
   * The text without the rule line that opens it: a sentence splitter may join the rule under a
   * header with the first row ("---------  -------\naug/sep   25   800   14").
   */
  static String afterRule(String text) {
    int nl = text.indexOf('\n');
    return nl > 0 && RULE.matcher(text.substring(0, nl)).matches() ? text.substring(nl + 1) : text;
  }

  /** Whether this is a school's export of lessons, whose rows are dated by their own cells. */
  boolean isLessonExport() {
    return scheduled >= 0;
  }

  /** Whether the line heads a school's export of lessons scheduled and missed, per week or month. */
  static boolean opensLessonExport(String line) {
    FigureTable t = header(line);
    return t != null && t.isLessonExport();
  }

  /**
   * An export of lessons' header, or null: a column of lessons scheduled and at least one of absence
   * codes ("ZIEK", "ONG"); lateness ("TL") and percentages are left out, the row gives its own share.
   */
  private static FigureTable lessonExport(List<String> cells) {
    if (cells.size() < 3 || cells.size() > 12) {
      return null;
    }
    int scheduled = -1;
    List<Integer> columns = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      if (SCHEDULED.matcher(c).find()) {
        if (scheduled >= 0) {
          return null;
        }
        scheduled = i;
      } else if (ABSENCE_CODE.matcher(c).find()) {
        columns.add(i);
      }
    }
    if (scheduled < 0 || columns.isEmpty()) {
      return null;
    }
    // A header that opens with a figure's column has no cell over the rows' labels ("|lesuren| ZIEK").
    boolean labelled = scheduled > 0 && columns.get(0) > 0;
    int shift = labelled ? 0 : 1;
    // (the rows give shares of lessons, read by exportRow, not hours or days)
    return new FigureTable(columns.stream().map(c -> c + shift).toList(), List.of(), cells.size() + shift, null,
        scheduled + shift, labelled && WEEK_COLUMN.matcher(cells.get(0)).matches());
  }

  /**
   * The first year of the school year a line names ("Schooljaar 2015-2016" gives 2015), or of the
   * period it says an export covers ("Periode: wk 43 2015 t/m wk 9 2016" gives 2015, "Periode
   * 19-01-2015 t/m …" 2014), or -1: the year of an export's month and week rows.
   */
  static int schoolYearNamed(String line) {
    String folded = Lexicon.fold(line);
    Matcher m = SCHOOL_YEAR.matcher(folded);
    if (m.find()) {
      int first = Integer.parseInt(m.group(3));
      int second = Integer.parseInt(m.group(5));
      return second == (first + 1) % 100 ? 2000 + first : -1;
    }
    Matcher p = PERIOD.matcher(folded);
    if (!p.find()) {
      return -1;
    }
    // weeks from 31 on and months from August on open a school year
    if (p.group(1) != null) {
      int year = Integer.parseInt(p.group(2));
      return Integer.parseInt(p.group(1)) >= FIRST_WEEK ? year : year - 1;
    }
    int year = Integer.parseInt(p.group(4));
    return Integer.parseInt(p.group(3)) >= 8 ? year : year - 1;
  }

  /**
   * The date an export's row gives ("45  03-11-2014  32  0  7"; "okt" in the school year named), or
   * null: such a row is dated by its own cell, not by the entry the export stands under.
   */
  LocalDate rowDate(String line, int schoolYear) {
    if (scheduled < 0) {
      return null;
    }
    String label = rowLabel(cells(line));
    if (label == null) {
      return null;
    }
    if (label.startsWith(WEEK_LABEL)) {
      if (schoolYear <= 0) {
        return null;
      }
      int week = Integer.parseInt(label.substring(WEEK_LABEL.length()));
      int year = week >= FIRST_WEEK ? schoolYear : schoolYear + 1;
      try {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
      } catch (DateTimeException e) {
        return null; // (a week 53 in a year that has none)
      }
    }
    Matcher m = ROW_DATE.matcher(label);
    if (!m.find()) {
      int month = DutchMonths.number(label);
      return schoolYear > 0 ? LocalDate.of(month >= 8 ? schoolYear : schoolYear + 1, month, 1) : null;
    }
    int year = Integer.parseInt(m.group(3));
    try {
      return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * What names an export's row, or null: the (last) month its first cell names ("aug/sep" is
   * September's row), else the first of its first two cells that is a date ("45  03-11-2014"), else
   * in an export by week its number ("wk 43").
   */
  private String rowLabel(List<String> cells) {
    if (cells.isEmpty()) {
      return null;
    }
    if (MONTH_LABEL.matcher(cells.get(0)).find()) {
      Matcher m = ANY_MONTH.matcher(cells.get(0));
      String last = null;
      while (m.find()) {
        last = m.group(1);
      }
      return last;
    }
    for (String cell : cells.subList(0, Math.min(2, cells.size()))) {
      if (ROW_DATE.matcher(cell).find()) {
        return cell;
      }
    }
    if (weekly) {
      Matcher w = WEEK_NUMBER.matcher(cells.get(0));
      if (w.matches() && w.group(2) == null) {
        return WEEK_LABEL + Integer.parseInt(w.group(1));
      }
    }
    return null;
  }

  /**
   * Whether the line is a row of the table without a figure ("wk 43 | herfstvakantie"), or the rule
   * under a header ("|-------|:---:|"): the table goes on after it. A row whose other cells hold no
   * digit can give no figure.
   */
  boolean isRowWithoutFigure(String line) {
    if (RULE.matcher(line).matches() || scheduled >= 0 && BREAK_ROW.matcher(line).matches()) {
      return true;
    }
    List<String> cells = cells(line);
    return cells.size() >= 2 && isRowLabel(cells.get(0))
        && !DIGIT.matcher(String.join(" ", cells.subList(1, cells.size()))).find();
  }

  /** Whether a first cell names a row: a month, or for a table of percentages also a week. */
  private boolean isRowLabel(String cell) {
    return MONTH_CELL.matcher(cell).find() || percentOf != null && WEEK_CELL.matcher(cell).find()
        || weekly && WEEK_NUMBER.matcher(cell).matches();
  }

  /**
   * The row as a figure line, or null when the line is no row of this table: a month and as many
   * numbers as the header has columns (or one more, when the header names no month column).
   */
  String figures(String line) {
    List<String> cells = cells(line);
    if (scheduled >= 0) {
      return exportRow(cells);
    }
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

  /**
   * An export's row as the share of its week's or month's scheduled lessons missed, or null when the
   * line is no such row: a date among the first two cells or a month first, and numbers in the
   * columns read (a remark may follow: "46   <- opvlamming, 1 wk opname").
   */
  private String exportRow(List<String> cells) {
    // (a last column of remarks may be empty: "45  |  26  |  26  |  0  |  0  |")
    if (cells.size() <= Math.max(scheduled, columns.get(columns.size() - 1))) {
      return null;
    }
    String label = rowLabel(cells);
    if (label == null || !NUMBER.matcher(cells.get(scheduled)).find()) {
      return null;
    }
    double planned = Double.parseDouble(cells.get(scheduled).replace(',', '.'));
    double missed = 0;
    for (int at : columns) {
      if (!NUMBER.matcher(cells.get(at)).find()) {
        return null;
      }
      missed += Double.parseDouble(cells.get(at).replace(',', '.'));
    }
    return planned <= 0 ? null : label + ": " + Math.round(100 * Math.min(1, missed / planned)) + "% afwezig";
  }
}
