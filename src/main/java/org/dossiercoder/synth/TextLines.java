package org.dossiercoder.synth;

import java.util.ArrayList;
import java.util.List;

/** Line splitting and character clean-up shared by the format writers. */
final class TextLines {

  private TextLines() {}

  /**
   * The lines of a text, for any of CRLF, CR or LF. A final line break does not make an extra
   * empty line, so "a\nb\n" and "a\nb" give the same document; the empty text is one empty line.
   */
  static List<String> split(String text) {
    String[] parts = text.split("\r\n|\r|\n", -1);
    int n = parts.length;
    if (n > 1 && parts[n - 1].isEmpty()) {
      n--;
    }
    List<String> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lines.add(parts[i]);
    }
    return lines;
  }

  /**
   * Replaces control characters other than tab, and unpaired surrogates, by '?': XML 1.0 cannot
   * hold them at all and the binary formats would carry them as invisible garbage.
   */
  static String sanitize(String line) {
    StringBuilder sb = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= line.length() || !Character.isLowSurrogate(line.charAt(i + 1));
        if (!bad) {
          if (sb != null) {
            sb.append(c).append(line.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        bad = true;
      } else {
        bad = (c < 0x20 && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFFFE
            || c == 0xFFFF;
      }
      if (bad && sb == null) {
        sb = new StringBuilder(line.length());
        sb.append(line, 0, i);
      }
      if (sb != null) {
        sb.append(bad ? '?' : c);
      }
    }
    return sb == null ? line : sb.toString();
  }
}
