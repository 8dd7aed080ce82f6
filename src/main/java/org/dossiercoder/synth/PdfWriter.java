package org.dossiercoder.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes text as an A4 PDF in Helvetica (WinAnsiEncoding), word-wrapped to the page width, as many
 * pages as needed.
 */
final class PdfWriter {

  private static final float FONT_SIZE = 11f;
  private static final float LEADING = 14f;
  private static final float MARGIN = 56f; // about 2 cm
  private static final int TAB_WIDTH = 4;

  // PDFBox gives the non-symbolic Standard 14 fonts WinAnsiEncoding (and writes it into the font
  // dictionary), which is what makes accented Dutch text extractable again.
  private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final Map<Integer, Boolean> encodable = new HashMap<>();

  static void write(String text, OutputStream out) throws IOException {
    new PdfWriter().save(text, null, out);
  }

  static void writeEncrypted(String text, String password, OutputStream out) throws IOException {
    new PdfWriter().save(text, password, out);
  }

  private void save(String text, String password, OutputStream out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDRectangle box = PDRectangle.A4;
      float maxWidth = box.getWidth() - 2 * MARGIN;
      List<String> visual = new ArrayList<>();
      for (String line : TextLines.split(text)) {
        wrap(encodableText(line), maxWidth, visual);
      }
      int perPage = (int) ((box.getHeight() - 2 * MARGIN) / LEADING);
      for (int start = 0; start < visual.size(); start += perPage) {
        PDPage page = new PDPage(box);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, FONT_SIZE);
          cs.setLeading(LEADING);
          cs.newLineAtOffset(MARGIN, box.getHeight() - MARGIN - FONT_SIZE);
          int end = Math.min(visual.size(), start + perPage);
          for (int i = start; i < end; i++) {
            if (!visual.get(i).isEmpty()) {
              cs.showText(visual.get(i));
            }
            cs.newLine();
          }
          cs.endText();
        }
      }
      if (password == null) {
        // Without an /ID PDFBox makes one from the clock; a content hash keeps output repeatable.
        byte[] id = Arrays.copyOf(sha256(text), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      } else {
        // The user password is what a reader needs; the owner password only guards permissions,
        // so deriving it keeps the API at one secret while still setting both.
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
        policy.setEncryptionKeyLength(256);
        doc.protect(policy);
      }
      doc.save(out);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Tabs become spaces and characters without a WinAnsi glyph in Helvetica become '?'. */
  String encodableText(String line) {
    String clean = TextLines.sanitize(line);
    StringBuilder sb = new StringBuilder(clean.length());
    for (int i = 0; i < clean.length(); ) {
      int cp = clean.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') {
        sb.append(" ".repeat(TAB_WIDTH));
      } else if (canEncode(cp)) {
        sb.appendCodePoint(cp);
      } else {
        sb.append('?');
      }
    }
    return sb.toString();
  }

  private boolean canEncode(int cp) {
    if (cp >= 0x20 && cp < 0x7F) {
      return true;
    }
    if (Character.isSupplementaryCodePoint(cp)) {
      return false;
    }
    return encodable.computeIfAbsent(cp, this::tryEncode);
  }

  private boolean tryEncode(int cp) {
    try {
      font.encode(new String(Character.toChars(cp)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /** Greedy word wrap; a word wider than the page is broken between characters. */
  private void wrap(String line, float maxWidth, List<String> out) throws IOException {
    if (width(line) <= maxWidth) {
      out.add(line);
      return;
    }
    String current = "";
    for (String word : line.split(" ", -1)) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (width(candidate) <= maxWidth) {
        current = candidate;
        continue;
      }
      if (!current.isEmpty()) {
        out.add(current);
      }
      current = word;
      while (width(current) > maxWidth) {
        int cut = 1;
        while (cut < current.length() && width(current.substring(0, cut + 1)) <= maxWidth) {
          cut++;
        }
        out.add(current.substring(0, cut));
        current = current.substring(cut);
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
  }

  private float width(String s) throws IOException {
    return font.getStringWidth(s) / 1000f * FONT_SIZE;
  }
}
