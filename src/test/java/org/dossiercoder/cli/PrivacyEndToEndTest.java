package org.dossiercoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossiercoder.codebook.CodebookFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planted personal data never reaches an output, the index or the database in full. */
class PrivacyEndToEndTest {
  /** Synthetic values: an 11-proef-valid BSN, the IBAN standard's example, example.nl mail. */
  static final List<String> PLANTED = List.of(
      "1112.22.333", "111222333", "06-12345678", "0612345678", "j.de.vries@example.nl", "14-05-2001",
      "NL91ABNA0417164300", "Kerkstraat 12");

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
          - {id: gedrag, label: Gedrag, rules: [{query: 'agressief OR brutaal'}]}
          - {id: persoonlijk, label: Persoonlijk, rules: [{query: 'scheiding'}]}
        """);
    Files.createDirectories(corpus.resolve("k1"));
    Files.createDirectories(corpus.resolve("k2"));
    Files.createDirectories(corpus.resolve("k3"));
    Files.writeString(corpus.resolve("cases.csv"), "case_id,age,sex\nk1,13,M\nk2,14,V\nk3,15,M\n");
    Files.writeString(corpus.resolve("k1/journaal.txt"), String.join("\n",
        "01-02-2015 Doorgestuurde brief school: leerling geboren 14-05-2001, BSN 1112.22.333.",
        "02-02-2015 Moeder bereikbaar op 06-12345678 of j.de.vries@example.nl, woont Kerkstraat 12.",
        "03-02-2015 Terugbetaling naar NL91ABNA0417164300. Lln is agressief in de klas.",
        "04-02-2015 Overleg gepland op 12-03-2015, dossiernummer 2015-0347."), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("k2/journaal.txt"), "01-03-2015 Lln is brutaal; ouders in scheiding.\n");
    Files.writeString(corpus.resolve("k3/journaal.txt"), "01-04-2015 Lln is agressief.\n");
  }

  private CliRunner run(String... extra) {
    String[] base = {"run", "--corpus", corpus.toString(), "--codebooks", books.toString(), "--out", out.toString()};
    String[] args = Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
    return CliRunner.run(args);
  }

  /** Every file under the output folder (index and database included) and both streams. */
  private void assertNoPlantedValue(CliRunner r) throws Exception {
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String v : PLANTED) {
          assertFalse(content.contains(v), v + " leaked into " + f);
        }
      }
    }
    for (String v : PLANTED) {
      assertFalse(r.out.contains(v) || r.err.contains(v), v + " leaked into the console");
    }
  }

  @Test
  void blockKeepsTheDocumentOutAndReportsMaskedFindings() throws Exception {
    CliRunner r = run();
    assertEquals(1, r.exit, r.toString());
    assertTrue(r.err.contains("problem: k1/journaal.txt: personal-data:"), r.err);
    List<Map<String, String>> findings = CsvRows.read(out.resolve("privacy-findings.csv"));
    assertEquals(java.util.Set.of("bsn", "telefoon", "email", "adres", "geboortedatum", "iban"),
        findings.stream().map(f -> f.get("category")).collect(java.util.stream.Collectors.toSet()));
    assertTrue(findings.stream().allMatch(f -> f.get("masked_value").contains("\u2022")), "values are masked");
    assertTrue(findings.stream().allMatch(f -> f.get("file").equals("k1/journaal.txt")));
    assertFalse(findings.stream().anyMatch(f -> f.get("masked_value").startsWith("12-03")), "a meeting date is no birth date");
    List<Map<String, String>> codes = CsvRows.read(out.resolve("case-codes.csv"));
    assertEquals("0", codes.get(0).get("risicoprofiel.gedrag"), "the blocked document was not coded");
    assertEquals("1", codes.get(1).get("risicoprofiel.gedrag"));
    assertNoPlantedValue(r);
  }

  @Test
  void redactReplacesValuesByPlaceholdersEverywhere() throws Exception {
    CliRunner r = run("--pii", "redact");
    assertEquals(0, r.exit, r.toString());
    StringBuilder stored = new StringBuilder();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + out.resolve("dossiercoder.db"));
        java.sql.ResultSet rs = c.createStatement().executeQuery(
            "SELECT text FROM segments WHERE doc_id = 'k1/journaal.txt' ORDER BY ordinal")) {
      while (rs.next()) {
        stored.append(rs.getString(1)).append('\n');
      }
    }
    for (String placeholder : List.of("[BSN]", "[TELEFOON]", "[EMAIL]", "[ADRES]", "[GEBOORTEDATUM]", "[IBAN]")) {
      assertTrue(stored.toString().contains(placeholder), placeholder + " in " + stored);
    }
    assertEquals("1", CsvRows.read(out.resolve("case-codes.csv")).get(0).get("risicoprofiel.gedrag"));
    assertNoPlantedValue(r);
  }

  @Test
  void aBlockedDocumentThatWasIndexedBeforeIsPurged() throws Exception {
    assertEquals(0, run("--pii", "report").exit);
    assertEquals(1, run().exit);
    assertNoPlantedValue(CliRunner.run("--help"));
  }

  @Test
  void smallCellsAreSuppressedAndTheReportSaysSo() throws Exception {
    assertEquals(0, run("--pii", "redact", "--min-cell", "3").exit);
    List<Map<String, String>> t3 = CsvRows.read(out.resolve("tables/tabel3.csv"));
    assertTrue(t3.stream().anyMatch(row -> row.containsValue("<3")), t3.toString());
    for (Map<String, String> row : t3) {
      String count = row.values().stream().skip(1).findFirst().orElseThrow();
      String pct = row.values().stream().skip(2).findFirst().orElseThrow();
      if (count.equals("<3")) {
        assertEquals("", pct, "the percentage of a suppressed cell is suppressed too");
      }
    }
    assertTrue(Files.readString(out.resolve("report.md")).contains("Kleine aantallen zijn onderdrukt (k = 3)"));
  }

  @Test
  void tablesCommandRebuildsTheSameTablesWithSuppressionFromTheStore() throws Exception {
    CliRunner none = CliRunner.run("tables", "--corpus", corpus.toString(), "--codebooks", books.toString(),
        "--out", out.toString());
    assertEquals(2, none.exit);
    assertTrue(none.err.contains("no coded project here; run 'dossiercoder run' first"), none.err);

    assertEquals(0, run("--pii", "redact", "--min-cell", "3").exit);
    String byRun = Files.readString(out.resolve("tables/tabel3.csv"));
    assertEquals(0, run("--pii", "redact").exit);
    assertFalse(Files.readString(out.resolve("tables/tabel3.csv")).contains("<3"));
    CliRunner tables = CliRunner.run("tables", "--corpus", corpus.toString(), "--codebooks", books.toString(),
        "--out", out.toString(), "--min-cell", "3");
    assertEquals(0, tables.exit, tables.toString());
    assertEquals(byRun, Files.readString(out.resolve("tables/tabel3.csv")));
    assertTrue(Files.readString(out.resolve("report.md")).contains("Kleine aantallen zijn onderdrukt (k = 3)"));
  }

  @Test
  void pseudonymsReplaceCaseIdsStablyAndTheKeyIsNeverWritten() throws Exception {
    Path key = dir.resolve("sleutel.key");
    String secret = "een-geheime-sleutel-van-de-onderzoeker";
    Files.writeString(key, secret);
    assertEquals(0, run("--pii", "redact", "--pseudonymise", key.toString()).exit);
    List<String> ids = CsvRows.read(out.resolve("case-codes.csv")).stream().map(c -> c.get("case_id")).toList();
    assertTrue(ids.stream().noneMatch(List.of("k1", "k2", "k3")::contains), ids.toString());
    assertTrue(ids.stream().allMatch(i -> i.startsWith("P")), ids.toString());
    assertFalse(Files.readString(out.resolve("segments.csv")).contains("k1/"), "document ids carry the pseudonym");
    assertEquals(0, run("--pii", "redact", "--pseudonymise", key.toString()).exit);
    assertEquals(ids, CsvRows.read(out.resolve("case-codes.csv")).stream().map(c -> c.get("case_id")).toList());
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".md")).toList()) {
        assertFalse(Files.readString(f).contains(secret), "key written into " + f);
      }
    }
  }

  @Test
  void badSharingOptionsAreOneLineAndWriteNothing() {
    CliRunner pii = run("--pii", "maybe");
    assertEquals(2, pii.exit);
    assertEquals(1, pii.err.strip().lines().count(), pii.err);
    assertTrue(pii.err.contains("unknown --pii mode 'maybe'; expected block, redact or report"), pii.err);
    CliRunner cell = run("--min-cell", "1");
    assertEquals(2, cell.exit);
    assertTrue(cell.err.startsWith("error: --min-cell must be at least 2"), cell.err);
    CliRunner key = run("--pseudonymise", dir.resolve("geen-sleutel.key").toString());
    assertEquals(2, key.exit);
    assertEquals(1, key.err.strip().lines().count(), key.err);
    assertTrue(key.err.contains("geen-sleutel.key"), key.err);
    assertFalse(Files.exists(out), "nothing written");
  }
}
