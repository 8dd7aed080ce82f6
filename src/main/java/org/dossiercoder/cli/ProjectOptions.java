package org.dossiercoder.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that work on a corpus, codebooks and an output folder. */
final class ProjectOptions {
  /**
   * A default folder: inside the installation when the launcher says where that is, so that
   * {@code bin/dossiercoder run} works from any folder; else relative to the current folder.
   */
  static Path home(String name) {
    String home = System.getProperty("dossiercoder.home");
    return home == null ? Path.of(name) : Path.of(home).resolve(name);
  }

  @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus = home("corpus-sample");

  @Option(names = "--codebooks", paramLabel = "DIR", description = "Codebook folder (default: ${DEFAULT-VALUE}).")
  Path codebooks = home("codebooks");

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder with database and index (default: ${DEFAULT-VALUE}).")
  Path out = home("outputs");
}
