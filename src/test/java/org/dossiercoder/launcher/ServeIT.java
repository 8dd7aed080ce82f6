package org.dossiercoder.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/dossiercoder serve} as separate processes: a second server on the same output folder
 * is refused with exit code 2 while the first runs, and the lock goes with the first process.
 */
class ServeIT {
  static final Path REPO = Path.of("").toAbsolutePath();

  @TempDir Path dir;

  private ProcessBuilder command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(REPO.resolve("bin/dossiercoder").toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
  }

  /** Starts a server and returns it once it printed its address. */
  private Process serve(Path out, Path corpus) throws Exception {
    Process p = command("serve", "--port", "0", "--coder", "it", "--out", out.toString(), "--corpus", corpus.toString())
        .start();
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = r.readLine();
    assertTrue(line != null && line.contains("http://127.0.0.1:"), String.valueOf(line));
    return p;
  }

  @Test
  void aSecondServeOnTheSameFolderExitsTwoUntilTheFirstIsGone() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("c1"));
    Files.writeString(corpus.resolve("cases.csv"), "case_id,age\nc1,14\n");
    Files.writeString(corpus.resolve("c1/journaal.txt"), "01-02-2015 Lln is brutaal tegen de mentor.\n");
    Path out = dir.resolve("out");
    Process run = command("run", "--out", out.toString(), "--corpus", corpus.toString()).start();
    run.getInputStream().readAllBytes();
    assertTrue(run.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, run.exitValue());

    Process first = serve(out, corpus);
    try {
      Process second = command("serve", "--port", "0", "--out", out.toString(), "--corpus", corpus.toString()).start();
      String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(second.waitFor(2, TimeUnit.MINUTES));
      assertEquals(2, second.exitValue(), said);
      assertTrue(said.contains("already running on this output folder at http://127.0.0.1:"), said);
    } finally {
      first.destroy();
      assertTrue(first.waitFor(1, TimeUnit.MINUTES));
    }
    Process third = serve(out, corpus);
    third.destroy();
    assertTrue(third.waitFor(1, TimeUnit.MINUTES), "the lock went with the first process");
  }
}
