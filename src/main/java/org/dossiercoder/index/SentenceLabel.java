package org.dossiercoder.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label that opens a sentence: up to four words before a colon at its start ("Afspraken:",
 * "Besluit: LPA kondigt PV aan", "- afspr.: …"). Dossiers put what a meeting decided or agreed
 * under such labels, and the label says what the sentence is more surely than the same word
 * anywhere in running text ("een afspraak bij de tandarts").
 */
final class SentenceLabel {
  /**
   * An optional journal date in figures ("02-03-2015 Afspraken:"), an optional list mark, then one
   * to four words (letters first, dots for abbreviations) and a colon. A colon between digits is
   * a time ("10:30"), not a label.
   */
  private static final Pattern LABEL = Pattern.compile(
      "^\\s*(?:\\d{1,4}(?:[-./]\\d{1,2}){1,2}(?:[-./]\\d{2,4})?\\s+)?(?:[-–•*]\\s*)?\\p{L}[\\p{L}\\p{N}'’./&-]*(?:\\s+[\\p{L}\\p{N}'’./&-]+){0,3}\\s*:(?!\\d)");

  private SentenceLabel() {}

  /**
   * The sentence's start up to (not including) the colon of its label, or "" when it has none.
   * The start is kept so that offsets in the label are offsets in the sentence.
   */
  static String of(String sentence) {
    Matcher m = LABEL.matcher(sentence);
    return m.lookingAt() ? sentence.substring(0, m.end() - 1) : "";
  }
}
