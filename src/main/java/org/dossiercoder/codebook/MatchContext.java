package org.dossiercoder.codebook;

import java.util.Locale;

/** How a matched mention stands in its sentence: the NegEx/ConText categories. */
public enum MatchContext {
  /** Stated about the pupil, not denied or hypothetical. */
  AFFIRMED,
  /** In the scope of a negation: "geen aanwijzingen voor …". */
  NEGATED,
  /** In the scope of a hypothetical or plan: "indien …", "mocht …", "overweegt …". */
  HYPOTHETICAL,
  /** About another person than the pupil: "broer heeft ADHD". */
  OTHER_PERSON;

  /** The lower-case key used in codebooks and outputs. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The context for a key, or null when unknown. */
  public static MatchContext ofKey(String key) {
    for (MatchContext c : values()) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    return null;
  }
}
