package org.dossiercoder.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One sentence of a document, the unit that rules match and codings point to.
 *
 * @param ordinal 0-based position of the segment in its document
 * @param start offset of the first character in the document text
 * @param end offset after the last character
 * @param text the sentence
 * @param entryDate the date of the journal entry it belongs to, or null outside dated entries
 * @param section the heading it stands under (an OPP domain), or empty
 */
public record Segment(
    int ordinal, int start, int end, String text, LocalDate entryDate, String section) {
  /** Validates the fields. */
  public Segment {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(section, "section");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }
}
