package org.dossiercoder.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossiercoder.Pipeline;
import org.dossiercoder.Problem;
import org.dossiercoder.RunOptions;
import org.dossiercoder.RunResult;
import org.dossiercoder.StageStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossiercoder run}: the whole pipeline. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the corpus, codes it with the codebooks and writes case-codes.csv, segments.csv,",
      "problems.csv, tables/ (CSV and XLSX) and report.md into the output folder."
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--pii", paramLabel = "MODE", converter = PiiConverter.class,
      description = "Residual personal data: block (default: such documents are not indexed), redact (values"
          + " replaced by [BSN], [TELEFOON] … everywhere), report (findings only).")
  org.dossiercoder.PiiPolicy pii = org.dossiercoder.PiiPolicy.BLOCK;

  @Option(names = "--min-cell", paramLabel = "K",
      description = "Small-cell suppression for sharing: counts 1..K-1 shown as <K, with secondary suppression (K >= 2).")
  Integer minCell;

  @Option(names = "--pseudonymise", paramLabel = "KEYFILE",
      description = "Replace case ids in all outputs by stable pseudonyms keyed by this file (kept by you, never written).")
  java.nio.file.Path keyFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    org.dossiercoder.OutputOptions output = OutputChecks.outputOptions(spec, minCell, keyFile);
    RunOptions options = RunOptions.builder().corpus(project.corpus).codebooks(project.codebooks)
        .out(project.out).threads(threads).pii(pii).build();
    Progress progress = Progress.forConsole(err);
    RunResult result;
    try {
      result = Pipeline.run(options, progress::log, progress);
    } finally {
      progress.finish();
    }
    Pipeline.writeOutputs(result, project.out, output);
    for (Problem p : result.problems()) {
      err.println("problem: " + p.toLine());
    }
    for (StageStats s : result.stages()) {
      err.println("stage: " + s.toLine());
    }
    out.printf(
        java.util.Locale.ROOT,
        "%d cases, %d documents read, %d segment codings, %d problems; outputs in %s%n",
        result.corpus().cases().size(),
        result.documentsRead(),
        result.codings().size(),
        result.problems().size(),
        project.out);
    return result.problems().stream().allMatch(Problem::isNotice) ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }
}
