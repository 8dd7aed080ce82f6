package org.dossiercoder.synth;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes text as hand-written RTF 1.x. The output is pure ASCII: code page 1252 characters as
 * hex escapes (backslash, quote, two hex digits), everything else as the RTF Unicode control word
 * (backslash, u, signed decimal code unit, '?').
 */
final class RtfWriter {

  static final Charset CP1252 = Charset.forName("windows-1252");

  private RtfWriter() {}

  static String toRtf(String text) {
    CharsetEncoder cp1252 = CP1252.newEncoder();
    StringBuilder sb = new StringBuilder(text.length() * 11 / 10 + 100);
    sb.append("{\\rtf1\\ansi\\ansicpg1252\\deff0 {\\fonttbl{\\f0 Helvetica;}}\n");
    sb.append("\\f0\\fs22\\uc1\n");
    for (String line : TextLines.split(text)) {
      String clean = TextLines.sanitize(line);
      for (int i = 0; i < clean.length(); i++) {
        appendChar(sb, clean.charAt(i), cp1252);
      }
      sb.append("\\par\n");
    }
    sb.append("}\n");
    return sb.toString();
  }

  private static void appendChar(StringBuilder sb, char c, CharsetEncoder cp1252) {
    if (c == '\\' || c == '{' || c == '}') {
      sb.append('\\').append(c);
    } else if (c == '\t') {
      sb.append("\\tab ");
    } else if (c < 0x80) {
      sb.append(c);
    } else if (!Character.isSurrogate(c) && cp1252.canEncode(c)) {
      byte b = String.valueOf(c).getBytes(CP1252)[0];
      sb.append("\\'").append(String.format(Locale.ROOT, "%02x", b & 0xFF));
    } else {
      // RTF's Unicode control word takes a signed 16-bit number; characters outside the BMP are
      // written as their two UTF-16 surrogates, as Word does. The '?' is the fallback for readers
      // without Unicode support (uc1 in the header says there is exactly one).
      sb.append("\\u").append((int) (short) c).append('?');
    }
  }

  static byte[] toBytes(String text) {
    return toRtf(text).getBytes(StandardCharsets.US_ASCII);
  }
}
