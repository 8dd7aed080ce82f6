package org.dossiercoder.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A stable name for a segment that survives re-runs: the document id, a hash of the sentence's
 * words and which occurrence of that sentence in the document it is. Ordinals and offsets shift
 * when a document gains a paragraph; the sentence itself does not, so a decision about it stays
 * attached to it.
 */
public final class SegmentKey {
  private SegmentKey() {}

  /**
   * The key of a segment.
   *
   * @param docId the document
   * @param text the segment text
   * @param occurrence 0 for the first segment with this text in the document, 1 for the next …
   */
  public static String of(String docId, String text, int occurrence) {
    return docId + "#" + hash(text) + "#" + occurrence;
  }

  /** The document id part of a key. */
  public static String docId(String key) {
    int i = key.indexOf('#');
    return i < 0 ? key : key.substring(0, i);
  }

  /** Assigns keys to the segments of one document in order; one instance per document. */
  public static final class Counter {
    private final String docId;
    private final Map<String, Integer> seen = new HashMap<>();

    /** A counter for one document. */
    public Counter(String docId) {
      this.docId = docId;
    }

    /** The key of the next segment of the document. */
    public String next(String text) {
      String h = hash(text);
      int n = seen.merge(h, 1, Integer::sum) - 1;
      return docId + "#" + h + "#" + n;
    }
  }

  /**
   * Finds the key of the segment a coding is on. Codings carry their document and ordinal, which
   * hold only within one run; the stored segments of that run give the stable key.
   */
  public static final class Lookup {
    private final Map<String, String> byPosition = new HashMap<>();

    /** A lookup over the stored segments of the last run. */
    public Lookup(java.util.Collection<StoredSegment> segments) {
      segments.forEach(s -> byPosition.put(position(s.docId(), s.ordinal()), s.key()));
    }

    /** The key of the segment at this position, or null when the store does not know it. */
    public String key(String docId, int ordinal) {
      return byPosition.get(position(docId, ordinal));
    }

    /** The key of the segment a coding is on, or null. */
    public String key(org.dossiercoder.coding.SegmentCoding coding) {
      return key(coding.docId(), coding.ordinal());
    }

    private static String position(String docId, int ordinal) {
      return docId + "\u0000" + ordinal;
    }
  }

  static String hash(String text) {
    String normal = text.strip().replaceAll("\\s+", " ");
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
