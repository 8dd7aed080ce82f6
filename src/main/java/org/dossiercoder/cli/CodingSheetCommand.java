package org.dossiercoder.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossiercoder.Project;
import org.dossiercoder.review.CodingSheet;
import org.dossiercoder.store.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossiercoder coding-sheet export|import}: the Bijlage VI analysis schema as a spreadsheet. */
@Command(
    name = "coding-sheet",
    mixinStandardHelpOptions = true,
    description = "The analysis schema of Bijlage VI: one row per case, pre-filled; corrections are imported as a coder's case-level codes.",
    subcommands = {CodingSheetCommand.Export.class, CodingSheetCommand.Import.class})
final class CodingSheetCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code coding-sheet export}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Writes an XLSX with one row per case: background attributes, then per analysis",
        "category the numbers of the codes that hold (\"1, 3\"), and remarks."})
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Option(names = "--file", paramLabel = "XLSX", description = "Sheet to write (default: <out>/analyseschema.xlsx).")
    Path file;

    @Override
    public Integer call() throws Exception {
      Path target = file != null ? file : project.out.resolve("analyseschema.xlsx");
      try (Project p = ReviewCommand.open(project)) {
        int n = CodingSheet.export(p, target);
        spec.commandLine().getOut().println(n + " cases written to " + target);
      }
      return ExitCodes.OK;
    }
  }

  /** {@code coding-sheet import}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Stores every category cell of the sheet as the coder's case-level code, all or none.",
        "Use --coder consensus for the coding agreed in a consensus meeting: it wins over every coder."})
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Parameters(paramLabel = "XLSX", description = "The filled-in coding sheet.")
    Path file;

    @Option(names = "--coder", required = true, paramLabel = "ID", description = "Whose coding this is.")
    String coder;

    @Override
    public Integer call() throws Exception {
      try (Project p = ReviewCommand.open(project)) {
        List<Decision> stored = CodingSheet.importSheet(p, file, coder);
        spec.commandLine().getOut().println(stored.size() + " case-level codes of " + coder + " stored from " + file);
      }
      return ExitCodes.OK;
    }
  }
}
