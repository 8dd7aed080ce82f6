package org.dossiercoder.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.dossiercoder.DossierInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossiercoder} command line. */
@Command(
    name = "dossiercoder",
    mixinStandardHelpOptions = true,
    version = "dossiercoder 0.1.0",
    description = "Codes Dutch school-absence dossiers with codebooks and builds the Utrecht tables.",
    subcommands = {
      RunCommand.class,
      EvaluateCommand.class,
      ExplainCommand.class,
      TablesCommand.class,
      AgreementCommand.class,
      ReviewCommand.class,
      CodingSheetCommand.class,
      HistoryCommand.class,
      RefiCommand.class,
      MatrixCommand.class,
      QuotesCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 completed with problems (see problems.csv), 2 bad usage or input, 3 internal error."
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command line with the given writers; what tests and embedding programs call.
   *
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof DossierInputException d) {
            commandLine.getErr().println("error: " + d.getMessage());
            return ExitCodes.USAGE;
          }
          commandLine.getErr().println("internal error: " + ex);
          ex.printStackTrace(commandLine.getErr());
          return ExitCodes.INTERNAL;
        });
    cl.setExitCodeExceptionMapper(ex -> ExitCodes.USAGE);
    // Bad options get one line naming what is wrong, not the whole usage text.
    cl.setParameterExceptionHandler((ex, args2) -> {
      ex.getCommandLine().getErr().println("error: " + ex.getMessage()
          + " (see 'dossiercoder " + ex.getCommandLine().getCommandName() + " --help')");
      return ExitCodes.USAGE;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
