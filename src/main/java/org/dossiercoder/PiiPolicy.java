package org.dossiercoder;

import java.util.Locale;

/** What a run does with documents in which residual personal data is found. */
public enum PiiPolicy {
  /** The document is not indexed or stored; the run lists it (the default: safe). */
  BLOCK,
  /** Found values are replaced by typed placeholders in everything stored, indexed and written. */
  REDACT,
  /** Findings are only reported; the text is indexed as it is. */
  REPORT;

  /** The lower-case option value. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
