package org.dossiercoder.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dossiercoder.Pipeline;
import org.dossiercoder.analysis.AttributeScheme;
import org.dossiercoder.ingest.Corpus;
import org.dossiercoder.web.ReviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossiercoder serve}: the review screen on a local web server. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the review screen on http://127.0.0.1:PORT/ (this computer only): browse cases and documents",
      "with their codings highlighted, accept or reject proposals, add codings by selecting text, and see",
      "the tables follow. Every change is a decision in the project's database. Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(names = "--port", paramLabel = "PORT", description = "Port on 127.0.0.1; 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--coder", paramLabel = "ID", description = "Coder id recorded with every decision (default: ${DEFAULT-VALUE}).")
  String coder = System.getProperty("user.name", "");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535");
    }
    if (coder == null || coder.isBlank()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--coder must not be empty");
    }
    Corpus corpus = Corpus.load(project.corpus);
    Pipeline.Setup setup = Pipeline.loadCodebooks(project.codebooks);
    AttributeScheme scheme = AttributeScheme.load(project.codebooks);
    ReviewServer server = ReviewServer.start(project.out, corpus, setup.codebooks(), scheme, coder, port, err);
    Thread hook = new Thread(() -> {
      try {
        server.close();
      } catch (java.io.IOException e) {
        // the process is ending; the operating system releases the lock anyway
      }
    }, "dossiercoder-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("Review screen for " + project.out + " at " + server.uri() + " (coder " + server.coder()
        + "); stop with Ctrl-C");
    out.flush();
    server.awaitClose();
    return ExitCodes.OK;
  }
}
