package org.dossiercoder.store;

/**
 * A segment as the store knows it, with the stable key decisions refer to.
 *
 * @param key the {@link SegmentKey}
 * @param caseId the case
 * @param docId the document
 * @param docType the document type key
 * @param ordinal position in its document in the last run that read it
 * @param start start offset in the document text
 * @param end end offset
 * @param entryDate ISO journal date, or empty
 * @param text the sentence
 * @param turn the transcript turn (1-based), 0 outside turns
 * @param speaker the speaker label as written, or empty
 * @param speakerKind who speaks
 * @param role the respondent role in an interview, else empty
 * @param question the interviewer turn a respondent turn answers, else empty
 */
public record StoredSegment(
    String key, String caseId, String docId, String docType, int ordinal, int start, int end, String entryDate,
    String text, int turn, String speaker, org.dossiercoder.index.SpeakerKind speakerKind, String role,
    String question) {
  /** A segment outside any transcript turn. */
  public StoredSegment(
      String key, String caseId, String docId, String docType, int ordinal, int start, int end, String entryDate,
      String text) {
    this(key, caseId, docId, docType, ordinal, start, end, entryDate, text, 0, "",
        org.dossiercoder.index.SpeakerKind.NONE, "", "");
  }
}
