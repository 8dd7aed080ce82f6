package org.dossiercoder.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossiercoder.Pipeline;
import org.dossiercoder.Project;
import org.dossiercoder.ingest.Corpus;
import org.dossiercoder.review.ReviewSheet;
import org.dossiercoder.store.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossiercoder review export|import}: review automatic proposals in a spreadsheet. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = "Review automatic proposals in a spreadsheet: export, decide accept/reject, import.",
    subcommands = {ReviewCommand.Export.class, ReviewCommand.Import.class})
final class ReviewCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Project open(ProjectOptions options) throws Exception {
    return Project.open(options.out, Corpus.load(options.corpus), Pipeline.loadCodebooks(options.codebooks).codebooks());
  }

  /** {@code review export}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Writes an XLSX with one row per proposal (case, document, date, sentence with the",
        "matched words in bold, code, context, rules) and a decision column (accept/reject)."})
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Option(names = "--file", paramLabel = "XLSX", description = "Sheet to write (default: <out>/review.xlsx).")
    Path file;

    @Option(names = "--case", paramLabel = "ID", description = "Only this case.")
    String caseId;

    @Option(names = "--codebook", paramLabel = "ID", description = "Only this codebook.")
    String codebook;

    @Override
    public Integer call() throws Exception {
      Path target = file != null ? file : project.out.resolve("review.xlsx");
      try (Project p = open(project)) {
        int n = ReviewSheet.export(p, target, new ReviewSheet.Filter(caseId, codebook));
        spec.commandLine().getOut().println(n + " proposals written to " + target);
      }
      return ExitCodes.OK;
    }
  }

  /** {@code review import}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Reads a review sheet back and stores its decisions as the coder's, all or none;",
        "they last across re-runs of automatic coding."})
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Parameters(paramLabel = "XLSX", description = "The filled-in review sheet.")
    Path file;

    @Option(names = "--coder", required = true, paramLabel = "ID", description = "Who made these decisions.")
    String coder;

    @Override
    public Integer call() throws Exception {
      try (Project p = open(project)) {
        List<Decision> stored = ReviewSheet.importSheet(p, file, coder);
        spec.commandLine().getOut().println(stored.size() + " decisions of " + coder + " stored from " + file);
      }
      return ExitCodes.OK;
    }
  }
}
