package org.dossiercoder.synth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes text as a Word document with Apache POI, one paragraph per line. */
final class DocxWriter {

  /** 2015-01-01T00:00:00Z: a fixed creation date keeps generated corpora byte-identical. */
  static final long FIXED_TIME_MILLIS = 1_420_070_400_000L;

  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2015, 1, 1, 0, 0);

  private DocxWriter() {}

  static void write(String text, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setCreated(Optional.of(new Date(FIXED_TIME_MILLIS)));
      core.setCreator("dossiercoder synth");
      for (String line : TextLines.split(text)) {
        XWPFParagraph paragraph = doc.createParagraph();
        XWPFRun run = paragraph.createRun();
        // A literal tab inside w:t is not a tab to Word; it must be a w:tab element.
        String[] parts = TextLines.sanitize(line).split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            run.addTab();
          }
          if (!parts[i].isEmpty()) {
            run.setText(parts[i]);
          }
        }
      }
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      doc.write(raw);
      withFixedEntryTimes(raw.toByteArray(), out);
    }
  }

  /**
   * Copies a zip, entry by entry in the same order, with a fixed modification time: POI stamps
   * every part with the current time, which would make two identical documents differ.
   */
  static void withFixedEntryTimes(byte[] zipBytes, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setMethod(ZipEntry.DEFLATED);
        copy.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    zip.finish();
    zip.flush();
  }
}
