package org.dossiercoder.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossiercoder.Pipeline;
import org.dossiercoder.RunOptions;
import org.dossiercoder.RunResult;
import org.dossiercoder.StageStats;
import org.dossiercoder.synth.SyntheticCorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossiercoder bench}: throughput per stage and peak heap on a generated corpus. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a synthetic corpus (mixed .txt/.docx/.pdf/.odt/.rtf), runs the whole pipeline on it",
      "and reports documents/s and MB/s per stage (extract, scan, index, code, store, tables) and peak heap."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cases", paramLabel = "N", description = "Cases to generate (default: ${DEFAULT-VALUE}).")
  int cases = 1000;

  @Option(names = "--seed", paramLabel = "N", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--codebooks", paramLabel = "DIR", description = "Codebook folder (default: ${DEFAULT-VALUE}).")
  Path codebooks = ProjectOptions.home("codebooks");

  @Option(names = "--work", paramLabel = "DIR", description = "Folder for the generated corpus and outputs (default: a temporary folder).")
  Path work;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (cases < 1 || threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--cases and --threads must be at least 1");
    }
    Path dir = work != null ? work : Files.createTempDirectory("dossiercoder-bench");
    long g0 = System.nanoTime();
    SyntheticCorpusGenerator.GeneratedCorpus corpus =
        SyntheticCorpusGenerator.generate(dir.resolve("corpus"), cases, seed);
    double genSeconds = (System.nanoTime() - g0) / 1e9;
    out.printf(Locale.ROOT, "generated %d cases, %d documents, %.1f MB in %.1f s (%s)%n",
        corpus.cases(), corpus.documents(), corpus.bytes() / 1e6, genSeconds, corpus.dir());
    resetPeaks();
    long t0 = System.nanoTime();
    Progress progress = Progress.forConsole(spec.commandLine().getErr());
    RunResult result;
    try {
      result = Pipeline.run(
          RunOptions.builder().corpus(corpus.dir()).codebooks(codebooks).out(dir.resolve("outputs")).threads(threads).build(),
          line -> { }, progress);
    } finally {
      progress.finish();
    }
    Pipeline.writeOutputs(result, dir.resolve("outputs"));
    double total = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "threads %d, max heap %d MB%n", threads, Runtime.getRuntime().maxMemory() >> 20);
    for (StageStats s : result.stages()) {
      out.println(s.toLine());
    }
    out.printf(Locale.ROOT, "total    %.2f s wall (run + outputs), %.1f documents/s, %d segment codings, %d problems%n",
        total, corpus.documents() / total, result.codings().size(), result.problems().size());
    out.printf(Locale.ROOT, "peak heap %.1f MB (sum of per-pool peaks)%n", peakHeap() / 1e6);
    return ExitCodes.OK;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
