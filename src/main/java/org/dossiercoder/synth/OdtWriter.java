package org.dossiercoder.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes text as a minimal, valid OpenDocument text package, one text:p per line. */
final class OdtWriter {

  static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

  /** Fixed entry time (in local DOS time, so independent of the time zone) for repeatable bytes. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2015, 1, 1, 0, 0);

  private static final String NS =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
          + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
          + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
          + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
          + " office:version=\"1.2\"";

  private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private OdtWriter() {}

  static void write(String text, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    // ODF 1.2 §3.3: "mimetype" is the first entry, uncompressed, so that tools can sniff the type
    // at a fixed offset.
    byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
    ZipEntry first = new ZipEntry("mimetype");
    first.setMethod(ZipEntry.STORED);
    first.setSize(mimetype.length);
    first.setCompressedSize(mimetype.length);
    CRC32 crc = new CRC32();
    crc.update(mimetype);
    first.setCrc(crc.getValue());
    first.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(first);
    zip.write(mimetype);
    zip.closeEntry();
    deflated(zip, "META-INF/manifest.xml", manifest());
    deflated(zip, "content.xml", content(text));
    deflated(zip, "styles.xml", styles());
    deflated(zip, "meta.xml", meta());
    zip.finish();
    zip.flush();
  }

  private static void deflated(ZipOutputStream zip, String name, String xml) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.DEFLATED);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String manifest() {
    return XML_DECL
        + "<manifest:manifest"
        + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
        + " manifest:version=\"1.2\">\n"
        + " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
        + " manifest:media-type=\"" + MIMETYPE + "\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"content.xml\""
        + " manifest:media-type=\"text/xml\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"styles.xml\""
        + " manifest:media-type=\"text/xml\"/>\n"
        + " <manifest:file-entry manifest:full-path=\"meta.xml\""
        + " manifest:media-type=\"text/xml\"/>\n"
        + "</manifest:manifest>\n";
  }

  static String content(String text) {
    StringBuilder sb = new StringBuilder(text.length() * 11 / 10 + 600);
    sb.append(XML_DECL)
        .append("<office:document-content")
        .append(NS)
        .append(">\n<office:automatic-styles/>\n<office:body>\n<office:text>\n");
    for (String line : TextLines.split(text)) {
      sb.append("<text:p text:style-name=\"Standard\">");
      appendParagraphText(sb, TextLines.sanitize(line));
      sb.append("</text:p>\n");
    }
    sb.append("</office:text>\n</office:body>\n</office:document-content>\n");
    return sb.toString();
  }

  /**
   * ODF collapses white space inside text:p like HTML, so tabs and runs of spaces must be written
   * as text:tab and text:s to survive.
   */
  private static void appendParagraphText(StringBuilder sb, String line) {
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '\t') {
        sb.append("<text:tab/>");
        i++;
      } else if (c == ' ') {
        int run = 0;
        while (i + run < line.length() && line.charAt(i + run) == ' ') {
          run++;
        }
        boolean keepFirst = i > 0 && i + run < line.length();
        int extra = keepFirst ? run - 1 : run;
        if (keepFirst) {
          sb.append(' ');
        }
        if (extra == 1) {
          sb.append("<text:s/>");
        } else if (extra > 1) {
          sb.append("<text:s text:c=\"").append(extra).append("\"/>");
        }
        i += run;
      } else {
        appendEscaped(sb, c);
        i++;
      }
    }
  }

  private static void appendEscaped(StringBuilder sb, char c) {
    switch (c) {
      case '&':
        sb.append("&amp;");
        break;
      case '<':
        sb.append("&lt;");
        break;
      case '>':
        sb.append("&gt;");
        break;
      case '"':
        sb.append("&quot;");
        break;
      case '\'':
        sb.append("&apos;");
        break;
      default:
        sb.append(c);
    }
  }

  private static String styles() {
    return XML_DECL
        + "<office:document-styles" + NS + ">\n"
        + "<office:font-face-decls>\n"
        + " <style:font-face style:name=\"Helvetica\" svg:font-family=\"Helvetica\""
        + " style:font-family-generic=\"swiss\"/>\n"
        + "</office:font-face-decls>\n"
        + "<office:styles>\n"
        + " <style:default-style style:family=\"paragraph\">\n"
        + "  <style:text-properties style:font-name=\"Helvetica\" fo:font-size=\"11pt\""
        + " fo:language=\"nl\" fo:country=\"NL\"/>\n"
        + " </style:default-style>\n"
        + " <style:style style:name=\"Standard\" style:family=\"paragraph\""
        + " style:class=\"text\"/>\n"
        + "</office:styles>\n"
        + "</office:document-styles>\n";
  }

  private static String meta() {
    return XML_DECL
        + "<office:document-meta" + NS + ">\n"
        + "<office:meta>\n"
        + " <meta:generator>dossiercoder synth</meta:generator>\n"
        + " <dc:language>nl-NL</dc:language>\n"
        + "</office:meta>\n"
        + "</office:document-meta>\n";
  }
}
