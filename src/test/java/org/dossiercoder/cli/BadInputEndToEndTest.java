package org.dossiercoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.ingest.TextDecoding;
import org.dossiercoder.synth.DocumentFormatWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run goes on past bad files, reports each as one line, and loses nothing already coded. */
class BadInputEndToEndTest {
  @TempDir Path dir;
  Path corpus;
  Path books;
  Path out;

  @BeforeEach
  void corpus() throws Exception {
    corpus = dir.resolve("corpus");
    books = dir.resolve("codebooks");
    out = dir.resolve("out");
    CodebookFixtures.lexicon(books);
    CodebookFixtures.codebook(books, "risicoprofiel", """
        id: risicoprofiel
        label: Risicoprofielen
        kind: multi
        codes:
          - id: gedrag
            label: Gedragsproblematiek
            rules: [{query: 'agressief OR brutaal'}]
          - id: persoonlijk
            label: Persoonlijke problematiek
            rules: [{query: 'scheiding OR ziekte'}]
        """);
    Files.createDirectories(corpus);
    Files.write(corpus.resolve("cases.csv"),
        "case_id;age;sex\nk1;14;M\nk2;15;V\nk3;16;M\nk2;17;V\nk9;15;V\n".getBytes(TextDecoding.WINDOWS_1252));
    for (String k : List.of("k1", "k2", "k3", "stray")) {
      Files.createDirectories(corpus.resolve(k));
    }
    DocumentFormatWriter.write(corpus.resolve("k1/journaal.docx"), "01-02-2015 Lln is agressief in de klas.\n02-02-2015 Moeder belt.");
    DocumentFormatWriter.write(corpus.resolve("k1/opp.pdf"), "Gezondheid\nBelemmerende factoren: ziekte van Pfeiffer, één week.");
    DocumentFormatWriter.write(corpus.resolve("k1/verslag.odt"), "Verslag: lln was brutaal tegen de coördinator.");
    DocumentFormatWriter.write(corpus.resolve("k1/brief.rtf"), "Brief over de scheiding van ouders.");
    Files.write(corpus.resolve("k2/journaal.txt"),
        "01-03-2015 Lln vertelt over de scheiding, hij is geïrriteerd.\n".getBytes(TextDecoding.WINDOWS_1252));
    Files.write(corpus.resolve("k2/leeg.txt"), new byte[0]);
    Files.write(corpus.resolve("k2/kapot.docx"), "dit is geen docx".getBytes(StandardCharsets.UTF_8));
    DocumentFormatWriter.writeEncrypted(corpus.resolve("k3/opp.pdf"), "geheim", "wachtwoord");
    DocumentFormatWriter.writeText(corpus.resolve("k3/journaal.txt"), "01-04-2015 Lln is brutaal.", StandardCharsets.UTF_16LE, true);
    Files.writeString(corpus.resolve("k3/foto.jpg"), "x");
    Files.writeString(corpus.resolve("stray/journaal.txt"), "agressief");
  }

  private CliRunner run() {
    return CliRunner.run("run", "--corpus", corpus.toString(), "--codebooks", books.toString(), "--out", out.toString());
  }

  @Test
  void everyProblemIsOneLineAndTheRunCompletes() throws Exception {
    CliRunner r = run();
    assertEquals(1, r.exit, r.toString());
    Map<String, String> problems = CsvRows.read(out.resolve("problems.csv")).stream()
        .collect(Collectors.toMap(p -> p.get("file") + " " + p.get("problem"), p -> p.get("message"), (a, b) -> a + b));
    assertEquals(java.util.Set.of(
        "cases.csv:5 duplicate-case-id",
        "cases.csv row-without-case",
        "stray/ case-without-row",
        "k2/leeg.txt empty",
        "k2/kapot.docx corrupt",
        "k3/opp.pdf encrypted",
        "k3/foto.jpg unknown-extension"), problems.keySet());
    assertTrue(problems.get("k3/opp.pdf encrypted").contains("password-protected"));
    for (String key : problems.keySet()) {
      String file = key.substring(0, key.indexOf(' '));
      assertTrue(r.err.lines().anyMatch(l -> l.startsWith("problem: " + file)), "stderr names " + file);
    }
    List<Map<String, String>> codes = CsvRows.read(out.resolve("case-codes.csv"));
    assertEquals(List.of("k1", "k2", "k3", "k9"), codes.stream().map(c -> c.get("case_id")).toList());
    assertEquals("1", codes.get(0).get("risicoprofiel.gedrag"));
    assertEquals("1", codes.get(0).get("risicoprofiel.persoonlijk"), "pdf and rtf were read");
    assertEquals("1", codes.get(1).get("risicoprofiel.persoonlijk"), "windows-1252 journal was read");
    assertEquals("1", codes.get(2).get("risicoprofiel.gedrag"), "UTF-16 journal was read");
    assertEquals("0", codes.get(3).get("risicoprofiel.gedrag"));
    String segments = Files.readString(out.resolve("segments.csv"));
    assertTrue(segments.contains("geïrriteerd"), "accents survive windows-1252 decoding");
    assertTrue(segments.contains("brutaal tegen de coördinator"), "odt was read");
    assertFalse(segments.contains("stray"), "documents of a folder without a row are not coded");
  }

  @Test
  void aFileThatBreaksLaterKeepsItsEarlierCodings() throws Exception {
    assertEquals(1, run().exit);
    String before = Files.readString(out.resolve("segments.csv"));
    assertTrue(before.contains("k1/journaal.docx"));
    Files.writeString(corpus.resolve("k1/journaal.docx"), "now corrupt");
    CliRunner again = run();
    assertEquals(1, again.exit, again.toString());
    assertTrue(CsvRows.read(out.resolve("problems.csv")).stream()
        .anyMatch(p -> p.get("file").equals("k1/journaal.docx") && p.get("problem").equals("corrupt")));
    List<Map<String, String>> codes = CsvRows.read(out.resolve("case-codes.csv"));
    assertEquals("1", codes.get(0).get("risicoprofiel.gedrag"), "coded from the earlier, readable version");
    assertTrue(Files.readString(out.resolve("segments.csv")).contains("k1/journaal.docx"));
  }

  @Test
  void malformedCodebookStopsBeforeAnythingIsWrittenWithOneLine() throws Exception {
    CodebookFixtures.codebook(books, "interventie", """
        id: interventie
        label: Interventies
        kind: multi
        codes:
          - id: sanctionerend
            label: Sanctionerend
            rules:
              - id: pv
                query: 'proces-verbaal AND ('
        """);
    CliRunner r = run();
    assertEquals(2, r.exit, r.toString());
    List<String> lines = r.err.lines().toList();
    assertEquals(1, lines.size(), r.err);
    assertTrue(lines.get(0).startsWith("error: " + books.resolve("interventie.yaml") + ":9: code 'sanctionerend', rule 'pv': query does not parse"),
        lines.get(0));
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void aLaterRunThatFailsLeavesEarlierOutputsAndCodingsIntact() throws Exception {
    assertEquals(1, run().exit);
    String codes = Files.readString(out.resolve("case-codes.csv"));
    String segments = Files.readString(out.resolve("segments.csv"));
    CodebookFixtures.codebook(books, "risicoprofiel", "id: risicoprofiel\nlabel: R\nkind: multi\ncodes:\n  - id: gedrag\n    label: G\n    rules: [{query: 'a AND'}]\n");
    assertEquals(2, run().exit);
    assertEquals(codes, Files.readString(out.resolve("case-codes.csv")));
    assertEquals(segments, Files.readString(out.resolve("segments.csv")));
    try (org.dossiercoder.store.CodingStore store = org.dossiercoder.store.CodingStore.open(out.resolve("dossiercoder.db"))) {
      assertEquals(segments.lines().count() - 1, store.countCodings("auto"), "the database still holds the first run's codings");
    }
  }

  @Test
  void aBadTriggerLineStopsTheRunNamingFileAndLine() throws Exception {
    Path triggers = books.resolve("lexicon/context-triggers.txt");
    Files.writeString(triggers, Files.readString(triggers) + "nooit\tnegative\tforward\n");
    int line = (int) Files.readAllLines(triggers).size();
    CliRunner r = run();
    assertEquals(2, r.exit, r.toString());
    assertEquals("error: " + triggers + ":" + line
        + ": 'negative': type must be negated, hypothetical, other_person, pseudo or termination", r.err.strip());
    assertFalse(Files.exists(out), "nothing coded or written");
  }

  @Test
  void anUnknownSynonymListStopsTheRunNamingTheCodebook() throws Exception {
    CodebookFixtures.codebook(books, "partij", "id: partij\nlabel: P\nkind: multi\nsynonyms: [afk]\ncodes:\n  - {id: school, label: School}\n");
    CliRunner r = run();
    assertEquals(2, r.exit, r.toString());
    assertTrue(r.err.strip().startsWith("error: " + books.resolve("partij.yaml") + ":4: synonyms: "), r.err);
    assertTrue(r.err.contains("unknown synonym list 'afk'"), r.err);
  }

  @Test
  void contextScoringWithoutSegmentsIsOneClearLine() throws Exception {
    Path coded = dir.resolve("coded/case-codes.csv");
    Files.createDirectories(coded.getParent());
    Files.writeString(coded, "case_id,risicoprofiel.gedrag\nk1,1\n");
    Path mentions = dir.resolve("mentions.csv");
    Files.writeString(mentions, "case_id,file,sentence,code,context,counts\nk1,journaal.txt,Geen pesten.,risicoprofiel.gedrag,negated,no\n");
    CliRunner r = CliRunner.run("evaluate", "--gold", coded.toString(), "--coded", coded.toString(),
        "--contexts", mentions.toString(), "--codebooks", books.toString(), "--csv", dir.resolve("e.csv").toString());
    assertEquals(2, r.exit, r.toString());
    assertEquals("error: " + coded.getParent().resolve("segments.csv") + ": not found", r.err.strip());
  }

  @Test
  void missingCorpusIsOneClearLine() {
    CliRunner r = CliRunner.run("run", "--corpus", dir.resolve("nope").toString(), "--codebooks", books.toString(),
        "--out", out.toString());
    assertEquals(2, r.exit);
    assertEquals("error: " + dir.resolve("nope") + ": corpus folder not found; expected a folder with cases.csv",
        r.err.strip());
  }

  @Test
  void everySubcommandHasPicocliHelp() {
    for (String cmd : List.of("run", "evaluate", "explain", "bench", "tables", "agreement")) {
      CliRunner r = CliRunner.run(cmd, "--help");
      assertEquals(0, r.exit, cmd);
      assertTrue(r.out.contains("Usage: dossiercoder " + cmd), r.out);
    }
    CliRunner top = CliRunner.run("--help");
    assertTrue(top.out.contains("Exit codes:"), top.out);
  }
}
