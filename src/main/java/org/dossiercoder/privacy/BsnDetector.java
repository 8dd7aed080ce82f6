package org.dossiercoder.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Burgerservicenummers: 9 digits passing the 11-proef, or 8 digits read with a leading zero
 * (older sofinummers are written without it).
 *
 * <p>Written contiguously ({@code 123456782}) or in the two groupings in use, with dots or
 * spaces: 4-2-3 ({@code 1234.56.782}) and 3-3-3 ({@code 123 456 782}); an 8-digit number in those
 * groupings has a first group one shorter ({@code 123.45.678}, {@code 12 345 678}).
 *
 * <p>Not a BSN: a number that fails the 11-proef (one in eleven random numbers passes, so the
 * proef is what makes this detector precise), all zeros, part of a longer run of digits or of an
 * account number, an amount ({@code €}, {@code EUR}, {@code ,00}, {@code ,-}, {@code euro}), a
 * date or time, or 8 digits that read as a compact date ({@code 12032001}).
 */
final class BsnDetector implements Detector {
  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:"
          + "\\d{4}([. ])\\d{2}\\1\\d{3}"
          + "|\\d{3}([. ])\\d{3}\\2\\d{3}"
          + "|\\d{3}([. ])\\d{2}\\3\\d{3}"
          + "|\\d{2}([. ])\\d{3}\\4\\d{3}"
          + "|\\d{9}|\\d{8})(?![\\p{L}\\p{N}])");

  /** Currency markers that make a number an amount when they come just before it. */
  private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:[€ƒ$£]|\\beur|\\beuro|\\bfl\\.?)\\s*$");
  private static final Pattern CURRENCY_AFTER = Pattern.compile("^(?:,-|,\\d|\\.-|\\s*(?:euro|eur)\\b)");

  private static final Pattern INTERNATIONAL_BEFORE = Pattern.compile("(?:\\+31|0031)[ -]?$");

  @Override
  public PersonalDataCategory category() {
    return PersonalDataCategory.BSN;
  }

  @Override
  public List<Span> find(String text, Integer caseAge) {
    List<Span> out = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("[^0-9]", "");
      if (digits.length() == 8 && DateMentions.isCompactDate(digits)) {
        continue;
      }
      if (!elfProef(digits.length() == 8 ? "0" + digits : digits)) {
        continue;
      }
      if (partOfSomethingLonger(text, m.start(), m.end(), m.group().indexOf(' ') >= 0,
          digits.length())) {
        continue;
      }
      if (isAmount(text, m.start(), m.end())) {
        continue;
      }
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  /**
   * The 11-proef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11, and the number is not all
   * zeros.
   */
  static boolean elfProef(String nineDigits) {
    if (nineDigits.length() != 9 || !nineDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (nineDigits.charAt(i) - '0');
    }
    sum -= nineDigits.charAt(8) - '0';
    return sum % 11 == 0 && !nineDigits.equals("000000000");
  }

  private static boolean partOfSomethingLonger(String text, int start, int end, boolean spaced,
      int digits) {
    // "12.123456782", "123456782-4", "10:123456782": tails and heads of longer numbers.
    if (Surroundings.numberContinuesBefore(text, start, ".,-/:")
        || Surroundings.numberContinuesAfter(text, end, ".,-/:")) {
      return true;
    }
    // A space-grouped candidate with another digit group either side is a slice of a longer
    // grouped number (an account number, a phone number written in pairs).
    if (spaced && (Surroundings.numberContinuesBefore(text, start, " ")
        || Surroundings.numberContinuesAfter(text, end, " "))) {
      return true;
    }
    // The subscriber part of "06 12345678" or "+31 6 12345678" is 8 digits after a digit and a
    // space, and "+31 612345678" is 9 digits after the country code; the phone detector reports
    // them, and when such a number is an organisation's it is not a BSN either. A 9-digit
    // number after other digits ("12-03-2001 123456782" in a table row) is still a BSN.
    return (digits == 8 && Surroundings.numberContinuesBefore(text, start, " -"))
        || INTERNATIONAL_BEFORE.matcher(Surroundings.lower(text, start - 6, start)).find();
  }

  private static boolean isAmount(String text, int start, int end) {
    String before = Surroundings.lower(text, start - 6, start);
    String after = Surroundings.lower(text, end, end + 6);
    return CURRENCY_BEFORE.matcher(before).find() || CURRENCY_AFTER.matcher(after).find();
  }
}
