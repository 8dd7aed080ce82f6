package org.dossiercoder.refi;

import java.time.Instant;
import java.util.Objects;

/**
 * A document of the project as a REFI-QDA text source.
 *
 * @param docId dossiercoder's document id (e.g. {@code c001/journaal.txt}); the source of the GUID
 * @param caseId the case the document belongs to, or null
 * @param name the name shown in other tools; the document id when null or blank
 * @param plainText the extracted text, line ends normalised to {@code \n}: the text every coding
 *     offset counts in
 * @param created when the document was first read, or null
 */
public record QdaSource(String docId, String caseId, String name, String plainText, Instant created) {
  /** Validates; a missing name becomes the document id. */
  public QdaSource {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(plainText, "plainText");
    if (plainText.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "source " + docId + ": plain text must have \\n line ends (offsets count a line end as one character)");
    }
    name = name == null || name.isBlank() ? docId : name;
  }
}
