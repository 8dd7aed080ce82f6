package org.dossiercoder.refi;

/**
 * Conversion between dossiercoder's character offsets (UTF-16 chars of the text with line ends
 * normalised to {@code \n}) and REFI-QDA positions (Unicode code points of the exported plain
 * text). They differ only after a supplementary character such as an emoji, which is two chars but
 * one code point.
 */
public final class Offsets {
  private Offsets() {}

  /**
   * The code point position of a char offset.
   *
   * @throws IllegalArgumentException when the offset is outside the text or splits a surrogate pair
   */
  public static int toCodePoints(String text, int charOffset) {
    if (charOffset < 0 || charOffset > text.length()) {
      throw new IllegalArgumentException(
          "offset " + charOffset + " outside the text (length " + text.length() + ")");
    }
    if (charOffset > 0 && charOffset < text.length()
        && Character.isHighSurrogate(text.charAt(charOffset - 1))
        && Character.isLowSurrogate(text.charAt(charOffset))) {
      throw new IllegalArgumentException("offset " + charOffset + " splits a supplementary character");
    }
    return text.codePointCount(0, charOffset);
  }

  /**
   * The char offset of a code point position.
   *
   * @throws IllegalArgumentException when the position is outside the text
   */
  public static int toChars(String text, int codePoints) {
    int length = text.codePointCount(0, text.length());
    if (codePoints < 0 || codePoints > length) {
      throw new IllegalArgumentException(
          "position " + codePoints + " outside the text (" + length + " characters)");
    }
    return text.offsetByCodePoints(0, codePoints);
  }
}
