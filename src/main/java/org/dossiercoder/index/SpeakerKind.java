package org.dossiercoder.index;

import java.util.Locale;

/**
 * Who speaks in a segment of a transcript; what a rule's {@code speakers:} scope looks at.
 *
 * <p>Text that is not a transcript turn (journals, OPP's, an interview without recognisable
 * turns) is {@link #NONE}; rules scoped to respondents include it, as it is the voice of the
 * documents themselves rather than an interviewer's question.
 */
public enum SpeakerKind {
  /** Not a transcript turn: a journal, an OPP, or an interview coded as plain text. */
  NONE(""),
  /** Header lines of a transcript before its first turn (turn 0): title, date, case. */
  HEADER("header"),
  /** An interviewer turn ({@code I:}, {@code Interviewer:}, {@code Vraag:} …). */
  INTERVIEWER("interviewer"),
  /** A respondent turn ({@code R:}, {@code Respondent:}, a role name such as {@code Moeder:}). */
  RESPONDENT("respondent");

  private final String key;

  SpeakerKind(String key) {
    this.key = key;
  }

  /** The key stored in the index, the database and {@code segments.csv} (empty for NONE). */
  public String key() {
    return key;
  }

  /** The kind for a stored key; null or an unknown key gives {@link #NONE}. */
  public static SpeakerKind ofKey(String key) {
    if (key == null) {
      return NONE;
    }
    String k = key.strip().toLowerCase(Locale.ROOT);
    for (SpeakerKind s : values()) {
      if (s.key.equals(k)) {
        return s;
      }
    }
    return NONE;
  }
}
