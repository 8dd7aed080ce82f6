package org.dossiercoder.privacy;

/**
 * Masks a personal value so that a reviewer can recognise it in the source without the value
 * itself being written anywhere.
 *
 * <p>Of the letters and digits, the first 4 and the last 2 are kept and every other one becomes
 * {@code •}; separators (dots, spaces, dashes, {@code @}) are kept, so the shape stays readable:
 * {@code 123456782 → 1234•••82}, {@code 0612345678 → 0612••••78}. A value with fewer than 7
 * letters and digits would be almost fully revealed by that rule, so only its last one is kept.
 *
 * <p>Birth dates are the exception ({@link #mask(PersonalDataCategory, String)}): the 4 + 2 rule
 * leaves {@code 12-03-••01}, which is the date; they keep only their last digit.
 */
public final class Masking {
  /** The character that replaces a hidden letter or digit. */
  public static final char BULLET = '\u2022';

  static final int KEEP_FIRST = 4;
  static final int KEEP_LAST = 2;
  /** Below this many letters and digits, keep only the last one. */
  static final int SHORT = KEEP_FIRST + KEEP_LAST + 1;

  private Masking() {}

  /**
   * The masked form of a value.
   *
   * @param value the full value; not null
   * @return the value with every letter and digit but the kept ones replaced by {@code •}
   */
  public static String mask(String value) {
    return mask(value, false);
  }

  /**
   * The masked form of a value of a category, as {@link PrivacyScanner} puts it in a {@link
   * Finding}: {@link #mask(String)}, except that a birth date keeps only its last digit.
   *
   * @param category the kind of value
   * @param value the full value; not null
   * @return the masked value
   */
  public static String mask(PersonalDataCategory category, String value) {
    return mask(value, category == PersonalDataCategory.GEBOORTEDATUM);
  }

  private static String mask(String value, boolean lastOnly) {
    int[] cps = value.codePoints().toArray();
    int total = 0;
    for (int cp : cps) {
      if (Character.isLetterOrDigit(cp)) {
        total++;
      }
    }
    boolean little = lastOnly || total < SHORT;
    int keepFirst = little ? 0 : KEEP_FIRST;
    int keepLast = little ? 1 : KEEP_LAST;
    StringBuilder sb = new StringBuilder(value.length());
    int seen = 0;
    for (int cp : cps) {
      if (!Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(cp);
        continue;
      }
      seen++;
      boolean keep = seen <= keepFirst || seen > total - keepLast;
      if (keep) {
        sb.appendCodePoint(cp);
      } else {
        sb.append(BULLET);
      }
    }
    return sb.toString();
  }
}
