package org.dossiercoder.privacy;

import java.util.Objects;

/**
 * One piece of personal data found in a text: where it is and what it looks like masked.
 *
 * <p>A finding never holds the value itself, so a list of findings (and its {@code toString})
 * can be logged, stored or shown to a reviewer without leaking what it points at; the value is
 * only in the text the offsets refer to.
 *
 * @param category what kind of personal data
 * @param start offset of the first character in the scanned text (0-based, inclusive)
 * @param end offset after the last character (exclusive)
 * @param line 1-based line of {@code start} ({@code \n} ends a line)
 * @param masked the value as {@link Masking#mask(PersonalDataCategory, String)} shows it
 */
public record Finding(PersonalDataCategory category, int start, int end, int line, String masked) {

  /**
   * Checks the span and that {@code masked} really hides something.
   *
   * @param category what kind of personal data
   * @param start offset of the first character (0-based, inclusive)
   * @param end offset after the last character (exclusive)
   * @param line 1-based line of {@code start}
   * @param masked the masked value; must contain at least one {@code •}
   * @throws IllegalArgumentException for an empty or negative span, a line below 1, or a
   *     {@code masked} value without any {@code •}
   */
  public Finding {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(masked, "masked");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1-based, was " + line);
    }
    // A guard against passing the raw value by mistake: every masked value hides at least one
    // character.
    if (masked.indexOf(Masking.BULLET) < 0) {
      throw new IllegalArgumentException("masked value hides nothing; use Masking.mask");
    }
  }

  /**
   * Length of the span.
   *
   * @return {@code end − start}, in characters
   */
  public int length() {
    return end - start;
  }
}
