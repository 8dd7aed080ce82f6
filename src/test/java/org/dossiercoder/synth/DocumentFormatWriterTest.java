package org.dossiercoder.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentFormatWriterTest {

  private static final List<String> SAMPLE =
      List.of(
          "12-01-2015 Gesprek met de zorgcoördinator op school.",
          "De coördinator geïnterviewd, één week ziekteverzuim.",
          "Moeder: \"geen aanwijzingen voor pesten\" & afspraak <over> {twee} weken.",
          "Café-overleg met de mentor; reïntegratie na ziekte, € 0 kosten.");

  private static final String SAMPLE_TEXT = String.join("\n", SAMPLE) + "\n";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"txt", "docx", "pdf", "odt", "rtf"})
  void everyFormatRoundTripsThroughTika(String ext) throws Exception {
    Path file = dir.resolve("sample." + ext);
    DocumentFormatWriter.write(file, SAMPLE_TEXT);
    String extracted = TikaText.extract(file);
    for (String line : SAMPLE) {
      assertTrue(extracted.contains(line), () -> ext + " lost line: " + line + "\n" + extracted);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "odt", "rtf"})
  void linesStayParagraphs(String ext) throws Exception {
    Path file = dir.resolve("lines." + ext);
    DocumentFormatWriter.write(file, "eerste regel\r\ntweede regel\rderde regel");
    List<String> lines =
        TikaText.extract(file).lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    assertEquals(List.of("eerste regel", "tweede regel", "derde regel"), lines);
  }

  @Test
  void txtIsUtf8WithoutBom() throws Exception {
    Path file = dir.resolve("plain.txt");
    DocumentFormatWriter.write(file, "één");
    assertArrayEquals(
        new byte[] {(byte) 0xC3, (byte) 0xA9, (byte) 0xC3, (byte) 0xA9, 'n'},
        Files.readAllBytes(file));
  }

  @Test
  void windows1252HasSingleByteAccents() throws Exception {
    Path file = dir.resolve("oud.txt");
    DocumentFormatWriter.writeText(file, "geïnterviewd ë€", Charset.forName("windows-1252"), false);
    byte[] bytes = Files.readAllBytes(file);
    assertEquals(15, bytes.length);
    assertEquals((byte) 0xEF, bytes[2]); // ï
    assertEquals((byte) 0xEB, bytes[13]); // ë
    assertEquals((byte) 0x80, bytes[14]); // €
  }

  @Test
  void windows1252CannotHaveBomOrUnmappableCharacters() {
    Charset cp1252 = Charset.forName("windows-1252");
    assertThrows(
        IllegalArgumentException.class,
        () -> DocumentFormatWriter.writeText(dir.resolve("a.txt"), "x", cp1252, true));
    assertThrows(
        java.nio.charset.CharacterCodingException.class,
        () -> DocumentFormatWriter.writeText(dir.resolve("b.txt"), "Ω", cp1252, false));
  }

  @Test
  void utf16LittleEndianWithBom() throws Exception {
    Path file = dir.resolve("le.txt");
    DocumentFormatWriter.writeText(file, "ë\n", StandardCharsets.UTF_16LE, true);
    assertArrayEquals(
        new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xEB, 0, '\n', 0}, Files.readAllBytes(file));
    assertTrue(TikaText.extract(file).contains("ë"));
  }

  @Test
  void genericUtf16HasExactlyOneBigEndianBomOrNone() throws Exception {
    Path with = dir.resolve("with.txt");
    Path without = dir.resolve("without.txt");
    DocumentFormatWriter.writeText(with, "ë", StandardCharsets.UTF_16, true);
    DocumentFormatWriter.writeText(without, "ë", StandardCharsets.UTF_16, false);
    assertArrayEquals(
        new byte[] {(byte) 0xFE, (byte) 0xFF, 0, (byte) 0xEB}, Files.readAllBytes(with));
    assertArrayEquals(new byte[] {0, (byte) 0xEB}, Files.readAllBytes(without));
  }

  @Test
  void utf8BomOnRequest() throws Exception {
    Path file = dir.resolve("bom.txt");
    DocumentFormatWriter.writeText(file, "a", StandardCharsets.UTF_8, true);
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}, Files.readAllBytes(file));
  }

  @Test
  void encryptedDocxIsRefusedByTika() throws Exception {
    Path file = dir.resolve("geheim.docx");
    DocumentFormatWriter.writeEncrypted(file, SAMPLE_TEXT, "wachtwoord");
    assertEncrypted(file);
    // ... but it is a real agile-encrypted package that opens with the password.
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      EncryptionInfo info = new EncryptionInfo(fs);
      assertEquals(EncryptionMode.agile, info.getEncryptionMode());
      Decryptor decryptor = Decryptor.getInstance(info);
      assertFalse(decryptor.verifyPassword("fout"));
      assertTrue(decryptor.verifyPassword("wachtwoord"));
      try (XWPFDocument doc = new XWPFDocument(decryptor.getDataStream(fs))) {
        assertEquals(SAMPLE.get(1), doc.getParagraphs().get(1).getText());
      }
    }
  }

  @Test
  void encryptedPdfIsRefusedByTika() throws Exception {
    Path file = dir.resolve("geheim.pdf");
    DocumentFormatWriter.writeEncrypted(file, SAMPLE_TEXT, "wachtwoord");
    assertEncrypted(file);
    // ... but it is a real PDF that opens with the user password.
    try (PDDocument doc = Loader.loadPDF(file.toFile(), "wachtwoord")) {
      assertTrue(doc.isEncrypted());
      assertEquals(1, doc.getNumberOfPages());
    }
  }

  private static void assertEncrypted(Path file) {
    TikaException thrown = assertThrows(TikaException.class, () -> TikaText.extract(file));
    // Tika 3.2.3 throws EncryptedDocumentException itself for both formats.
    assertTrue(
        thrown instanceof EncryptedDocumentException,
        () -> "expected EncryptedDocumentException, got " + thrown);
  }

  @Test
  void encryptionOnlyForDocxAndPdf() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DocumentFormatWriter.writeEncrypted(dir.resolve("x.odt"), "x", "pw"));
    assertTrue(e.getMessage().contains(".odt"), e.getMessage());
    assertTrue(e.getMessage().contains(".docx, .pdf"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> DocumentFormatWriter.writeEncrypted(dir.resolve("x.pdf"), "x", ""));
  }

  @Test
  void unknownExtensionIsNamedWithTheSupportedOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DocumentFormatWriter.write(dir.resolve("verslag.xlsx"), "x"));
    assertTrue(e.getMessage().contains("'.xlsx'"), e.getMessage());
    assertTrue(e.getMessage().contains(".txt, .docx, .pdf, .odt, .rtf"), e.getMessage());
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> DocumentFormatWriter.write(dir.resolve("README"), "x"));
    assertTrue(none.getMessage().contains("no extension"), none.getMessage());
  }

  @Test
  void extensionIsCaseInsensitive() throws Exception {
    Path file = dir.resolve("HOOFDLETTERS.DOCX");
    DocumentFormatWriter.write(file, "Één regel");
    assertTrue(TikaText.extract(file).contains("Één regel"));
  }

  @Test
  void odtPackageStartsWithStoredMimetype() throws Exception {
    Path file = dir.resolve("pakket.odt");
    DocumentFormatWriter.write(file, "a  b\tc <&>");
    byte[] bytes = Files.readAllBytes(file);
    // Local header at 0: name "mimetype" at 30, content right after it, uncompressed.
    assertEquals("mimetype", new String(bytes, 30, 8, StandardCharsets.US_ASCII));
    assertEquals(
        "application/vnd.oasis.opendocument.text",
        new String(bytes, 38, 39, StandardCharsets.US_ASCII));
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry first = zip.getNextEntry();
      assertEquals("mimetype", first.getName());
      assertEquals(ZipEntry.STORED, first.getMethod());
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (String name : List.of("META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml")) {
        assertTrue(zip.getEntry(name) != null, name);
      }
      String content;
      try (InputStream in = zip.getInputStream(zip.getEntry("content.xml"))) {
        content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertTrue(content.contains("a <text:s/>b<text:tab/>c &lt;&amp;&gt;"), content);
    }
  }

  @Test
  void rtfEscapesAndEncodesNonAscii() throws Exception {
    Path file = dir.resolve("tekst.rtf");
    DocumentFormatWriter.write(file, "a\\b {c} ë Ω\nregel 2");
    String rtf = Files.readString(file, StandardCharsets.US_ASCII);
    assertTrue(rtf.startsWith("{\\rtf1\\ansi\\ansicpg1252\\deff0 {\\fonttbl{\\f0 Helvetica;}}"));
    assertTrue(rtf.contains("a\\\\b \\{c\\} \\'eb \\u937?\\par\nregel 2\\par\n"), rtf);
    assertTrue(rtf.endsWith("}\n"));
    assertTrue(TikaText.extract(file).contains("a\\b {c} ë Ω"));
  }

  @Test
  void rtfWritesNegativeUnicodeForHighCharacters() throws Exception {
    Path file = dir.resolve("hoog.rtf");
    DocumentFormatWriter.write(file, "\uFB01 \uD83D\uDE00"); // ligature fi, emoji
    String rtf = Files.readString(file, StandardCharsets.US_ASCII);
    assertTrue(rtf.contains("\\u-1279? \\u-10179?\\u-8704?"), rtf);
  }

  @Test
  void pdfUsesHelveticaWinAnsiAndReplacesWhatItCannotEncode() throws Exception {
    Path file = dir.resolve("symbolen.pdf");
    DocumentFormatWriter.write(file, "één Ω ĳ \uD83D\uDE00 einde");
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDFont font = doc.getPage(0).getResources().getFont(
          doc.getPage(0).getResources().getFontNames().iterator().next());
      assertEquals("Helvetica", font.getName());
      assertEquals(
          "WinAnsiEncoding",
          font.getCOSObject()
              .getCOSName(org.apache.pdfbox.cos.COSName.ENCODING)
              .getName());
    }
    assertTrue(TikaText.extract(file).contains("één ? ? ? einde"));
  }

  @Test
  void pdfWrapsLongLinesAndAddsPages() throws Exception {
    StringBuilder text = new StringBuilder();
    String longLine = "verzuim ".repeat(60) + "x".repeat(150);
    for (int i = 0; i < 70; i++) {
      text.append(i).append(' ').append(longLine).append('\n');
    }
    Path file = dir.resolve("lang.pdf");
    DocumentFormatWriter.write(file, text.toString());
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      assertTrue(doc.getNumberOfPages() > 5, "pages: " + doc.getNumberOfPages());
    }
    String extracted = TikaText.extract(file);
    assertTrue(extracted.lines().allMatch(l -> l.length() < 120), "a line was not wrapped");
    String flat = TikaText.flat(extracted);
    assertTrue(flat.contains("69 " + "verzuim ".repeat(60).trim()));
    assertTrue(flat.replace(" ", "").contains("x".repeat(150)));
  }

  @Test
  void emptyTextGivesReadableDocuments() throws Exception {
    Path txt = dir.resolve("leeg.txt");
    DocumentFormatWriter.write(txt, "");
    assertEquals(0, Files.size(txt)); // Tika refuses zero-byte input, so no round trip here
    for (String ext : List.of("docx", "pdf", "odt", "rtf")) {
      Path file = dir.resolve("leeg." + ext);
      DocumentFormatWriter.write(file, "");
      assertTrue(TikaText.extract(file).isBlank(), ext);
    }
  }

  @Test
  void parentDirectoriesAreCreated() throws Exception {
    Path file = dir.resolve("b00001/sub/journaal.odt");
    DocumentFormatWriter.write(file, "tekst");
    assertTrue(Files.isRegularFile(file));
  }

  @Test
  void mainConvertsPairsIncludingSpecialTextTargets() throws Exception {
    Path source = dir.resolve("in.txt");
    Files.write(
        source, ("\uFEFF" + SAMPLE_TEXT).getBytes(StandardCharsets.UTF_8)); // BOM must be dropped
    Path docx = dir.resolve("out.docx");
    Path cp1252 = dir.resolve("out.cp1252.txt");
    Path utf16 = dir.resolve("out.utf16.txt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        DocumentFormatWriter.run(
            new String[] {
              source.toString(), docx.toString(),
              source.toString(), cp1252.toString(),
              source.toString(), utf16.toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(TikaText.extract(docx).contains(SAMPLE.get(1)));
    assertFalse(TikaText.extract(docx).contains("\uFEFF"));
    assertEquals(
        SAMPLE_TEXT, new String(Files.readAllBytes(cp1252), Charset.forName("windows-1252")));
    byte[] le = Files.readAllBytes(utf16);
    assertEquals((byte) 0xFF, le[0]);
    assertEquals((byte) 0xFE, le[1]);
    assertEquals(SAMPLE_TEXT, new String(le, 2, le.length - 2, StandardCharsets.UTF_16LE));
  }

  @Test
  void mainRejectsOddArgumentsAndReportsFailures() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertEquals(2, DocumentFormatWriter.run(new String[] {"alleen.txt"}, quiet, errStream));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage"));
    assertEquals(
        1,
        DocumentFormatWriter.run(
            new String[] {dir.resolve("bestaat-niet.txt").toString(), "x.docx"},
            quiet,
            errStream));
    assertEquals(0, DocumentFormatWriter.run(new String[] {"--help"}, quiet, errStream));
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "pdf", "odt", "rtf", "txt"})
  void sameTextGivesSameBytes(String ext) throws Exception {
    Path a = dir.resolve("a." + ext);
    Path b = dir.resolve("b." + ext);
    DocumentFormatWriter.write(a, SAMPLE_TEXT);
    DocumentFormatWriter.write(b, SAMPLE_TEXT);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }
}
