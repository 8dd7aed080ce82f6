package org.dossiercoder.coding;

import java.util.Objects;
import org.dossiercoder.codebook.MatchContext;

/**
 * A code attached to a segment: by a rule (source {@code auto}) or by a researcher ({@code
 * manual}). Offsets are character offsets in the document text, CR LF counted as one.
 *
 * @param caseId the case
 * @param docId the document
 * @param docType the document type key
 * @param ordinal the segment's position in its document
 * @param start segment start offset
 * @param end segment end offset
 * @param matchStart start offset of the matched words
 * @param matchEnd end offset of the matched words
 * @param codebook codebook id
 * @param code code id
 * @param rule rule id, or empty for manual codings
 * @param context context of the match in its sentence
 * @param counted whether it counts towards the case-level code
 * @param entryDate ISO date of the journal entry, or empty
 * @param text the segment text
 */
public record SegmentCoding(
    String caseId,
    String docId,
    String docType,
    int ordinal,
    int start,
    int end,
    int matchStart,
    int matchEnd,
    String codebook,
    String code,
    String rule,
    MatchContext context,
    boolean counted,
    String entryDate,
    String text) {
  /** Validates the fields. */
  public SegmentCoding {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(codebook, "codebook");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(entryDate, "entryDate");
    Objects.requireNonNull(text, "text");
  }

  /** The output column of the code. */
  public String column() {
    return codebook + "." + code;
  }
}
