package org.dossiercoder.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossiercoder.Pipeline;
import org.dossiercoder.Project;
import org.dossiercoder.refi.ProjectExport;
import org.dossiercoder.refi.RefiExport;
import org.dossiercoder.refi.RefiImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossiercoder refi …}: exchange with ATLAS.ti, MAXQDA, NVivo, QualCoder (REFI-QDA 1.0). */
@Command(
    name = "refi",
    mixinStandardHelpOptions = true,
    description = "Exchange codebooks (.qdc) and projects (.qdpx) with other QDA tools in the REFI-QDA standard.",
    subcommands = {RefiCommand.ExportCodebook.class, RefiCommand.ExportProject.class, RefiCommand.ImportCodebook.class})
final class RefiCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code refi export-codebook}. */
  @Command(name = "export-codebook", mixinStandardHelpOptions = true,
      description = "Writes the codebooks as a REFI-QDA codebook (.qdc); rules travel in each code's description.")
  static final class ExportCodebook implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Option(names = "--file", paramLabel = "QDC", description = "File to write (default: <out>/codebooks.qdc).")
    Path file;

    @Override
    public Integer call() throws Exception {
      Path target = file != null ? file : project.out.resolve("codebooks.qdc");
      var books = Pipeline.loadCodebooks(project.codebooks).codebooks();
      RefiExport.writeCodebook(books.list(), target);
      spec.commandLine().getOut().println(books.list().size() + " codebooks written to " + target);
      return ExitCodes.OK;
    }
  }

  /** {@code refi export-project}. */
  @Command(name = "export-project", mixinStandardHelpOptions = true,
      description = {"Writes the coded project as a REFI-QDA project (.qdpx): documents as indexed, codes,",
        "codings with their coder (decisions applied), case variables and memos."})
  static final class ExportProject implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOptions project;

    @Option(names = "--file", paramLabel = "QDPX", description = "File to write (default: <out>/project.qdpx).")
    Path file;

    @Override
    public Integer call() throws Exception {
      Path target = file != null ? file : project.out.resolve("project.qdpx");
      try (Project p = ReviewCommand.open(project)) {
        var qda = ProjectExport.of(p, "dossiercoder: " + project.corpus.getFileName());
        RefiExport.writeProject(qda, target);
        spec.commandLine().getOut().println(qda.sources().size() + " documents and " + qda.codings().size()
            + " codings written to " + target);
      }
      return ExitCodes.OK;
    }
  }

  /** {@code refi import-codebook}. */
  @Command(name = "import-codebook", mixinStandardHelpOptions = true,
      description = {"Validates a .qdc made by dossiercoder or another tool and writes its codebooks into",
        "the codebook folder as YAML (codes without rules are coded by hand); all or nothing."})
  static final class ImportCodebook implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "QDC", description = "The codebook file.")
    Path qdc;

    @Option(names = "--codebooks", paramLabel = "DIR", description = "Codebook folder to write into (default: ${DEFAULT-VALUE}).")
    Path codebooks = ProjectOptions.home("codebooks");

    @Option(names = "--replace", description = "Replace codebooks with the same id (default: refuse).")
    boolean replace;

    @Override
    public Integer call() throws Exception {
      List<Path> written = RefiImport.importCodebooks(qdc, codebooks, replace);
      written.forEach(p -> spec.commandLine().getOut().println("written " + p));
      return ExitCodes.OK;
    }
  }
}
