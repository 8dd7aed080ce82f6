package org.dossiercoder.store;

import java.util.Locale;

/** What a researcher's decision is about: one sentence, a span within one, a document, or the whole case. */
public enum DecisionScope {
  /** One segment (sentence), identified by its {@link SegmentKey}. */
  SEGMENT,
  /** A span of characters within one segment. */
  SPAN,
  /** A whole document. */
  DOCUMENT,
  /** The whole case: a case-level code set by hand (e.g. from the Bijlage VI coding sheet). */
  CASE;

  /** The lower-case key used in files and the database. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scope with this key, or null. */
  public static DecisionScope ofKey(String key) {
    for (DecisionScope s : values()) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    return null;
  }
}
