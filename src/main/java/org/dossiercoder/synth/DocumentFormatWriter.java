package org.dossiercoder.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes plain text as a document in one of the formats dossiercoder reads; the format follows
 * from the target's file extension.
 */
public final class DocumentFormatWriter {

  /** The extensions {@link #write} accepts, in the order they are reported. */
  static final String SUPPORTED = ".txt, .docx, .pdf, .odt, .rtf";

  private static final String USAGE =
      "usage: DocumentFormatWriter SOURCE.txt TARGET.ext [SOURCE.txt TARGET.ext ...]\n"
          + "  SOURCE is read as UTF-8; TARGET's extension picks the format: "
          + SUPPORTED
          + ".\n"
          + "  TARGET ending in .cp1252.txt is written as windows-1252, .utf16.txt as UTF-16LE"
          + " with a byte order mark.";

  private DocumentFormatWriter() {}

  /**
   * Writes {@code text} to {@code target} in the format of its extension: .txt (UTF-8, no BOM),
   * .docx, .pdf, .odt or .rtf; each line of the text becomes a paragraph (a line in PDF).
   * Missing parent directories are created.
   *
   * @param target the file to write; its extension (case-insensitive) picks the format
   * @param text the text, lines separated by LF, CRLF or CR
   * @throws IllegalArgumentException when the extension is not one of these
   * @throws IOException when writing fails, or the text cannot be encoded (unpaired surrogates)
   */
  public static void write(Path target, String text) throws IOException {
    Objects.requireNonNull(text, "text");
    String ext = extension(target);
    switch (ext) {
      case "txt":
        writeText(target, text, StandardCharsets.UTF_8, false);
        return;
      case "docx":
        writeStream(target, out -> DocxWriter.write(text, out));
        return;
      case "pdf":
        writeStream(target, out -> PdfWriter.write(text, out));
        return;
      case "odt":
        writeStream(target, out -> OdtWriter.write(text, out));
        return;
      case "rtf":
        writeStream(target, out -> out.write(RtfWriter.toBytes(text)));
        return;
      default:
        throw unsupported(target, ext, SUPPORTED);
    }
  }

  /**
   * Writes {@code text} as-is (line breaks untouched) in {@code charset}, optionally preceded by
   * the charset's byte order mark. The generic {@code UTF-16} charset is written big-endian with
   * exactly one BOM when {@code bom} is true and none otherwise.
   *
   * @param target the file to write
   * @param text the text, written unchanged
   * @param charset the encoding, e.g. windows-1252 or UTF-16LE
   * @param bom whether to start with the byte order mark U+FEFF in that encoding
   * @throws IllegalArgumentException when {@code bom} is asked for a charset that cannot encode
   *     U+FEFF (windows-1252, for instance)
   * @throws IOException when writing fails or a character cannot be encoded in the charset
   */
  public static void writeText(Path target, String text, Charset charset, boolean bom)
      throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    // Java's "UTF-16" encoder always emits a BOM of its own; encode with the explicit big-endian
    // variant so that the flag alone decides.
    Charset effective = charset.equals(StandardCharsets.UTF_16) ? StandardCharsets.UTF_16BE : charset;
    CharsetEncoder encoder =
        effective
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    if (bom && !encoder.canEncode('\uFEFF')) {
      throw new IllegalArgumentException(
          "charset " + charset.name() + " has no byte order mark; write it with bom=false");
    }
    // Fail rather than silently write '?': a fixture with lost characters tests nothing.
    ByteBuffer bytes = encoder.encode(CharBuffer.wrap(bom ? "\uFEFF" + text : text));
    createParent(target);
    try (OutputStream out = Files.newOutputStream(target)) {
      out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    }
  }

  /**
   * Writes a password-protected .docx (POI agile encryption in an OLE2 container) or .pdf
   * (AES-256 with {@code password} as the user password and an owner password derived from it).
   *
   * @param target the .docx or .pdf file to write
   * @param text the text, one paragraph per line
   * @param password the password a reader needs to open the file
   * @throws IllegalArgumentException for any other extension, or an empty password
   * @throws IOException when writing or encrypting fails
   */
  public static void writeEncrypted(Path target, String text, String password)
      throws IOException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(password, "password");
    String ext = extension(target);
    if (!ext.equals("docx") && !ext.equals("pdf")) {
      throw unsupported(target, ext, ".docx, .pdf");
    }
    if (password.isEmpty()) {
      // An empty user password opens without asking, so the file would not be protected at all.
      throw new IllegalArgumentException("password must not be empty");
    }
    if (ext.equals("pdf")) {
      writeStream(target, out -> PdfWriter.writeEncrypted(text, password, out));
      return;
    }
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword(password);
      try (OutputStream data = encryptor.getDataStream(fs)) {
        DocxWriter.write(text, data);
      } catch (GeneralSecurityException e) {
        throw new IOException("cannot encrypt " + target + ": " + e.getMessage(), e);
      }
      writeStream(target, fs::writeFilesystem);
    }
  }

  /**
   * Converts each {@code source.txt target.ext} pair of arguments; the source is read as UTF-8 and
   * a target ending in {@code .cp1252.txt} or {@code .utf16.txt} is written as windows-1252 or
   * UTF-16LE with BOM. Exits with status 2 on bad arguments and 1 when a conversion fails.
   *
   * @param args pairs of source and target paths
   */
  public static void main(String... args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** {@link #main} without the exit, so it can be tested. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
      out.println(USAGE);
      return 0;
    }
    if (args.length == 0 || args.length % 2 != 0) {
      err.println(USAGE);
      return 2;
    }
    for (int i = 0; i < args.length; i += 2) {
      Path source = Path.of(args[i]);
      Path target = Path.of(args[i + 1]);
      try {
        convert(source, target);
        out.println("wrote " + target);
      } catch (IOException | IllegalArgumentException e) {
        err.println("error: " + source + " -> " + target + ": " + e.getMessage());
        return 1;
      }
    }
    return 0;
  }

  static void convert(Path source, Path target) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a UTF-8 BOM is not text and must not reach the target
    }
    String name = fileName(target).toLowerCase(Locale.ROOT);
    if (name.endsWith(".cp1252.txt")) {
      writeText(target, text, RtfWriter.CP1252, false);
    } else if (name.endsWith(".utf16.txt")) {
      // Little-endian with BOM is what Windows tools call "Unicode".
      writeText(target, text, StandardCharsets.UTF_16LE, true);
    } else {
      write(target, text);
    }
  }

  /** The lower-case extension without the dot, or "" when there is none. */
  static String extension(Path target) {
    Objects.requireNonNull(target, "target");
    String name = fileName(target);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String fileName(Path target) {
    Path name = target.getFileName();
    return name == null ? "" : name.toString();
  }

  private static IllegalArgumentException unsupported(Path target, String ext, String supported) {
    String shown = ext.isEmpty() ? "no extension" : "extension '." + ext + "'";
    return new IllegalArgumentException(
        "unsupported " + shown + " of " + target + "; supported: " + supported);
  }

  private interface StreamBody {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void writeStream(Path target, StreamBody body) throws IOException {
    createParent(target);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
      body.writeTo(out);
    }
  }

  private static void createParent(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
