package org.dossiercoder.coding;

import java.util.Objects;
import org.dossiercoder.codebook.MatchContext;
import org.dossiercoder.index.SpeakerKind;

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
 * @param turn the transcript turn of the segment (1-based), 0 outside turns
 * @param speaker the speaker label as written, or empty
 * @param speakerKind interviewer, respondent, header, or none outside transcripts
 * @param role the respondent role of the segment in an interview, else empty
 * @param question for a respondent turn, the interviewer turn it answers, else empty
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
    String text,
    int turn,
    String speaker,
    SpeakerKind speakerKind,
    String role,
    String question) {
  /** Validates the fields. */
  public SegmentCoding {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerKind, "speakerKind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(codebook, "codebook");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(entryDate, "entryDate");
    Objects.requireNonNull(text, "text");
  }

  /** A coding of a segment outside any transcript turn. */
  public SegmentCoding(String caseId, String docId, String docType, int ordinal, int start, int end,
      int matchStart, int matchEnd, String codebook, String code, String rule, MatchContext context,
      boolean counted, String entryDate, String text) {
    this(caseId, docId, docType, ordinal, start, end, matchStart, matchEnd, codebook, code, rule,
        context, counted, entryDate, text, 0, "", SpeakerKind.NONE, "", "");
  }

  /** The same coding under another case and document id (for pseudonymised outputs). */
  public SegmentCoding withIds(String newCaseId, String newDocId) {
    return new SegmentCoding(newCaseId, newDocId, docType, ordinal, start, end, matchStart, matchEnd,
        codebook, code, rule, context, counted, entryDate, text, turn, speaker, speakerKind, role, question);
  }

  /** The output column of the code. */
  public String column() {
    return codebook + "." + code;
  }
}
