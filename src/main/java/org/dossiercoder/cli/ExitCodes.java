package org.dossiercoder.cli;

/** The exit codes of every command, in one place. */
final class ExitCodes {
  /** Everything worked. */
  static final int OK = 0;
  /** The command completed, but some documents or rows had problems (see problems.csv). */
  static final int PROBLEMS = 1;
  /** Bad usage or bad input (malformed codebook, missing corpus): nothing was done. */
  static final int USAGE = 2;
  /** An unexpected internal error. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
