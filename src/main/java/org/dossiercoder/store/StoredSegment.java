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
 */
public record StoredSegment(
    String key, String caseId, String docId, String docType, int ordinal, int start, int end, String entryDate,
    String text) {}
