package org.dossiercoder.privacy;

import java.util.Locale;

/**
 * What is around a candidate value: the detectors decide with these whether digits are a value
 * on their own or part of something longer (an amount, a date, an account number), and whether a
 * sentence names a value as an organisation's.
 */
final class Surroundings {
  private Surroundings() {}

  static boolean isDigit(String text, int i) {
    return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  static boolean isLetterOrDigit(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  static boolean charIn(String text, int i, String chars) {
    return i >= 0 && i < text.length() && chars.indexOf(text.charAt(i)) >= 0;
  }

  /**
   * True when the digits ending before {@code start} continue into the candidate through a
   * separator ({@code 12.}, {@code 3,}, {@code 4-}, {@code 5/}, {@code 10:}): then the
   * candidate is the tail of a longer number, date or time.
   */
  static boolean numberContinuesBefore(String text, int start, String separators) {
    return charIn(text, start - 1, separators) && isDigit(text, start - 2);
  }

  /** True when a separator and a digit follow {@code end}: the candidate continues. */
  static boolean numberContinuesAfter(String text, int end, String separators) {
    return charIn(text, end, separators) && isDigit(text, end + 1);
  }

  /**
   * The start of the clause containing {@code at}, looking back at most {@code max} characters.
   * A clause ends at a line end, a semicolon, or a {@code .!?} followed by white space and a
   * capital: abbreviations such as {@code tel.} followed by a number do not end a clause.
   */
  static int clauseStart(String text, int at, int max) {
    int limit = Math.max(0, at - max);
    for (int i = at - 1; i >= limit; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == ';') {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        return i + 1;
      }
    }
    return limit;
  }

  /** The end of the clause containing {@code at}, looking ahead at most {@code max} characters. */
  static int clauseEnd(String text, int at, int max) {
    int limit = Math.min(text.length(), at + max);
    for (int i = at; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == ';') {
        return i;
      }
      if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        return i;
      }
    }
    return limit;
  }

  private static boolean endsSentence(String text, int dot) {
    int j = dot + 1;
    if (j >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j >= text.length() || Character.isUpperCase(text.charAt(j));
  }

  /** Lower-cased text between two offsets, clipped to the text. */
  static String lower(String text, int from, int to) {
    int a = Math.max(0, from);
    int b = Math.min(text.length(), to);
    return a >= b ? "" : text.substring(a, b).toLowerCase(Locale.ROOT);
  }
}
