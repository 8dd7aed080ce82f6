package org.dossiercoder.privacy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBANs of any country ({@code NL91ABNA0417164300}, {@code NL91 ABNA 0417 1643 00}, {@code BE68
 * 5390 0754 7034}), valid by the ISO 13616 mod-97 check.
 *
 * <p>Written contiguously or in groups of four separated by single spaces, in capitals (lower
 * case too for the countries whose length is known). The length is the country's where it is
 * known (NL 18, BE 16, DE 22, …), otherwise 15–34, and the longest length that passes the check
 * wins, so text after the number ("NL91 ABNA 0417 1643 00 EUR") is never taken into it.
 */
final class IbanDetector implements Detector {
  private static final Pattern START =
      Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z]{2}\\d{2}(?= ?[A-Za-z0-9])");

  /** IBAN lengths of the countries dossiers of Dutch families mention most. */
  private static final Map<String, Integer> LENGTHS = Map.ofEntries(
      Map.entry("NL", 18), Map.entry("BE", 16), Map.entry("DE", 22), Map.entry("FR", 27),
      Map.entry("GB", 22), Map.entry("ES", 24), Map.entry("IT", 27), Map.entry("PT", 25),
      Map.entry("PL", 28), Map.entry("TR", 26), Map.entry("MA", 28), Map.entry("LU", 20),
      Map.entry("AT", 20), Map.entry("CH", 21), Map.entry("IE", 22), Map.entry("DK", 18),
      Map.entry("SE", 24), Map.entry("NO", 15), Map.entry("FI", 18), Map.entry("GR", 27),
      Map.entry("RO", 24), Map.entry("BG", 22), Map.entry("HU", 28), Map.entry("CZ", 24),
      Map.entry("SK", 24), Map.entry("HR", 21), Map.entry("SI", 19), Map.entry("LT", 20),
      Map.entry("LV", 21), Map.entry("EE", 20), Map.entry("CY", 28), Map.entry("MT", 31));

  static final int MIN_LENGTH = 15;
  static final int MAX_LENGTH = 34;
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  @Override
  public PersonalDataCategory category() {
    return PersonalDataCategory.IBAN;
  }

  @Override
  public List<Span> find(String text, Integer caseAge) {
    List<Span> out = new ArrayList<>();
    Matcher m = START.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      // Lower case ("nl91abna…", typed in a mail) only for the countries listed: for an
      // unknown country code, lower-case letters and digits are too much like other tokens.
      boolean upper = Character.isUpperCase(text.charAt(m.start()))
          && Character.isUpperCase(text.charAt(m.start() + 1));
      String country = text.substring(m.start(), m.start() + 2).toUpperCase(Locale.ROOT);
      int end = upper || LENGTHS.containsKey(country) ? longestValidEnd(text, m.start()) : -1;
      if (end > 0) {
        out.add(new Span(m.start(), end));
        from = end;
      } else {
        from = m.end();
      }
    }
    return out;
  }

  /**
   * Walks the characters of a possible IBAN from {@code start}: letters and digits, with a
   * single space allowed only after each complete group of four. Returns the end of the longest
   * prefix that is a valid IBAN and ends at a word boundary, or -1.
   */
  static int longestValidEnd(String text, int start) {
    StringBuilder compact = new StringBuilder(MAX_LENGTH);
    int[] endAt = new int[MAX_LENGTH + 1];
    int i = start;
    boolean spaced = false;
    while (i < text.length() && compact.length() < MAX_LENGTH) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        compact.append(Character.toUpperCase(c));
        i++;
        endAt[compact.length()] = i;
        continue;
      }
      boolean groupBoundary = compact.length() % 4 == 0;
      boolean firstSpace = compact.length() == 4 && !spaced;
      if (c == ' ' && groupBoundary && (spaced || firstSpace) && i + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        spaced = true;
        i++;
        continue;
      }
      break;
    }
    Integer known = LENGTHS.get(compact.length() >= 2 ? compact.substring(0, 2) : "");
    for (int len = compact.length(); len >= MIN_LENGTH; len--) {
      if (known != null && len != known) {
        continue;
      }
      int end = endAt[len];
      if (Surroundings.isLetterOrDigit(text, end)) {
        continue; // the value runs on without a space: not a whole IBAN
      }
      if (mod97(compact.substring(0, len)) == 1) {
        return end;
      }
    }
    return -1;
  }

  /** ISO 13616 / ISO 7064 mod 97-10: move the first four characters to the end, letters to 10..35. */
  static int mod97(String iban) {
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder(rearranged.length() * 2);
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.digit(c, 36));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
  }
}
