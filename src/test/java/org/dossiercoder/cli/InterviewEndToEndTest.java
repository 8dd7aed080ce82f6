package org.dossiercoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dossiercoder.codebook.CodebookFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interviews through the whole pipeline: turns in the store and segments.csv, interviewer
 * questions not coded, a transcript without turns reported but read, topic lists kept out of the
 * case-level outputs, and turn-level evaluation against a hand-made gold.
 */
class InterviewEndToEndTest {
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
            rules: [{query: gepest}]
        """);
    CodebookFixtures.codebook(books, "topics_demo", """
        id: topics_demo
        label: Itemlijst
        kind: topics
        codes:
          - id: c1
            label: Profiel
          - id: i1a
            parent: c1
            label: Thuissituatie
            rules: [{question: thuis}]
          - id: i1b
            parent: c1
            label: Angst en pesten
            rules: [{query: 'gepest OR bang'}]
          - id: c2
            label: Verzuim
          - id: i2a
            parent: c2
            label: Ontstaan
            rules: [{query: begon}]
        """);
    Files.createDirectories(corpus.resolve("k1"));
    Files.createDirectories(corpus.resolve("k2"));
    Files.writeString(corpus.resolve("cases.csv"), "case_id,age\nk1,14\nk2,15\n", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("k1/journaal.txt"), "01-02-2015 Lln komt niet op school.\n", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("k1/interview-ouder.txt"), """
        Interview ouder, casus k1
        I: Is ze gepest op school?
        R: Nee. Ze was wel bang in de klas.
        I: Hoe gaat het thuis?
        R: Rustig, we wonen met z'n drieën.
        I: Wanneer begon het verzuim?
        R: In de brugklas begon het.
        I: Nog iets?
        R: Nee. Het begon allemaal pas laat.
        """, StandardCharsets.UTF_8);
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream o = Files.newOutputStream(corpus.resolve("k1/interview-leerling.docx"))) {
      String[][] rows = {
        {"Interviewer", "Hoe gaat het thuis?"},
        {"Leerling", "Goed. Mijn moeder helpt me."},
        {"Interviewer", "Was je bang?"},
        {"Leerling", "Een beetje."}
      };
      XWPFTable table = doc.createTable(rows.length, 2);
      for (int i = 0; i < rows.length; i++) {
        table.getRow(i).getCell(0).setText(rows[i][0]);
        table.getRow(i).getCell(1).setText(rows[i][1]);
      }
      doc.write(o);
    }
    Files.writeString(corpus.resolve("k2/interview-mentor.txt"),
        "Gesprek met de mentor.\nZe zegt dat de leerling gepest werd.\n", StandardCharsets.UTF_8);
  }

  private CliRunner run() {
    return CliRunner.run("run", "--corpus", corpus.toString(), "--codebooks", books.toString(), "--out", out.toString());
  }

  @Test
  void turnsAreStoredAndWrittenAndInterviewerQuestionsAreNotEvidence() throws Exception {
    CliRunner r = run();
    assertEquals(0, r.exit, "a notice: the document was still read and coded\n" + r);
    assertTrue(r.out.contains("2 cases, 4 documents read"), "the transcript without turns is read: " + r);
    List<Map<String, String>> problems = CsvRows.read(out.resolve("problems.csv"));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("k2/interview-mentor.txt", problems.get(0).get("file"));
    assertEquals("no-turns", problems.get(0).get("problem"));
    assertTrue(problems.get(0).get("message").contains("coded as plain text"));

    List<Map<String, String>> codes = CsvRows.read(out.resolve("case-codes.csv"));
    assertEquals(List.of("case_id", "risicoprofiel.gedrag"), List.copyOf(codes.get(0).keySet()),
        "a topic list is not a case-level variable");
    assertEquals("0", codes.get(0).get("risicoprofiel.gedrag"), "'Is ze gepest?' asked by the interviewer is no evidence");
    assertEquals("1", codes.get(1).get("risicoprofiel.gedrag"), "plain text counts as the respondent's");

    List<Map<String, String>> segments = CsvRows.read(out.resolve("segments.csv"));
    Map<String, String> thuis = segments.stream()
        .filter(s -> s.get("code").equals("i1a") && s.get("doc_id").equals("k1/interview-leerling.docx"))
        .findFirst().orElseThrow();
    assertEquals("topics_demo", thuis.get("codebook"));
    assertEquals("2", thuis.get("turn"));
    assertEquals("Leerling", thuis.get("speaker"));
    assertEquals("respondent", thuis.get("speaker_kind"));
    assertEquals("leerling", thuis.get("role"));
    assertEquals("Hoe gaat het thuis?", thuis.get("question"));
    Map<String, String> plain = segments.stream()
        .filter(s -> s.get("doc_id").equals("k2/interview-mentor.txt") && s.get("codebook").equals("risicoprofiel"))
        .findFirst().orElseThrow();
    assertEquals("0", plain.get("turn"));
    assertEquals("", plain.get("speaker_kind"));
    assertEquals("mentor", plain.get("role"));
    assertFalse(segments.stream().anyMatch(s -> s.get("speaker_kind").equals("interviewer")));

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("dossiercoder.db"));
        Statement s = c.createStatement()) {
      List<String> turns = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT turn, speaker, speaker_kind, role, question, text FROM segments"
          + " WHERE doc_id = 'k1/interview-ouder.txt' ORDER BY ordinal")) {
        while (rs.next()) {
          turns.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
              + rs.getString(5) + "|" + rs.getString(6));
        }
      }
      assertEquals("0||header|ouder||Interview ouder, casus k1", turns.get(0));
      assertEquals("1|I|interviewer|ouder||Is ze gepest op school?", turns.get(1));
      assertEquals("2|R|respondent|ouder|Is ze gepest op school?|Ze was wel bang in de klas.", turns.get(3));
      try (ResultSet rs = s.executeQuery("SELECT turn, speaker_kind, question FROM codings WHERE code = 'i2a' ORDER BY turn")) {
        assertTrue(rs.next());
        assertEquals(6, rs.getInt(1));
        assertEquals("respondent", rs.getString(2));
        assertEquals("Wanneer begon het verzuim?", rs.getString(3));
      }
    }
  }

  private Path gold(String rows) throws Exception {
    Path gold = dir.resolve("turn-gold.csv");
    Files.writeString(gold, "file,turn,codebook,code\n" + rows, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("turn-gold-files.txt"),
        "# transcripts coded by hand\nk1/interview-ouder.txt\nk1/interview-leerling.docx\n", StandardCharsets.UTF_8);
    return gold;
  }

  @Test
  void turnLevelEvaluationScoresEveryRespondentTurn() throws Exception {
    run();
    Path gold = gold("""
        k1/interview-ouder.txt,2,topics_demo,i1b
        k1/interview-ouder.txt,4,topics_demo,i1a
        k1/interview-ouder.txt,6,topics_demo,i2a
        k1/interview-leerling.docx,2,topics_demo,i1a
        k1/interview-leerling.docx,4,topics_demo,i1b
        """);
    CliRunner r = CliRunner.run("evaluate", "--turn-gold", gold.toString(), "--codebook", "topics_demo",
        "--coded", out.resolve("case-codes.csv").toString(), "--codebooks", books.toString());
    assertEquals(0, r.exit, r.toString());
    assertTrue(r.out.contains("6 respondent turns in 2 transcripts"), r.out);
    // Units: ouder 2, 4, 6, 8 and leerling 2, 4. Automatic: i1b on ouder 2 (leerling 4 missed:
    // the word is in the question), i1a on ouder 4 and leerling 2, i2a on ouder 6 and 8 (8 wrong).
    Map<String, Map<String, String>> scores = CsvRows.read(out.resolve("evaluation-turns.csv")).stream()
        .collect(Collectors.toMap(s -> s.get("code"), s -> s));
    assertEquals(List.of("topics_demo.c1", "topics_demo.i1a", "topics_demo.i1b", "topics_demo.c2", "topics_demo.i2a"),
        CsvRows.read(out.resolve("evaluation-turns.csv")).stream().map(s -> s.get("code")).toList());
    assertRow(scores.get("topics_demo.c1"), "6", "4", "3", "0", "1", "2", "1.000", "0.750", "0.857", "0.667");
    assertRow(scores.get("topics_demo.i1a"), "6", "2", "2", "0", "0", "4", "1.000", "1.000", "1.000", "1.000");
    assertRow(scores.get("topics_demo.i1b"), "6", "2", "1", "0", "1", "4", "1.000", "0.500", "0.667", "0.571");
    assertRow(scores.get("topics_demo.c2"), "6", "1", "1", "1", "0", "4", "0.500", "1.000", "0.667", "0.571");
    assertRow(scores.get("topics_demo.i2a"), "6", "1", "1", "1", "0", "4", "0.500", "1.000", "0.667", "0.571");
    assertTrue(r.out.contains("topics_demo          mean kappa 0.676, lowest 0.571 (over 5 codes with defined kappa)"), r.out);
  }

  private static void assertRow(Map<String, String> row, String... expected) {
    List<String> keys = List.of("n", "support", "tp", "fp", "fn", "tn", "precision", "recall", "f1", "kappa");
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(expected[i], row.get(keys.get(i)), row.get("code") + " " + keys.get(i));
    }
  }

  @Test
  void aGoldTurnThatIsNoRespondentTurnIsOneClearLine() throws Exception {
    run();
    Path gold = gold("k1/interview-ouder.txt,3,topics_demo,i1a\n");
    CliRunner r = CliRunner.run("evaluate", "--turn-gold", gold.toString(),
        "--coded", out.resolve("case-codes.csv").toString(), "--codebooks", books.toString());
    assertEquals(2, r.exit, r.toString());
    assertTrue(r.err.contains("turn-gold.csv:2: turn 3 of k1/interview-ouder.txt is not a respondent turn"), r.err);
    Path unknown = gold("k1/interview-ouder.txt,2,topics_demo,i9z\n");
    r = CliRunner.run("evaluate", "--turn-gold", unknown.toString(),
        "--coded", out.resolve("case-codes.csv").toString(), "--codebooks", books.toString());
    assertEquals(2, r.exit, r.toString());
    assertTrue(r.err.contains("code 'i9z' is not a code of topics_demo"), r.err);
    r = CliRunner.run("evaluate", "--coded", out.resolve("case-codes.csv").toString());
    assertEquals(2, r.exit, r.toString());
    assertTrue(r.err.contains("give either --gold or --turn-gold"), r.err);
  }
}
