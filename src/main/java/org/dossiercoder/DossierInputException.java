package org.dossiercoder;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Bad user input: a file, line and what was expected instead.
 *
 * <p>This is the one checked exception of dossiercoder. Anything a user can fix by editing a file
 * or an option (a malformed codebook, an unreadable cases.csv, an unknown option value) is
 * reported with it; programming errors stay unchecked. The message is one line, ready for stderr:
 * {@code file:line: message}.
 */
public final class DossierInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Path file;
  private final int line;
  private final String problem;

  /**
   * @param file the file at fault, or null when the input is not a file (an option value)
   * @param line 1-based line number, or 0 when unknown or not applicable
   * @param problem what is wrong and what was expected
   */
  public DossierInputException(Path file, int line, String problem) {
    super(format(file, line, problem));
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /**
   * @param file the file at fault, or null
   * @param line 1-based line number, or 0
   * @param problem what is wrong and what was expected
   * @param cause the underlying exception
   */
  public DossierInputException(Path file, int line, String problem, Throwable cause) {
    super(format(file, line, problem), cause);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** The file at fault, or null. */
  public Path file() {
    return file;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The problem without the location prefix. */
  public String problem() {
    return problem;
  }

  private static String format(Path file, int line, String problem) {
    if (file == null) {
      return problem;
    }
    return line > 0
        ? String.format(Locale.ROOT, "%s:%d: %s", file, line, problem)
        : String.format(Locale.ROOT, "%s: %s", file, problem);
  }
}
