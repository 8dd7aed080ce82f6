package org.dossiercoder.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates as Dutch dossiers write them: {@code 12-03-2001}, {@code 12/03/2001},
 * {@code 12.03.2001}, {@code 12-3-01}, {@code 2001-03-12}, {@code 12 maart 2001}, {@code 12 mrt.
 * 2001}. Used by the birth-date detector, and by the number detectors to recognise a date that
 * only looks like a number.
 */
final class DateMentions {
  /** A date found in a text. */
  record DateMention(int start, int end, LocalDate date) {}

  /**
   * Two-digit years up to this one are read as 20xx, later ones as 19xx: dossiers of 2015 speak
   * of births from the 1960s (parents) to the 2010s (siblings), and of meetings up to 2016.
   */
  static final int TWO_DIGIT_PIVOT = 20;

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januari", 1), Map.entry("jan", 1),
      Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("febr", 2),
      Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("mar", 3),
      Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("mei", 5),
      Map.entry("juni", 6), Map.entry("jun", 6),
      Map.entry("juli", 7), Map.entry("jul", 7),
      Map.entry("augustus", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("oktober", 10), Map.entry("okt", 10),
      Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));

  // Same separator twice (\2), so "12-03/2001" and ranges such as "12-3 / 2001" are not dates.
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<!\\d)(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern WORDS = Pattern.compile(
      "(?<![\\p{L}\\d])(\\d{1,2})\\s+(\\p{L}{3,9})\\.?\\s+(\\d{4})(?!\\d)",
      Pattern.UNICODE_CHARACTER_CLASS);

  private DateMentions() {}

  /** Every date in the text, in text order. */
  static List<DateMention> find(String text) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      if (continues(text, m.start(), m.end())) {
        continue;
      }
      int year = Integer.parseInt(m.group(4));
      if (m.group(4).length() == 2) {
        year += year <= TWO_DIGIT_PIVOT ? 2000 : 1900;
      }
      add(out, m.start(), m.end(), year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
    }
    m = ISO.matcher(text);
    while (m.find()) {
      if (continues(text, m.start(), m.end())) {
        continue;
      }
      add(out, m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    }
    m = WORDS.matcher(text);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        add(out, m.start(), m.end(), Integer.parseInt(m.group(3)), month,
            Integer.parseInt(m.group(1)));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** A date glued to more digits ("12-03-2001-4", "1.12.03.2001") is a number, not a date. */
  private static boolean continues(String text, int start, int end) {
    return Surroundings.numberContinuesBefore(text, start, "-/.:,")
        || Surroundings.numberContinuesAfter(text, end, "-/.:,")
        || Surroundings.isLetterOrDigit(text, start - 1)
        || Surroundings.isLetterOrDigit(text, end);
  }

  private static void add(List<DateMention> out, int start, int end, int year, int month, int day) {
    try {
      out.add(new DateMention(start, end, LocalDate.of(year, month, day)));
    } catch (DateTimeException e) {
      // 31-02-2001 or 12-13-2001: digits in a date's shape, but no date.
    }
  }

  /**
   * True when 8 digits read as a compact date, {@code ddMMyyyy} or {@code yyyyMMdd} with a year
   * in 1900..2099; such a number is a date before it is an 8-digit BSN.
   */
  static boolean isCompactDate(String eightDigits) {
    if (eightDigits.length() != 8) {
      return false;
    }
    int a = Integer.parseInt(eightDigits.substring(0, 2));
    int b = Integer.parseInt(eightDigits.substring(2, 4));
    int y1 = Integer.parseInt(eightDigits.substring(4));
    int y2 = Integer.parseInt(eightDigits.substring(0, 4));
    int c = Integer.parseInt(eightDigits.substring(4, 6));
    int d = Integer.parseInt(eightDigits.substring(6));
    return valid(y1, b, a) || valid(y2, c, d);
  }

  private static boolean valid(int year, int month, int day) {
    if (year < 1900 || year > 2099) {
      return false;
    }
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
