package org.dossiercoder.ingest;

import java.util.Objects;

/**
 * The plain text of a document. Line ends are normalised to {@code \n}, so character offsets
 * count a CR LF pair as one character.
 *
 * @param ref the document
 * @param text its text
 * @param sha256 hex digest of the file's bytes, to recognise unchanged documents
 * @param bytes the file's size in bytes
 * @param encoding the detected character encoding for text files, or the parser for others
 */
public record ExtractedDocument(
    DocumentRef ref, String text, String sha256, long bytes, String encoding) {
  /** Validates the fields. */
  public ExtractedDocument {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(encoding, "encoding");
  }
}
