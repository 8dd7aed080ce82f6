package org.dossiercoder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
  private static final String DUTCH = "coördinator geïnterviewd, één week ziekteverzuim\r\nregel 2";

  @Test
  void readsUtf8WithoutBom() {
    TextDecoding.Decoded d = TextDecoding.decode(DUTCH.getBytes(StandardCharsets.UTF_8));
    assertEquals("UTF-8", d.encoding());
    assertEquals(DUTCH.replace("\r\n", "\n"), d.text());
  }

  @Test
  void dropsUtf8Bom() {
    byte[] body = "ë".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, body[0], body[1]};
    assertEquals("ë", TextDecoding.decode(bytes).text());
    assertEquals("UTF-8 (BOM)", TextDecoding.decode(bytes).encoding());
  }

  @Test
  void fallsBackToWindows1252WhenBytesAreNotUtf8() {
    TextDecoding.Decoded d = TextDecoding.decode(DUTCH.getBytes(TextDecoding.WINDOWS_1252));
    assertEquals("windows-1252", d.encoding());
    assertEquals(DUTCH.replace("\r\n", "\n"), d.text());
  }

  @Test
  void readsUtf16WithBom() {
    byte[] le = ("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(DUTCH.replace("\r\n", "\n"), TextDecoding.decode(le).text());
    assertEquals(DUTCH.replace("\r\n", "\n"), TextDecoding.decode(be).text());
  }

  @Test
  void normalisesLoneCarriageReturns() {
    assertEquals("a\nb\nc", TextDecoding.normaliseLineEnds("a\rb\r\nc"));
  }
}
