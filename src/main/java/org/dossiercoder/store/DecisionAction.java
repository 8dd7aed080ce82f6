package org.dossiercoder.store;

import java.util.Locale;

/** What a researcher decided. */
public enum DecisionAction {
  /** An automatic proposal is right: the segment supports the code. */
  ACCEPT,
  /** An automatic proposal is wrong: the segment does not support the code. */
  REJECT,
  /** A coding made by hand, on a segment, span, document or case. */
  ADD,
  /** Withdraws the coder's own earlier hand-made coding of the same target. */
  REMOVE,
  /** A case-level value set by hand (multi code 0/1, or the chosen code of a single-choice codebook). */
  SET;

  /** The lower-case key used in files and the database. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The action with this key (case-insensitive, surrounding blanks ignored), or null. */
  public static DecisionAction ofKey(String key) {
    if (key == null) {
      return null;
    }
    String k = key.strip().toLowerCase(Locale.ROOT);
    for (DecisionAction a : values()) {
      if (a.key().equals(k)) {
        return a;
      }
    }
    return null;
  }
}
