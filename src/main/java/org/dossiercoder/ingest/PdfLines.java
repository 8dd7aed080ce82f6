package org.dossiercoder.ingest;

import java.util.regex.Pattern;

/**
 * Joins the lines a PDF broke only because the page was full. A PDF keeps no paragraphs, only the
 * lines as laid out on the page, and the sentence splitter ends a sentence at every line end
 * (journals put one note per line): "A. verscheen niet op twee intakes bij het" and "OPDC (dinsdag
 * 14 april …)" would be two sentences, and the denial would not reach the OPDC.
 *
 * <p>A line is taken to run on when it is nearly as long as the longest line of the document (at
 * least {@link #FULL} of it), does not end a sentence, a label or a clause (". ! ? : ;"), and the
 * next line does not open a new item (a dash or bullet, a number, a date, a weekday or a label).
 * The line end becomes a space, so every offset into the text stays the same.
 */
final class PdfLines {
  private PdfLines() {}

  /** The share of the longest line from which a line counts as full. */
  static final double FULL = 0.7;

  /** Lines shorter than this are never taken as full, whatever the longest line. */
  private static final int MIN_FULL = 40;

  /**
   * What opens a new item: a list mark, a number or date, a weekday and a date, or a label
   * of up to three words ("afwezig: moeder", "Actie LPA: …").
   */
  private static final Pattern NEW_ITEM = Pattern.compile(
      "^\\s*(?:[-•*–·]|\\d|(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\b\\.?\\s*\\d"
          + "|\\p{L}[\\p{L}./'()-]*(?: [\\p{L}./'()-]+){0,2}:(?:\\s|$))");

  /** The text with run-on line ends replaced by spaces; the same length as the input. */
  static String unwrap(String text) {
    String[] lines = text.split("\n", -1);
    int longest = 0;
    for (String line : lines) {
      longest = Math.max(longest, line.stripTrailing().length());
    }
    int full = Math.max(MIN_FULL, (int) Math.ceil(longest * FULL));
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < lines.length; i++) {
      out.append(lines[i]);
      if (i == lines.length - 1) {
        break;
      }
      out.append(runsOn(lines[i], lines[i + 1], full) ? ' ' : '\n');
    }
    return out.toString();
  }

  private static boolean runsOn(String line, String next, int full) {
    String end = line.stripTrailing();
    if (end.length() < full || next.isBlank() || NEW_ITEM.matcher(next).find()) {
      return false;
    }
    char last = end.charAt(end.length() - 1);
    return ".!?:;".indexOf(last) < 0;
  }
}
