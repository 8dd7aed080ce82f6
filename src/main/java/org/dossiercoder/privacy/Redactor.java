package org.dossiercoder.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Replaces the spans of findings by their category's placeholder: {@code BSN 123456782} becomes
 * {@code BSN [BSN]}.
 */
public final class Redactor {
  private Redactor() {}

  /**
   * The text with every finding's span replaced by {@link PersonalDataCategory#placeholder()}.
   *
   * @param text the text the findings were made in
   * @param findings findings in any order, as {@link PrivacyScanner#scan} returns them
   * @return the redacted text; the text itself when there are no findings
   * @throws IllegalArgumentException when a span lies outside the text or two spans overlap:
   *     then the findings are not of this text, and redacting by them could leave values in
   */
  public static String redact(String text, List<Finding> findings) {
    Objects.requireNonNull(text, "text");
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt(Finding::start));
    StringBuilder sb = new StringBuilder(text.length());
    int at = 0;
    for (Finding f : sorted) {
      if (f.end() > text.length()) {
        throw new IllegalArgumentException("finding " + f.start() + ".." + f.end()
            + " lies outside a text of " + text.length() + " characters");
      }
      if (f.start() < at) {
        throw new IllegalArgumentException("findings overlap at offset " + f.start());
      }
      sb.append(text, at, f.start()).append(f.category().placeholder());
      at = f.end();
    }
    return sb.append(text, at, text.length()).toString();
  }
}
