package org.dossiercoder.index;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a journal entry opens with, in the forms leerplicht journals use: {@code
 * 12-11-2014}, {@code 12-11-14}, {@code 2014-11-12}, {@code 12/11}, {@code 14 januari 2015}, {@code Ma 10 nov 2014},
 * {@code Do 13 nov}, {@code wk 47 (2014)}, {@code wk 11 (wo)}, {@code wk 38 '14}, and {@code
 * sep-14} for a line of monthly figures, also after decoration ({@code --- 10-12-2014 ---}).
 *
 * <p>A date without a year takes the year of the entry before it, moving to the next year when that
 * would put it more than two months back (a journal runs forward: week 52, then week 3) and the
 * next year is not further ahead than that (a table of weeks looks back over the period); the first
 * one takes the year the document mentions most. Without any year nothing is dated, rather than
 * guessed; {@link SentenceSplitter} then gives the entries relative dates in an assumed year, which
 * order the course of absence but are never shown as dates.
 */
final class EntryDate {
  /**
   * Decoration before a date: "--- 10-12-2014 ---", "* 12-11", "[12-11-2014]", and the numbered
   * chronology of a legal file, "3. d.d. 12-11-2015:".
   */
  private static final String LEAD = "^[\\s\\-–—*#\\[(]*(?:\\d{1,2}[.)]\\s+)?(?:(?i:d\\.d\\.?)\\s*)?";
  /** A weekday by name or abbreviation, and what may follow it before the date: "Ma.", "do,". */
  private static final String DAY_NAME =
      "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\\.?,?\\s+";
  private static final String WEEKDAY = "(?:" + DAY_NAME + ")?";
  private static final String MONTHS = DutchMonths.NAMES;

  /**
   * A label before a full date that heads an entry: the kind of entry or who wrote it
   * ("Registratie 05/11/2014 -", "LPA, donderdag 26 februari 2015:", a letter's "Datum:
   * 10-12-2014"). Only these words: "Utrecht, 10 december 2014" or "Sinds 04-03-2015 niet" is a
   * place or a phrase in running text, so such a line stays undated. (Dating a letter's content by
   * its "Utrecht, 17 mei 2016" was tried in session 30: 11 result codes of the 1800 held-out cases
   * moved toward the coders', 14 away; a letter tells much of what went before it.)
   */
  private static final String LABEL = "^\\s*(?:(?i:registratie|telefoon|telefonisch"
      // "Datum/tijd :", "Datum intake:" (not a date of birth: "Datum geboorte:")
      + "|datum(?:/tijd|\\s+(?!geboorte)\\p{L}+)?|e-?mail|update|actie|signaal|consult|sessie|intake"
      // also as the end of a compound: "Dossiernotitie", "Zorgoverleg", "Contactmoment", a
      // system's "ParnasSys-notitie 14-10-2014 (dir.)"
      + "|(?:\\p{L}+-)?\\p{L}*(?:notitie|aantekening|gesprek|contact|verslag|overleg|bezoek|evaluatie|melding|memo|moment)"
      + "|mentor|zoco|jeugdarts|consulent|trajectbegeleider|casusregisseur|begeleider|leerplicht|school)"
      // or an abbreviation in capitals: "LPA,", "BT:", "[BT]", a letter's direction "IN -", "UIT -"
      + "|(?-i:\\[?[A-Z]{2,5}\\]?))"
      // the number of a consult or session: "Consult 3 – 12-11-2015"
      + "(?:\\s+\\d{1,2})?(?:\\s*[,:]|\\s+[-–—])?\\s+";
  /**
   * What follows a labelled date, after the time it may give ("Datum: 11-06-2015 20:15", a police
   * register's "Datum/tijd : zo 01-03-2015, 23:10 uur", a telephone note's "TN 12-11-2015, 10.40u -"): a dash, a
   * colon, a column bar, a remark in brackets or the end of the line.
   */
  private static final String LABELLED_END =
      "(?:,?\\s+(?i:om|omstreeks)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*uur|u)?)?\\s*(?:[-:–—|(]|$)";
  private static final Pattern LABELLED_NUMERIC = Pattern.compile(
      LABEL + WEEKDAY + "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?![\\d-/.])" + LABELLED_END);
  private static final Pattern LABELLED_WRITTEN = Pattern.compile(
      LABEL + WEEKDAY + "(\\d{1,2})\\s+" + MONTHS + "\\.?\\s+(\\d{4})\\b" + LABELLED_END, Pattern.CASE_INSENSITIVE);
  /**
   * A heading that names its date with "d.d." (de dato), whatever it names before it: "Huisbezoek 1
   * d.d. 17-9-2015 (week 38)", "Evaluatie na 12 weken d.d. 10-12-2015", "Zorgoverleg op school
   * d.d. 9 oktober 2014:". A short heading only: "d.d." in running text dates what it follows.
   */
  private static final String DE_DATO = "^\\s*[\\p{L}\\d][^.:;!?]{0,45}?\\s(?i:d\\.\\s?d\\.?)\\s*" + WEEKDAY;
  private static final Pattern DE_DATO_NUMERIC = Pattern.compile(
      DE_DATO + "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?![\\d-/.])" + LABELLED_END);
  private static final Pattern DE_DATO_WRITTEN = Pattern.compile(
      DE_DATO + "(\\d{1,2})\\s+" + MONTHS + "\\.?\\s+(\\d{4})\\b" + LABELLED_END, Pattern.CASE_INSENSITIVE);
  /** The full dates after a label, then after a heading's "d.d.": in numbers, then written out. */
  private static final Pattern[][] LABELLED = {
    {LABELLED_NUMERIC, LABELLED_WRITTEN}, {DE_DATO_NUMERIC, DE_DATO_WRITTEN}
  };
  private static final Pattern NUMERIC =
      Pattern.compile(LEAD + WEEKDAY + "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?![\\d-/.])");
  /** The ISO form some registration systems export: "2014-12-09", "2015/01/14". */
  private static final Pattern ISO =
      Pattern.compile(LEAD + WEEKDAY + "(20\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d-/.])");
  /** The start of a line, or of an item of a list: "- 11-12: signaal van mentor". */
  private static final String ITEM = "^\\s*(?:[-*•–]\\s*)?";
  /**
   * Day and month only, followed by text that starts with a capital ("06-10 Gesprek") or an ordinal
   * ("29/10 - 2e consult"), or alone on its line ("vr 26/9").
   */
  private static final Pattern DAY_MONTH = Pattern.compile(ITEM + WEEKDAY
      + "(\\d{1,2})[-/](\\d{1,2})(?![\\d-/.])(?:\\s*[:\\-–]?\\s+(?=[A-Z(\"']|\\d{1,2}e\\s(?!(?:uur|lesuur|les|dag|week|helft|deel|periode|jaar|klas)\\b))|\\s*:?\\s*$)");
  /**
   * Day and month after a weekday, or set off by a column gap, whatever follows: "di 28/10   tel.
   * verzuimcoörd.", "28/10\ttel. moeder".
   */
  private static final Pattern DAY_MONTH_COLUMN = Pattern.compile(
      "^\\s*(?:" + DAY_NAME
          + "(\\d{1,2})[-/](\\d{1,2})(?![\\d-/.])\\s|(\\d{1,2})[-/](\\d{1,2})(?![\\d-/.])(?: {2,}|\\t))");
  /**
   * Day and month followed by lower-case text ("19/1 afw.", "2/2 start opbouw"): an entry date only
   * in a journal already dated, and not a fraction ("1/2 dag", "3/4 van de lessen").
   */
  private static final Pattern DAY_MONTH_LOWER = Pattern.compile(ITEM + WEEKDAY
      + "(\\d{1,2})[-/](\\d{1,2})(?![\\d-/.])\\s*[:\\-–]?\\s+(?=\\p{Ll})"
      + "(?!(dag|dagen|uur|uren|les|lessen|lesuren|deel|van|jaar|week|weken|keer|maand)\\b)");
  /**
   * A month alone on its line as the heading of what follows: "oktober", "Begin februari:", "eind
   * november", "eerste week september"; also a span of months ("april tot juni", dated in its
   * first month) and a status heading with its month ("Stand van zaken (juni)").
   */
  private static final Pattern MONTH_HEADING = Pattern.compile(
      "^\\s*(?:(?:stand van zaken|stand|update|verloop|evaluatie)\\s*[(:,-]?\\s*)?"
          + "(begin|half|medio|midden|eind|eerste week|laatste week)?\\s*" + MONTHS
          + "(?:\\s*(?:tot en met|tot|t/m|-|–)\\s*" + MONTHS + ")?\\.?\\s*\\)?\\s*:?\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WRITTEN = Pattern.compile(
      LEAD + WEEKDAY + "(\\d{1,2})\\s+" + MONTHS + "\\.?(?:\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEK = Pattern.compile(
      "^\\s*(?:wk|week)\\.?\\s*(\\d{1,2})\\b(?:\\s*\\(?\\s*(ma|di|wo|do|vr|za|zo)\\w*\\s*\\)?)?"
          + "(?:\\s*(?:'(\\d{2})\\b|\\([^)]{0,24}?(\\d{4})\\s*\\)))?",
      Pattern.CASE_INSENSITIVE);
  /** "sep-14", "okt 2014", "Dec. 2014": the month a line of figures reports on. */
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "^\\s*" + MONTHS + "(?:[-'](\\d{4}|\\d{2})|\\.?\\s+(\\d{4}))\\b(?![-/.]\\d|\\s*%)", Pattern.CASE_INSENSITIVE);
  /**
   * A month or a span of months with its year that heads a line of figures: "okt–dec 14: 6 à 8
   * uur p/w", "sep-okt 2014: 17 lesuren", "stand mrt 16:", "sep – dec 15 (nieuwe school):"; dated
   * in its first month. The colon is required: "okt 14 lesuren" is fourteen lessons, and "januari -
   * mei 2015" alone on its line heads a section rather than giving its figures.
   */
  private static final Pattern MONTH_SPAN_YEAR = Pattern.compile(
      "^\\s*(?:[-*•·–]\\s*)?(?:stand\\s+|peildatum\\s+)?" + MONTHS + "\\.?(?:\\s*(?:[-–/]|t/m|tot)\\s*" + MONTHS
          + "\\.?)?\\s+'?(\\d{2}|\\d{4})(?:\\s*\\([^)]{0,40}\\))?\\s*:", Pattern.CASE_INSENSITIVE);
  /**
   * "okt: te laat 5x, 4 lesuur", "dec (t/m 9/12): 14 lesuur", "- oktober: zes lesuren weg", or a
   * table row "okt   6", "sept | 12 uur": a month of figures, no year.
   */
  private static final Pattern MONTH_ONLY = Pattern.compile(
      // also as an item of a list: "- oktober: zes lesuren weg"
      "^\\s*(?:[-*•·–]\\s*)?" + MONTHS + "\\.?\\s*(\\([^)]{0,20}\\))?(\\s*:|(?: {2,}|\\t)\\s*\\d|\\s*\\|\\s*\\S)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_YEAR = Pattern.compile("\\b(20\\d{2})\\b");
  /** A weekday with a day and month but no year: "do 1/10", "ma 12-1", "dinsdag 3 februari". */
  private static final Pattern WEEKDAY_DATE = Pattern.compile(
      "\\b(maandag|dinsdag|woensdag|donderdag|vrijdag|ma|di|wo|do|vr)\\.?,?\\s+(\\d{1,2})"
          + "(?:[-/](\\d{1,2})(?![-/.]?\\d)|\\s+" + MONTHS + "\\b)(?!\\.?,?\\s*'?(20)?\\d{2}\\b)",
      Pattern.CASE_INSENSITIVE);

  private EntryDate() {}

  /** The bar that opens a row of a plain-text table: "| sep 2015 | 68% |" is dated as "sep 2015 …". */
  private static final Pattern TABLE_BAR = Pattern.compile("^\\s*\\|\\s*");

  /**
   * A row of an overview that opens with the day a state began: "- vanaf 16-11-2015: volledig
   * thuis" is dated that day. Only before a date and its colon: "Sinds 04-03-2015 niet op school"
   * in running text stays undated.
   */
  private static final Pattern FROM_ROW = Pattern.compile(
      "^\\s*(?:[-*•–]\\s*)?(?i:vanaf|sinds|per|m\\.i\\.v\\.?|met ingang van)\\s+(?=\\d{1,2}[-/.]\\d{1,2}(?:[-/.](?:\\d{4}|\\d{2}))?\\s*:)");

  private static String withoutTableBar(String line) {
    return line.indexOf('|') < 0 ? line : TABLE_BAR.matcher(line).replaceFirst("");
  }

  /** A school year named in the text: "Schooljaar 2015-2016", "sj 2014/2015", "2014-'15". */
  private static final Pattern SCHOOL_YEAR = Pattern.compile(
      "\\b(20\\d{2}) ?[-/] ?(?:'?(\\d{2})|(20\\d{2}))\\b(?![-/]\\d)");

  /**
   * The year of undated first entries: the year (2000-2099) a text mentions most, or 0. A text that
   * names its school year ("Schooljaar 2015-2016") gives that school year instead, as the negative
   * of its first year: an undated first entry from August on falls in the first year, one before
   * August in the second ("wk 40" in 2015, "wk 2" in 2016).
   */
  static int anchorYear(String text) {
    Matcher sy = SCHOOL_YEAR.matcher(text);
    while (sy.find()) {
      int first = Integer.parseInt(sy.group(1));
      int second = sy.group(3) != null ? Integer.parseInt(sy.group(3)) : 2000 + Integer.parseInt(sy.group(2));
      if (second == first + 1) {
        return -first;
      }
    }
    Map<Integer, Integer> counts = new TreeMap<>();
    Matcher m = ANY_YEAR.matcher(text);
    while (m.find()) {
      counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
    }
    // The year named most often: a background line ("wonen sinds 2008 in NL") is named once.
    // Between years named equally often ("woont sinds de zomer van 2013 bij mij" and "Over Kim,
    // 2015") the weekdays of the year-less dates decide, and else the later year: a background
    // line looks back.
    List<WeekdayDate> weekdayDates = weekdayDates(text);
    int best = 0;
    int most = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getValue() > most
          || e.getValue() == most && fitting(weekdayDates, e.getKey()) >= fitting(weekdayDates, best)) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best == 0 ? 0 : schoolYearOfWeekdays(weekdayDates, best);
  }

  /** A year-less date with its weekday: "maandag 5 januari", "do 1/10". */
  private record WeekdayDate(int month, int day, DayOfWeek weekday) {
    /** Whether the date falls on its weekday in that year. */
    boolean fallsIn(int year) {
      return weekday.equals(dayOfWeek(year, month, day));
    }
  }

  /** The year-less dates with a weekday that a text names ({@link #WEEKDAY_DATE}), in order. */
  private static List<WeekdayDate> weekdayDates(String text) {
    List<WeekdayDate> out = new ArrayList<>();
    Matcher m = WEEKDAY_DATE.matcher(text);
    while (m.find()) {
      int day = Integer.parseInt(m.group(2));
      int month = m.group(3) != null ? Integer.parseInt(m.group(3)) : DutchMonths.number(m.group(4));
      out.add(new WeekdayDate(month, day, weekday(m.group(1))));
    }
    return out;
  }

  /** How many of the dates fall on their weekday in the given year. */
  private static int fitting(List<WeekdayDate> dates, int year) {
    return (int) dates.stream().filter(d -> d.fallsIn(year)).count();
  }

  /**
   * The school year that the weekdays of year-less dates fit ("do 1/10", "di 6/10" are a Thursday
   * and a Tuesday in 2015, not in 2016), as the negative of its first year, when they decide
   * between the school year that starts in the named year and the one that ends in it; otherwise
   * the named year. A journal that names only "ma 11/1 2016" but opens with "wk 40 – do 1/10"
   * starts in October 2015.
   */
  private static int schoolYearOfWeekdays(List<WeekdayDate> dates, int named) {
    int endsInNamed = 0;
    int startsInNamed = 0;
    int total = dates.size();
    for (WeekdayDate d : dates) {
      if (d.fallsIn(d.month() < 8 ? named : named - 1)) {
        endsInNamed++;
      }
      if (d.fallsIn(d.month() < 8 ? named + 1 : named)) {
        startsInNamed++;
      }
    }
    int fits = Math.max(endsInNamed, startsInNamed);
    if (fits < 3 || fits * 3 < total * 2 || endsInNamed == startsInNamed) {
      return named;
    }
    return endsInNamed > startsInNamed ? -(named - 1) : -named;
  }

  private static DayOfWeek dayOfWeek(int year, int month, int day) {
    LocalDate d = of(year, month, day);
    return d == null ? null : d.getDayOfWeek();
  }

  /**
   * The middle of the month a line of monthly figures reports on ("okt: 4 lesuur"), in the year
   * that puts it nearest the entry it stands under, or null when the line is none. A table row
   * ("okt   6") takes the latest such month not after the entry.
   */
  static LocalDate monthOfFigures(String line, LocalDate entry) {
    return monthOfFigures(line, entry, null);
  }

  /**
   * As {@link #monthOfFigures(String, LocalDate)}; a table row right under another ({@code
   * previousRow}) is the first such month after it, as the rows of an overview run forward ("sep"
   * to "mei" pasted under a December entry).
   */
  static LocalDate monthOfFigures(String line, LocalDate entry, LocalDate previousRow) {
    if (entry == null) {
      return null;
    }
    Matcher m = MONTH_ONLY.matcher(withoutTableBar(line));
    if (!m.find()) {
      return null;
    }
    int month = DutchMonths.number(m.group(1));
    if (m.group(3).indexOf(':') < 0) {
      return tableRow(month, entry, previousRow);
    }
    // The year that puts the month nearest the entry: figures for months past ("sept" in a
    // December entry) and figures mailed later and pasted under an earlier entry ("mrt" after a
    // January entry) both land right.
    LocalDate best = null;
    for (int y = entry.getYear() - 1; y <= entry.getYear() + 1; y++) {
      LocalDate d = of(y, month, 15);
      if (d != null && (best == null
          || Math.abs(ChronoUnit.DAYS.between(entry, d)) < Math.abs(ChronoUnit.DAYS.between(entry, best)))) {
        best = d;
      }
    }
    return best;
  }

  /**
   * A table row ("okt   6") is one of an overview of months past: the first row falls in the latest
   * such month not after the entry's month ("sep" in a June evaluation is last September), each
   * next row in the first such month after the row before.
   */
  private static LocalDate tableRow(int month, LocalDate entry, LocalDate previousRow) {
    if (previousRow != null) {
      for (int y = previousRow.getYear(); y <= previousRow.getYear() + 1; y++) {
        LocalDate d = of(y, month, 15);
        if (d != null && d.isAfter(previousRow)) {
          return d;
        }
      }
      return null;
    }
    for (int y = entry.getYear(); y >= entry.getYear() - 1; y--) {
      LocalDate d = of(y, month, 15);
      // Months are compared whole: "dec" under a 12 November entry is this December.
      if (d != null && !d.withDayOfMonth(1).isAfter(entry.plusDays(31))) {
        return d;
      }
    }
    return null;
  }

  /**
   * The date a line opens with, or null.
   *
   * @param text one line of a journal
   * @param previous the date of the entry before, or null
   * @param anchorYear the year of undated first entries, the negative of a named school year's first
   *     year, or 0 (see {@link #anchorYear})
   */
  static LocalDate parse(String text, LocalDate previous, int anchorYear) {
    String line = withoutTableBar(text);
    Matcher from = FROM_ROW.matcher(line);
    if (from.find()) {
      line = line.substring(from.end());
    }
    Matcher m = ISO.matcher(line);
    if (m.find()) {
      return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = NUMERIC.matcher(line);
    if (m.find()) {
      return of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = WRITTEN.matcher(line);
    if (m.find()) {
      int month = DutchMonths.number(m.group(2));
      int day = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        return of(Integer.parseInt(m.group(3)), month, day);
      }
      return withoutYear(y -> of(y, month, day), previous, anchorYear);
    }
    for (Pattern[] labelled : LABELLED) {
      m = labelled[0].matcher(line);
      if (m.find()) {
        return of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      m = labelled[1].matcher(line);
      if (m.find()) {
        return of(Integer.parseInt(m.group(3)), DutchMonths.number(m.group(2)), Integer.parseInt(m.group(1)));
      }
    }
    m = WEEK.matcher(line);
    if (m.find()) {
      int week = Integer.parseInt(m.group(1));
      if (week < 1 || week > 53) {
        return null;
      }
      int year = m.group(4) != null ? Integer.parseInt(m.group(4))
          : m.group(3) != null ? 2000 + Integer.parseInt(m.group(3)) : 0;
      DayOfWeek day = m.group(2) == null ? DayOfWeek.MONDAY : weekday(m.group(2));
      if (year > 0) {
        return inWeek(year, week, day);
      }
      return withoutYear(y -> inWeek(y, week, day), previous, anchorYear);
    }
    m = MONTH_SPAN_YEAR.matcher(line);
    if (m.find()) {
      return of(year(m.group(3)), DutchMonths.number(m.group(1)), 15);
    }
    m = MONTH_YEAR.matcher(line);
    if (m.find()) {
      return of(year(m.group(2) != null ? m.group(2) : m.group(3)), DutchMonths.number(m.group(1)), 15);
    }
    m = DAY_MONTH.matcher(line);
    if (m.find()) {
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(1));
      return withoutYear(y -> of(y, month, day), previous, anchorYear);
    }
    m = MONTH_HEADING.matcher(line);
    if (m.find()) {
      int month = DutchMonths.number(m.group(2));
      String part = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      int day = part.startsWith("eind") || part.startsWith("laatste") ? 25
          : part.startsWith("begin") || part.startsWith("eerste") ? 3 : 15;
      return withoutYear(y -> of(y, month, day), previous, anchorYear);
    }
    m = DAY_MONTH_LOWER.matcher(line);
    // Before the first dated entry only in full two-digit form ("11/02 aanmelding door zoco"), in
    // the year the document names: "1/2 dag" or "3/4 van de lessen" are no dates.
    if (m.find() && (previous != null
        || anchorYear != 0 && m.group(1).length() == 2 && m.group(2).length() == 2)) {
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(1));
      return withoutYear(y -> of(y, month, day), previous, anchorYear);
    }
    m = DAY_MONTH_COLUMN.matcher(line);
    if (m.find()) {
      boolean afterWeekday = m.group(1) != null;
      int month = Integer.parseInt(afterWeekday ? m.group(2) : m.group(4));
      int day = Integer.parseInt(afterWeekday ? m.group(1) : m.group(3));
      return withoutYear(y -> of(y, month, day), previous, anchorYear);
    }
    return null;
  }

  /**
   * A date written without its year ("Do 13 nov", "wk 3"): in the year of the entry before it, or
   * the next year when that would put it more than two months back; the first one in the anchor
   * year, or in the school year the anchor names; null without either.
   */
  private static LocalDate withoutYear(IntFunction<LocalDate> inYear, LocalDate previous, int anchorYear) {
    if (previous == null && anchorYear == 0) {
      return null;
    }
    if (previous == null && anchorYear < 0) {
      // A school year (see anchorYear): August to December in its first year, the rest in its second.
      LocalDate d = inYear.apply(-anchorYear);
      return d != null && d.getMonthValue() < 8 ? inYear.apply(-anchorYear + 1) : d;
    }
    LocalDate d = inYear.apply(previous != null ? previous.getYear() : anchorYear);
    if (d != null && previous != null && d.isBefore(previous.minusMonths(2))) {
      // More than two months back: the next year, unless that lies further ahead than this lies
      // back. A table of weeks after the last entry looks back over the period ("wk 36-38  85%"
      // under an entry of 23 December is September of the same year, not of the next).
      LocalDate next = inYear.apply(previous.getYear() + 1);
      if (next != null && ChronoUnit.DAYS.between(previous, next) <= ChronoUnit.DAYS.between(d, previous)) {
        d = next;
      }
    }
    return d;
  }

  /**
   * Whether a line opens with a date in any of the forms read here, with or without its year, or
   * with a month of figures ("okt   6"): such a line starts an entry or a table row of its own.
   */
  static boolean opensWithDate(String line) {
    return opensEntry(line) || MONTH_ONLY.matcher(line).find();
  }

  /** A date with its year, in the ISO or the day-first form: "2015-09-14", "14-09-15". */
  private static final String DATE_WITH_YEAR =
      "(?:20\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2}))";
  /** A row of an overview by period: "2015-09-14 t/m 2015-10-09   7   12   5". */
  private static final Pattern PERIOD_ROW = Pattern.compile(
      "^\\s*" + DATE_WITH_YEAR + "\\s*(?:t/m|tot en met|tot|-|–)\\s*" + DATE_WITH_YEAR + "(?![\\d-/.])");

  /** Whether a line is a row of an overview by period, which opens with the period it covers. */
  static boolean isPeriodRow(String line) {
    return PERIOD_ROW.matcher(line).find();
  }

  /** Whether a line is a row of monthly figures ("okt   6", "jan | 20 lesuren"), which no text continues. */
  static boolean isFigureRow(String line) {
    Matcher m = MONTH_ONLY.matcher(line);
    return m.find() && m.group(3).indexOf(':') < 0;
  }

  private static boolean opensEntry(String line) {
    // Any year will do: only whether the line parses as a date matters, not which year it gets.
    return parse(line, null, 2000) != null || DAY_MONTH_LOWER.matcher(line).find();
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + y : y;
  }

  private static LocalDate of(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // "31-02-2015" is a typo, not a date
    }
  }

  private static LocalDate inWeek(int year, int week, DayOfWeek day) {
    try {
      LocalDate monday = LocalDate.of(year, 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return monday.plusDays(day.getValue() - 1L);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static DayOfWeek weekday(String abbreviation) {
    return switch (abbreviation.toLowerCase(Locale.ROOT).substring(0, 2)) {
      case "di" -> DayOfWeek.TUESDAY;
      case "wo" -> DayOfWeek.WEDNESDAY;
      case "do" -> DayOfWeek.THURSDAY;
      case "vr" -> DayOfWeek.FRIDAY;
      case "za" -> DayOfWeek.SATURDAY;
      case "zo" -> DayOfWeek.SUNDAY;
      default -> DayOfWeek.MONDAY;
    };
  }


}
