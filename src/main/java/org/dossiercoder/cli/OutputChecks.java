package org.dossiercoder.cli;

import java.nio.file.Path;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.OutputOptions;
import org.dossiercoder.privacy.Pseudonymiser;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks the sharing options before anything is read or written. */
final class OutputChecks {
  private OutputChecks() {}

  static OutputOptions outputOptions(CommandSpec spec, Integer minCell, Path keyFile) throws DossierInputException {
    if (minCell != null && minCell < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--min-cell must be at least 2 (counts 1..K-1 are hidden), found " + minCell);
    }
    Pseudonymiser pseudonymiser = keyFile == null ? null : Pseudonymiser.fromKeyFile(keyFile);
    return new OutputOptions(minCell == null ? 0 : minCell, pseudonymiser);
  }
}
