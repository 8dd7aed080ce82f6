package org.dossiercoder.index;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dutch month names as journals write them, full or abbreviated ("januari", "jan", "mrt", "sept"),
 * for the patterns that read dates and monthly figures: the journal entry dates here and the
 * absence amounts of the coding package.
 */
public final class DutchMonths {
  /**
   * A regular-expression group (one capturing group, lower case) matching a month name; each full
   * name comes before its abbreviations.
   */
  public static final String NAMES =
      "(januari|jan|februari|feb|maart|mrt|maa|april|apr|mei|juni|jun|juli|jul|augustus|aug"
          + "|september|sept|sep|oktober|okt|november|nov|december|dec)";

  private static final Pattern WHOLE = Pattern.compile(NAMES, Pattern.CASE_INSENSITIVE);

  private DutchMonths() {}

  /**
   * The month number (1-12) of a name matched by {@link #NAMES}, in any case.
   *
   * @throws IllegalArgumentException for a word that is no month name
   */
  public static int number(String name) {
    if (!WHOLE.matcher(name).matches()) {
      throw new IllegalArgumentException("no Dutch month: " + name);
    }
    return switch (name.toLowerCase(Locale.ROOT).substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "maa", "mrt" -> 3;
      case "apr" -> 4;
      case "mei" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "okt" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException("no Dutch month: " + name);
    };
  }
}
