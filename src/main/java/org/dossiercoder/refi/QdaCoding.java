package org.dossiercoder.refi;

import java.time.Instant;
import java.util.Objects;

/**
 * A code applied to a span of a document (or to the whole document) by one coder.
 *
 * <p>Offsets are dossiercoder's: UTF-16 chars of {@link QdaSource#plainText()} (line ends
 * {@code \n}), start inclusive, end exclusive. The export converts them to the code point
 * positions REFI-QDA uses.
 *
 * @param docId the document coded
 * @param start first char of the span, or null for a coding of the whole document
 * @param end char after the span, or null for a coding of the whole document
 * @param codebook codebook id
 * @param code code id within the codebook
 * @param coderId the coder (a {@link QdaUser#id()}): a researcher, or the automatic coding
 * @param created when the coding was made or decided, or null
 * @param memo the coder's memo, or null; exported as a Note referenced from the Coding
 */
public record QdaCoding(
    String docId, Integer start, Integer end, String codebook, String code, String coderId, Instant created, String memo) {
  /** Validates. */
  public QdaCoding {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(codebook, "codebook");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(coderId, "coderId");
    if ((start == null) != (end == null)) {
      throw new IllegalArgumentException("coding in " + docId + ": give both start and end, or neither");
    }
    if (start != null && (start < 0 || end < start)) {
      throw new IllegalArgumentException("coding in " + docId + ": bad span " + start + "-" + end);
    }
    memo = memo == null || memo.isBlank() ? null : memo;
  }

  /** Whether the coding is of the whole document rather than a span. */
  public boolean wholeDocument() {
    return start == null;
  }

  /** The output column of the code: {@code <codebook>.<code>}. */
  public String column() {
    return codebook + "." + code;
  }
}
