package org.dossiercoder.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.codebook.MatchContext;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.SpeakerKind;
import org.dossiercoder.report.MatrixFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Bijlage V framework matrix, the per-role summary and quotes, cell by cell. */
class FrameworkMatrixTest {
  @TempDir Path dir;
  Codebook book;

  @BeforeEach
  void topics() throws Exception {
    CodebookFixtures.lexicon(dir);
    Path file = CodebookFixtures.codebook(dir, "topics", """
        id: topics
        label: Item list
        kind: topics
        codes:
          - id: c1
            label: Profielen
          - id: i1a
            parent: c1
            label: persoonsschets
            rules: [{query: 'slim'}]
          - id: i1b
            parent: c1
            label: thuissituatie
            rules: [{query: 'gezin'}]
          - id: c2
            label: Verzuim
          - id: i2a
            parent: c2
            label: ontstaan
            rules: [{query: 'begon'}]
        """);
    book = Codebooks.loadFile(file, new DutchAnalysis(org.dossiercoder.index.Lexicon.load(dir)));
  }

  private static SegmentCoding coding(String doc, String role, int turn, int ordinal, String code, String text,
      boolean counted) {
    return new SegmentCoding(doc.substring(0, doc.indexOf('/')), doc, "interview", ordinal, 0, 1, 0, 1, "topics",
        code, "r1", MatchContext.AFFIRMED, counted, "", text, turn, "R", SpeakerKind.RESPONDENT, role, "vraag");
  }

  final List<FrameworkMatrix.Respondent> respondents = List.of(
      new FrameworkMatrix.Respondent("k1", "k1/interview-ouder.txt", "ouder"),
      new FrameworkMatrix.Respondent("k1", "k1/interview-leerling.txt", "leerling"),
      new FrameworkMatrix.Respondent("k2", "k2/interview-ouder.txt", "ouder"));

  final List<SegmentCoding> codings = List.of(
      coding("k1/interview-ouder.txt", "ouder", 2, 1, "i1a", "Ze is slim.", true),
      coding("k1/interview-ouder.txt", "ouder", 2, 2, "i1b", "Het gezin is klein.", true),
      coding("k1/interview-ouder.txt", "ouder", 4, 5, "i2a", "Het begon in de derde.", true),
      coding("k1/interview-ouder.txt", "ouder", 6, 8, "i2a", "Het begon echt pas later.", true),
      coding("k1/interview-leerling.txt", "leerling", 2, 1, "i1a", "Ik ben niet slim, zegt hij.", false),
      coding("k2/interview-ouder.txt", "ouder", 2, 1, "i1b", "Ons gezin.", true));

  @Test
  void cellsHoldTheCodedTurnsOfEachRespondent() {
    FrameworkMatrix m = FrameworkMatrix.build(book, respondents, codings);
    assertEquals(List.of("c1", "i1a", "i1b", "c2", "i2a"), m.rows().stream().map(r -> r.code().id()).toList());
    assertEquals(List.of(0, 1, 1, 0, 1), m.rows().stream().map(FrameworkMatrix.MatrixRow::depth).toList());
    FrameworkMatrix.MatrixRow c1 = m.rows().get(0);
    assertEquals(1, c1.cells().get(0).size(), "one turn of the parent speaks to two items of category 1");
    assertEquals("Ze is slim. Het gezin is klein.", c1.cells().get(0).get(0).text());
    assertEquals(0, c1.cells().get(1).size(), "the leerling's mention did not count");
    assertEquals(1, c1.cells().get(2).size());
    FrameworkMatrix.MatrixRow i2a = m.rows().get(4);
    assertEquals(List.of(4, 6), i2a.cells().get(0).stream().map(FrameworkMatrix.Excerpt::turn).toList());
    assertEquals("casus k1, ouder, beurt 4", i2a.cells().get(0).get(0).source());
    assertEquals(List.of(2, 1, 2, 2, 2), m.rows().stream().map(FrameworkMatrix.MatrixRow::total).toList());
  }

  @Test
  void perRoleSummaryCountsRespondentsNotTurns() {
    Map<String, Map<String, Integer>> s = FrameworkMatrix.build(book, respondents, codings).respondentsPerRole();
    assertEquals(List.of("ouder", "leerling"), List.copyOf(s.keySet()));
    assertEquals(2, s.get("ouder").get("n"));
    assertEquals(2, s.get("ouder").get("c1"));
    assertEquals(1, s.get("ouder").get("i2a"), "two turns, one respondent");
    assertEquals(1, s.get("leerling").get("n"));
    assertFalse(s.get("leerling").containsKey("c1"));
  }

  @Test
  void quotesAreCappedPerCaseAndFilteredByRole() {
    List<Quotes.Quote> all = Quotes.select(book, "c2", codings, null, null, 0);
    assertEquals(List.of("Het begon in de derde.", "Het begon echt pas later."),
        all.stream().map(Quotes.Quote::text).toList());
    assertEquals(1, Quotes.select(book, "c2", codings, null, null, 1).size());
    assertEquals(List.of("casus k1, ouder, beurt 2", "casus k2, ouder, beurt 2"),
        Quotes.select(book, "i1b", codings, "ouder", null, 0).stream().map(Quotes.Quote::source).toList());
    assertTrue(Quotes.select(book, "i1a", codings, "leerling", null, 0).isEmpty(), "not counted: not quoted");
    assertEquals(1, Quotes.select(book, "i1b", codings, null, "k2", 0).size());
  }

  @Test
  void xlsxAndHtmlCarryTheSameCells() throws Exception {
    FrameworkMatrix m = FrameworkMatrix.build(book, respondents, codings);
    Path xlsx = dir.resolve("m.xlsx");
    Path html = dir.resolve("m.html");
    MatrixFiles.writeXlsx(xlsx, m);
    MatrixFiles.writeHtml(html, m);
    try (var in = Files.newInputStream(xlsx); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var sheet = wb.getSheet("matrix");
      assertEquals("casus k1", sheet.getRow(0).getCell(2).getStringCellValue());
      assertEquals("leerling", sheet.getRow(1).getCell(3).getStringCellValue());
      assertEquals("Verzuim", sheet.getRow(5).getCell(0).getStringCellValue());
      assertEquals("[2] \u201cHet begon in de derde.\u201d (beurt 4)\n\u201cHet begon echt pas later.\u201d (beurt 6)",
          sheet.getRow(6).getCell(2).getStringCellValue());
      assertTrue(sheet.getRow(6).getCell(2).getCellStyle().getWrapText());
      assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertEquals(2.0, sheet.getRow(6).getCell(5).getNumericCellValue());
      var summary = wb.getSheet("per respondenttype");
      assertEquals("ouder (n=2)", summary.getRow(0).getCell(1).getStringCellValue());
      assertEquals(1.0, summary.getRow(5).getCell(1).getNumericCellValue());
    }
    String page = Files.readString(html);
    assertTrue(page.contains("<th colspan=\"2\">casus k1</th>"), page);
    assertTrue(page.contains("<q>Het begon echt pas later.</q><span class=\"turn\">beurt 6</span>"));
    assertFalse(page.matches("(?s).*(src|href)=\"https?:.*"), "no external resources");
  }
}
