package org.dossiercoder;

import java.util.Objects;

/**
 * One problem met during a run that did not stop it: a file that could not be read, a case
 * folder without a registration row, and the like. Problems end up in {@code problems.csv}.
 *
 * @param file the file or folder concerned, relative to the corpus where possible
 * @param kind a short stable key such as {@code corrupt}, {@code encrypted}, {@code empty}
 * @param message what is wrong, in one line
 */
public record Problem(String file, String kind, String message) {
  /** Validates the fields. */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Kinds of problem after which the document was still read and coded, only differently than
   * its type promised (an interview without speaker turns is coded as plain text). They are
   * listed like every problem, but a run with only these still succeeds.
   */
  public static final java.util.Set<String> NOTICES = java.util.Set.of("no-turns");

  /** Whether the document concerned was still read and coded (see {@link #NOTICES}). */
  public boolean isNotice() {
    return NOTICES.contains(kind);
  }

  /** The problem as one line for stderr. */
  public String toLine() {
    return file + ": " + kind + ": " + message;
  }
}
