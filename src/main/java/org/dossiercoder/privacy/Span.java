package org.dossiercoder.privacy;

/**
 * Offsets of one detected value; detectors return spans, not strings, so that no copy of a
 * value outlives the scan.
 */
record Span(int start, int end) {
  Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
