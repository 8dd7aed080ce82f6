package org.dossiercoder.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.dossiercoder.Problem;
import org.xml.sax.SAXException;

/**
 * Reads the text of a document: .txt by {@link TextDecoding}, everything else through Apache
 * Tika's auto-detecting parser. Thread-safe; one instance serves all extraction threads.
 */
public final class TextExtractor {
  /** Documents longer than this many characters are cut, with a problem; dossiers never are. */
  public static final int MAX_CHARS = 5_000_000;

  private final Parser parser = new AutoDetectParser();

  /**
   * The outcome of reading one document: either a document or a problem.
   *
   * @param document the text, or null when reading failed
   * @param problem why reading failed or was incomplete, or null
   */
  public record Result(ExtractedDocument document, Problem problem) {
    /** Whether a text was obtained. */
    public boolean ok() {
      return document != null;
    }
  }

  /** Reads a document; never throws for bad files, which become problems instead. */
  public Result extract(DocumentRef ref) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(ref.path());
    } catch (IOException e) {
      return failure(ref, "unreadable", "cannot read file: " + e.getMessage());
    }
    if (bytes.length == 0) {
      return failure(ref, "empty", "file is empty (0 bytes)");
    }
    String sha = sha256(bytes);
    String ext = Corpus.extension(ref.fileName());
    if (ext.equals("txt")) {
      TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
      return text(ref, decoded.text(), sha, bytes.length, decoded.encoding(), null);
    }
    if (!looksLike(ext, bytes)) {
      return failure(ref, "corrupt", "not a valid ." + ext + " file (its first bytes do not match the format)");
    }
    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, ref.fileName());
    Problem truncated = null;
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (EncryptedDocumentException e) {
      return failure(ref, "encrypted", "password-protected; save it without a password and run again");
    } catch (TikaException e) {
      if (causedBy(e, EncryptedDocumentException.class)) {
        return failure(ref, "encrypted", "password-protected; save it without a password and run again");
      }
      return failure(ref, "corrupt", "corrupt or unreadable " + ext + " file: " + oneLine(e));
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        truncated =
            new Problem(
                ref.docId(), "truncated", "longer than " + MAX_CHARS + " characters; the rest is not read");
      } else {
        return failure(ref, "corrupt", "corrupt or unreadable " + ext + " file: " + oneLine(e));
      }
    } catch (IOException | RuntimeException e) {
      // Tika's parsers throw unchecked exceptions on some malformed files; a bad file must not
      // end the run.
      return failure(ref, "corrupt", "corrupt or unreadable " + ext + " file: " + oneLine(e));
    }
    String contentType = metadata.get(Metadata.CONTENT_TYPE);
    String extracted = TextDecoding.normaliseLineEnds(handler.toString());
    return text(
        ref,
        ext.equals("pdf") ? PdfLines.unwrap(extracted) : extracted,
        sha,
        bytes.length,
        "tika " + (contentType == null ? ext : contentType),
        truncated);
  }

  /**
   * Whether the first bytes fit the extension. Tika would otherwise sniff a broken .docx that
   * holds plain text as text and "succeed"; a file that is not what its name says is corrupt.
   */
  static boolean looksLike(String ext, byte[] b) {
    return switch (ext) {
      // OOXML and ODF are zip packages; an encrypted .docx is an OLE2 container.
      case "docx" -> TextDecoding.startsWith(b, 'P', 'K', 3, 4) || TextDecoding.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0);
      case "odt" -> TextDecoding.startsWith(b, 'P', 'K', 3, 4);
      case "pdf" -> indexOf(b, "%PDF-", 1024) >= 0;
      case "rtf" -> TextDecoding.startsWith(b, '{', '\\', 'r', 't', 'f');
      default -> true;
    };
  }

  private static int indexOf(byte[] b, String ascii, int within) {
    byte[] needle = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int i = 0; i + needle.length <= Math.min(b.length, within + needle.length); i++) {
      int k = 0;
      while (k < needle.length && b[i + k] == needle[k]) {
        k++;
      }
      if (k == needle.length) {
        return i;
      }
    }
    return -1;
  }

  private static Result text(
      DocumentRef ref, String text, String sha, long size, String encoding, Problem warning) {
    if (text.isBlank()) {
      return failure(ref, "no-text", "no text found (a scanned PDF or an empty document?)");
    }
    return new Result(new ExtractedDocument(ref, text, sha, size, encoding), warning);
  }

  private static Result failure(DocumentRef ref, String kind, String message) {
    return new Result(null, new Problem(ref.docId(), kind, message));
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.replaceAll("\\s+", " ").trim();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
