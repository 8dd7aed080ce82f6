package org.dossiercoder.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text files the way Dutch offices produce them: UTF-8 with or without BOM, UTF-16 with
 * BOM, or Windows-1252 (Excel's and Notepad's default on Dutch Windows).
 *
 * <p>Detection is deterministic rather than statistical: a BOM decides; otherwise bytes that are
 * valid UTF-8 are UTF-8, and anything else is Windows-1252. Statistical detectors guess wrongly on
 * short Dutch texts, where the only non-ASCII letters are a few {@code ë} and {@code é}.
 */
public final class TextDecoding {
  /** Windows-1252, always present in the JDK. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * A decoded text and the encoding it was read with.
   *
   * @param text the text without BOM, line ends normalised to {@code \n}
   * @param encoding the charset name
   */
  public record Decoded(String text, String encoding) {}

  private TextDecoding() {}

  /** Decodes bytes by BOM, then strict UTF-8, then Windows-1252. */
  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(
          normaliseLineEnds(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)),
          "UTF-8 (BOM)");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(
          normaliseLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)),
          "UTF-16LE (BOM)");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(
          normaliseLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)),
          "UTF-16BE (BOM)");
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Decoded(normaliseLineEnds(text), "UTF-8");
    } catch (CharacterCodingException e) {
      return new Decoded(normaliseLineEnds(new String(bytes, WINDOWS_1252)), "windows-1252");
    }
  }

  /** Replaces CR LF and lone CR by LF, so offsets mean the same on every platform. */
  public static String normaliseLineEnds(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Whether bytes begin with the given unsigned byte values. */
  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
