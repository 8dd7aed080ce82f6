package org.dossiercoder.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's command, {@code bin/dossiercoder}, as a separate process on the sample corpus. */
class LauncherIT {
  static final Path REPO = Path.of("").toAbsolutePath();

  @TempDir Path out;

  private static String[] run(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(REPO.resolve("bin/dossiercoder").toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished in time");
    return new String[] {Integer.toString(p.exitValue()), output};
  }

  @Test
  void runFromAnotherFolderCodesTheBundledSampleIntoTheGivenFolder() throws Exception {
    String[] r = run(out, "run", "--out", out.resolve("outputs").toString());
    assertEquals("0", r[0], r[1]);
    assertTrue(r[1].contains("1900 cases, 4740 documents read"), r[1]);
    for (String f : List.of("case-codes.csv", "segments.csv", "problems.csv", "privacy-findings.csv", "report.md",
        "tables/tabel9.csv", "tables/tabellen.xlsx")) {
      assertTrue(Files.isRegularFile(out.resolve("outputs").resolve(f)), f);
    }
  }

  @Test
  void helpIsPicocliGeneratedAndBadOptionsExitTwo() throws Exception {
    String[] help = run(REPO, "--help");
    assertEquals("0", help[0]);
    assertTrue(help[1].contains("Usage: dossiercoder"), help[1]);
    String[] bad = run(REPO, "run", "--min-cell", "1", "--out", out.toString());
    assertEquals("2", bad[0], bad[1]);
  }
}
