package org.dossiercoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossiercoder.codebook.CodebookFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  @TempDir Path dir;

  /** A clock the test moves: one second per step. */
  static final class Clock implements java.util.function.LongSupplier {
    long nanos;

    @Override
    public long getAsLong() {
      return nanos;
    }
  }

  @Test
  void theBarShowsStageCountPercentageAndRate() {
    assertEquals("read   [###############...............]     44/87 documents  50%    12.3/s",
        Progress.bar("read", "documents", 44, 87, 12.34, 30));
    assertEquals("read   [..............................]      0/87 documents   0%     0.0/s",
        Progress.bar("read", "documents", 0, 87, 0, 30));
    assertEquals("tables [##########]     44/44 cases 100%     2.0/s", Progress.bar("tables", "cases", 44, 44, 2, 10));
    assertEquals("code   [##########]       0/0 cases 100%     0.0/s", Progress.bar("code", "cases", 0, 0, 0, 10),
        "an empty stage is complete");
    assertEquals("read   [##########]       5/3 documents 100%     1.0/s", Progress.bar("read", "documents", 5, 3, 1, 10));
  }

  @Test
  void withoutATerminalEveryTenthIsOnePlainLine() {
    StringWriter out = new StringWriter();
    Clock clock = new Clock();
    Progress p = new Progress(new PrintWriter(out), false, clock);
    p.progress("read", 0, 20);
    for (int i = 1; i <= 20; i++) {
      clock.nanos += 500_000_000L;
      p.progress("read", i, 20);
      p.progress("read", i - 1, 20); // a late report from another thread changes nothing
    }
    p.progress("code", 0, 3);
    clock.nanos += 2_000_000_000L;
    p.progress("code", 3, 3);
    p.log("coded 7 segment codings");
    List<String> lines = out.toString().lines().toList();
    assertEquals(12, lines.size(), out.toString());
    assertEquals("dossiercoder: read 2/20 documents (10%) after 1.0 s, 2.0 documents/s", lines.get(0));
    assertEquals("dossiercoder: read 20/20 documents (100%) after 10.0 s, 2.0 documents/s", lines.get(9));
    assertEquals("dossiercoder: code 3/3 cases (100%) after 2.0 s, 1.5 cases/s", lines.get(10));
    assertEquals("dossiercoder: coded 7 segment codings", lines.get(11));
    assertFalse(out.toString().contains("\r"), "no carriage returns in a log file");
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlaceAtMostTenTimesASecond() {
    StringWriter out = new StringWriter();
    Clock clock = new Clock();
    Progress p = new Progress(new PrintWriter(out), true, clock);
    p.progress("read", 0, 1000);
    for (int i = 1; i <= 1000; i++) {
      clock.nanos += 1_000_000L; // 1 ms per document: 1 s in all
      p.progress("read", i, 1000);
    }
    String s = out.toString();
    long draws = s.chars().filter(c -> c == '\r').count();
    assertTrue(draws >= 10 && draws <= 12, draws + " redraws");
    assertTrue(s.endsWith(Progress.bar("read", "documents", 1000, 1000, 1000, Progress.WIDTH) + System.lineSeparator()),
        "the finished bar stays, followed by a new line");
    p.progress("store", 0, 5);
    p.log("applied 2 manual decisions");
    assertTrue(out.toString().endsWith("\rdossiercoder: applied 2 manual decisions" + System.lineSeparator()),
        "a log line first clears the bar");
  }

  @Test
  void runWritesProgressLinesWhenNotOnATerminal() throws Exception {
    Path corpus = dir.resolve("corpus");
    Path books = dir.resolve("codebooks");
    CodebookFixtures.lexicon(books);
    CodebookFixtures.codebook(books, "risicoprofiel", """
        id: risicoprofiel
        label: Risicoprofielen
        kind: multi
        codes:
          - id: gedrag
            label: Gedragsproblematiek
            rules: [{query: 'brutaal'}]
        """);
    Files.createDirectories(corpus.resolve("k1"));
    Files.writeString(corpus.resolve("cases.csv"), "case_id,age\nk1,14\n");
    Files.writeString(corpus.resolve("k1/journaal.txt"), "01-02-2015 Lln was brutaal.\n");
    Files.writeString(corpus.resolve("k1/opp.txt"), "Werkhouding: lln plant slecht.\n");
    CliRunner r = CliRunner.run("run", "--corpus", corpus.toString(), "--codebooks", books.toString(),
        "--out", dir.resolve("out").toString(), "--threads", "1");
    assertEquals(0, r.exit, r.toString());
    List<String> err = r.err.lines().toList();
    assertTrue(err.stream().anyMatch(l -> l.startsWith("dossiercoder: read 1/2 documents (50%) after ")), r.err);
    assertTrue(err.stream().anyMatch(l -> l.startsWith("dossiercoder: read 2/2 documents (100%) after ")), r.err);
    for (String stage : List.of("code 1/1 cases", "store 1/1 codings", "tables 1/1 cases")) {
      assertTrue(err.stream().anyMatch(l -> l.startsWith("dossiercoder: " + stage + " (100%)")), stage + "\n" + r.err);
    }
    assertFalse(r.err.contains("\r"));
  }
}
