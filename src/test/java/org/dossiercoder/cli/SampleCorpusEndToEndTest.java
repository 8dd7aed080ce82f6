package org.dossiercoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code dossiercoder run} on the bundled sample corpus and codebooks, then recomputes every
 * table cell independently from case-codes.csv and cases.csv with plain loops.
 */
class SampleCorpusEndToEndTest {
  static final Path REPO = Path.of("").toAbsolutePath();
  static final List<String> PROFILES = List.of("gedrag", "persoonlijk", "studiehouding", "niveau", "loopbaan", "loopbaan_extern");
  static final List<String> PATTERNS = List.of("eenmalig", "langdurig_licht", "langdurig_zwaar", "escalerend", "afnemend");
  static final List<String> INTERVENTIONS = List.of("procedureel", "sanctionerend", "onderwijsondersteunend", "hulpondersteunend");
  static final List<String> RESULTS = List.of("geen", "toename", "snelle_afname", "geleidelijke_afname", "grillige_afname");

  @TempDir static Path out;
  static CliRunner run;
  static List<Map<String, String>> codes;
  static Map<String, Map<String, String>> cases = new LinkedHashMap<>();

  @BeforeAll
  static void runPipeline() throws Exception {
    run = CliRunner.run("run", "--corpus", REPO.resolve("corpus-sample").toString(),
        "--codebooks", REPO.resolve("codebooks").toString(), "--out", out.toString(), "--threads", "2");
    codes = CsvRows.read(out.resolve("case-codes.csv"));
    for (Map<String, String> row : CsvRows.read(REPO.resolve("corpus-sample/cases.csv"))) {
      cases.put(row.get("case_id"), row);
    }
  }

  private static int v(Map<String, String> row, String book, String code) {
    return Integer.parseInt(row.get(book + "." + code));
  }

  private static Map<String, Map<String, String>> table(String id) throws Exception {
    Map<String, Map<String, String>> byLabel = new LinkedHashMap<>();
    Path file = out.resolve("tables/" + id + ".csv");
    String first = CsvRows.header(file).get(0);
    for (Map<String, String> row : CsvRows.read(file)) {
      byLabel.put(row.get(first), row);
    }
    return byLabel;
  }

  @Test
  void runSucceedsWithoutProblemsAndWritesEveryOutput() throws Exception {
    assertEquals(0, run.exit, run.toString());
    assertEquals(List.of("c022/interview-buurtteam.txt no-turns"), CsvRows.read(out.resolve("problems.csv")).stream()
        .map(p -> p.get("file") + " " + p.get("problem")).toList(), "only the interview summary without speaker turns");
    for (String f : List.of("case-codes.csv", "segments.csv", "problems.csv", "report.md", "dossiercoder.db",
        "tables/tabel2.csv", "tables/tabel3.csv", "tables/tabel4.csv", "tables/tabel5.csv", "tables/tabel7.csv",
        "tables/tabel8.csv", "tables/tabel9.csv", "tables/tabellen.xlsx")) {
      assertTrue(Files.isRegularFile(out.resolve(f)), f);
    }
  }

  @Test
  void caseCodesHaveOneRowPerCaseAndTopLevelColumnsOnly() throws Exception {
    List<String> header = CsvRows.header(out.resolve("case-codes.csv"));
    assertEquals("case_id", header.get(0));
    assertTrue(header.contains("risicoprofiel.gedrag"));
    assertTrue(header.contains("opp_domein.werkhouding"));
    assertTrue(header.stream().skip(1).allMatch(h -> h.matches("[a-z_]+\\.[a-z_]+")));
    assertEquals(List.copyOf(cases.keySet()), codes.stream().map(r -> r.get("case_id")).toList());
    for (Map<String, String> row : codes) {
      int patterns = PATTERNS.stream().mapToInt(p -> v(row, "verzuimpatroon", p)).sum();
      assertTrue(patterns <= 1, "single-choice codebook gives at most one code: " + row);
    }
  }

  @Test
  void frequencyTablesMatchCountsFromCaseCodes() throws Exception {
    int n = codes.size();
    check("tabel3", "risicoprofiel", PROFILES, n);
    check("tabel7", "interventie", INTERVENTIONS, n);
    check("tabel2", "verzuimpatroon", PATTERNS, n);
  }

  private void check(String id, String book, List<String> codeIds, int n) throws Exception {
    List<Map<String, String>> rows = new ArrayList<>(table(id).values());
    for (int i = 0; i < codeIds.size(); i++) {
      String code = codeIds.get(i);
      int expected = (int) codes.stream().filter(r -> v(r, book, code) == 1).count();
      Map<String, String> row = rows.get(i);
      String countColumn = row.keySet().stream().skip(1).findFirst().orElseThrow();
      assertEquals(Integer.toString(expected), row.get(countColumn), id + " " + code);
      assertEquals(Math.round(100.0 * expected / n) + "%", row.get(countColumn + " %"), id + " " + code + " %");
    }
  }

  @Test
  void table4And8And9CellsMatchPairCounts() throws Exception {
    List<Map<String, String>> t4 = new ArrayList<>(table("tabel4").values());
    List<Map<String, String>> t8 = new ArrayList<>(table("tabel8").values());
    List<Map<String, String>> t9 = new ArrayList<>(table("tabel9").values());
    for (int r = 0; r < PROFILES.size(); r++) {
      List<String> cols4 = new ArrayList<>(t4.get(r).keySet());
      for (int c = 0; c < PROFILES.size(); c++) {
        String cell = t4.get(r).get(cols4.get(c + 1));
        if (r == c) {
          assertEquals("X", cell);
          continue;
        }
        int rr = r;
        int cc = c;
        long expected = codes.stream().filter(x -> v(x, "risicoprofiel", PROFILES.get(rr)) == 1
            && v(x, "risicoprofiel", PROFILES.get(cc)) == 1).count();
        assertEquals(Long.toString(expected), cell, "tabel4 " + PROFILES.get(r) + " x " + PROFILES.get(c));
      }
      List<String> cols8 = new ArrayList<>(t8.get(r).keySet());
      for (int c = 0; c < INTERVENTIONS.size(); c++) {
        int rr = r;
        int cc = c;
        long expected = codes.stream().filter(x -> v(x, "risicoprofiel", PROFILES.get(rr)) == 1
            && v(x, "interventie", INTERVENTIONS.get(cc)) == 1).count();
        assertEquals(Long.toString(expected), t8.get(r).get(cols8.get(c + 1)), "tabel8");
      }
    }
    for (int r = 0; r < RESULTS.size(); r++) {
      List<String> cols = new ArrayList<>(t9.get(r).keySet());
      int rr = r;
      long n = codes.stream().filter(x -> v(x, "resultaat", RESULTS.get(rr)) == 1).count();
      assertEquals(Long.toString(n), t9.get(r).get(cols.get(1)), "tabel9 frequentie");
      for (int c = 0; c < PROFILES.size(); c++) {
        int cc = c;
        long expected = codes.stream().filter(x -> v(x, "resultaat", RESULTS.get(rr)) == 1
            && v(x, "risicoprofiel", PROFILES.get(cc)) == 1).count();
        assertEquals(Long.toString(expected), t9.get(r).get(cols.get(2 + c)), "tabel9 profile");
      }
      for (int c = 0; c < INTERVENTIONS.size(); c++) {
        int cc = c;
        long expected = codes.stream().filter(x -> v(x, "resultaat", RESULTS.get(rr)) == 1
            && v(x, "interventie", INTERVENTIONS.get(cc)) == 1).count();
        assertEquals(Long.toString(expected), t9.get(r).get(cols.get(2 + PROFILES.size() + c)), "tabel9 intervention");
      }
    }
  }

  @Test
  void table5CellsMatchAttributeCounts() throws Exception {
    List<Map<String, String>> t5 = new ArrayList<>(table("tabel5").values());
    for (int r = 0; r < PROFILES.size(); r++) {
      String profile = PROFILES.get(r);
      Map<String, Integer> expected = new HashMap<>();
      for (Map<String, String> x : codes) {
        if (v(x, "risicoprofiel", profile) != 1) {
          continue;
        }
        Map<String, String> c = cases.get(x.get("case_id"));
        expected.merge("naar sekse: " + c.get("sex"), 1, Integer::sum);
        expected.merge("naar leeftijd (afgerond): " + c.get("age"), 1, Integer::sum);
      }
      for (Map.Entry<String, String> cell : t5.get(r).entrySet()) {
        if (cell.getKey().startsWith("naar sekse: ") || cell.getKey().startsWith("naar leeftijd (afgerond): ")) {
          assertEquals(Integer.toString(expected.getOrDefault(cell.getKey(), 0)), cell.getValue(), profile + " " + cell.getKey());
        }
      }
    }
  }

  @Test
  void workbookHasOneSheetPerTableAndReportShowsNAndPercent() throws Exception {
    try (Workbook wb = WorkbookFactory.create(out.resolve("tables/tabellen.xlsx").toFile())) {
      assertEquals(List.of("tabel2", "tabel3", "tabel4", "tabel5", "tabel7", "tabel8", "tabel9"),
          java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList());
    }
    String report = Files.readString(out.resolve("report.md"));
    assertTrue(report.contains("## Tabel 3: Gevonden risicoprofielen (n=" + codes.size() + ")"), report);
    long gedrag = codes.stream().filter(x -> v(x, "risicoprofiel", "gedrag") == 1).count();
    assertTrue(report.contains(" " + gedrag + " (" + Math.round(100.0 * gedrag / codes.size()) + "%) |"), report);
  }

  @Test
  void segmentsPointIntoTheirDocuments() throws Exception {
    List<Map<String, String>> segments = CsvRows.read(out.resolve("segments.csv"));
    assertTrue(segments.size() > 100, "the sample yields codings: " + segments.size());
    for (Map<String, String> s : segments.subList(0, Math.min(200, segments.size()))) {
      Path doc = REPO.resolve("corpus-sample").resolve(s.get("doc_id"));
      if (doc.toString().endsWith(".txt")) {
        String text = org.dossiercoder.ingest.TextDecoding.decode(Files.readAllBytes(doc)).text();
        assertEquals(s.get("text"), text.substring(Integer.parseInt(s.get("start")), Integer.parseInt(s.get("end"))));
      }
    }
  }

  @Test
  void frameworkMatrixAndQuotesAgreeWithTheStoredTurnCodings() throws Exception {
    Path xlsx = out.resolve("m.xlsx");
    CliRunner m = CliRunner.run("matrix", "--codebook", "topics_utrecht", "--corpus",
        REPO.resolve("corpus-sample").toString(), "--codebooks", REPO.resolve("codebooks").toString(),
        "--out", out.toString(), "--xlsx", xlsx.toString(), "--html", out.resolve("m.html").toString());
    assertEquals(0, m.exit, m.toString());
    // Recount from segments.csv: respondent turns coded (counted) with a category's items, per transcript.
    Map<String, java.util.Set<String>> turnsPerCategoryAndDoc = new java.util.HashMap<>();
    for (Map<String, String> r : CsvRows.read(out.resolve("segments.csv"))) {
      if (r.get("codebook").equals("topics_utrecht") && r.get("counted").equals("1") && !r.get("turn").equals("0")) {
        String category = "c" + r.get("code").charAt(1);
        turnsPerCategoryAndDoc.computeIfAbsent(category + " " + r.get("doc_id"), k -> new java.util.HashSet<>())
            .add(r.get("turn"));
      }
    }
    try (var in = java.nio.file.Files.newInputStream(xlsx);
        var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      var sheet = wb.getSheet("matrix");
      var fmt = new org.apache.poi.ss.usermodel.DataFormatter();
      java.util.List<String> docs = new java.util.ArrayList<>();
      for (var d : org.dossiercoder.ingest.Corpus.load(REPO.resolve("corpus-sample")).documents()) {
        if (d.type() == org.dossiercoder.ingest.DocumentType.INTERVIEW) {
          docs.add(d.docId());
        }
      }
      assertEquals(68, docs.size());
      int checked = 0;
      int categories = 0;
      for (var row : sheet) {
        String category = fmt.formatCellValue(row.getCell(0));
        if (row.getRowNum() < 2 || !fmt.formatCellValue(row.getCell(1)).isEmpty()) {
          continue; // header rows and item rows
        }
        String id = "c" + ++categories; // category rows come in codebook order, c1 to c5
        for (int i = 0; i < docs.size(); i++) {
          String cell = fmt.formatCellValue(row.getCell(i + 2));
          int shown = cell.isEmpty() ? 0 : Integer.parseInt(cell.substring(1, cell.indexOf(']')));
          int recount = turnsPerCategoryAndDoc.getOrDefault(id + " " + docs.get(i), java.util.Set.of()).size();
          assertEquals(recount, shown, category + " / " + docs.get(i));
          checked++;
        }
      }
      assertEquals(5 * 68, checked, "every category cell of every respondent");
    }
    CliRunner q = CliRunner.run("quotes", "--code", "topics_utrecht.c3", "--role", "ouder", "--max-per-case", "1",
        "--corpus", REPO.resolve("corpus-sample").toString(), "--codebooks", REPO.resolve("codebooks").toString(),
        "--out", out.toString());
    assertEquals(0, q.exit, q.toString());
    java.util.List<String> lines = q.out.lines().filter(l -> l.startsWith("\u201c")).toList();
    assertTrue(!lines.isEmpty(), q.out);
    java.util.Set<String> casesQuoted = new java.util.HashSet<>();
    for (String l : lines) {
      assertTrue(l.matches(".*\\(casus c\\d{3,}, ouder, beurt \\d+\\)"), l);
      assertTrue(casesQuoted.add(l.replaceAll(".*\\(casus (c\\d{3,}),.*", "$1")), "one quote per case: " + l);
    }
  }

  @Test
  void explainNamesTheSameSingleChoiceCodeAsCaseCodes() throws Exception {
    int decided = 0;
    for (Map<String, String> row : codes.subList(0, 30)) {
      for (String book : List.of("verzuimpatroon", "resultaat")) {
        String id = row.get("case_id");
        CliRunner e = CliRunner.run("explain", "--case", id, "--code", book + (book.equals("resultaat") ? ".geen" : ".eenmalig"),
            "--codebooks", REPO.resolve("codebooks").toString(), "--out", out.toString());
        assertEquals(0, e.exit, e.toString());
        String line = e.out.lines().filter(l -> l.startsWith("automatic decision: ")).findFirst().orElseThrow();
        String said = line.substring("automatic decision: ".length(), line.indexOf(" ("));
        String inCodes = row.keySet().stream().filter(k -> k.startsWith(book + ".") && row.get(k).equals("1"))
            .map(k -> k.substring(book.length() + 1)).findFirst().orElse("none");
        assertEquals(inCodes, said, id + " " + book + ": " + e.out);
        assertTrue(e.out.contains("by the course: "), e.out);
        decided += said.equals("none") ? 0 : 1;
      }
    }
    assertTrue(decided > 40, "most sample cases have a pattern and a result: " + decided);
  }

  @Test
  void aJournalWithoutAnyYearHasACourseShownByDayAndMonth() throws Exception {
    // c150's journal dates its entries "vr 26/9", "ma 6 oktober" and never names a year.
    CliRunner e = CliRunner.run("explain", "--case", "c150", "--code", "resultaat.geen",
        "--codebooks", REPO.resolve("codebooks").toString(), "--out", out.toString());
    assertEquals(0, e.exit, e.toString());
    assertTrue(e.out.contains("--09-26=1"), e.out);
    assertTrue(e.out.contains("first intervention: --"), e.out);
    assertTrue(CsvRows.read(out.resolve("segments.csv")).stream()
        .filter(r -> r.get("doc_id").startsWith("c150/journaal")).allMatch(r -> r.get("entry_date").isEmpty()),
        "no entry date with an assumed year is written");
  }

  @Test
  void evaluateListsEveryDisagreementWithTheSentencesBehindIt() throws Exception {
    Path dis = out.resolve("disagreements.csv");
    Path scores = out.resolve("evaluation-test.csv");
    CliRunner e = CliRunner.run("evaluate", "--gold", REPO.resolve("corpus-sample/gold.csv").toString(),
        "--contexts", REPO.resolve("corpus-sample/contexts.csv").toString(),
        "--coded", out.resolve("case-codes.csv").toString(), "--csv", scores.toString(),
        "--codebooks", REPO.resolve("codebooks").toString(), "--disagreements", dis.toString());
    assertEquals(0, e.exit, e.toString());
    int expected = 0;
    for (Map<String, String> row : CsvRows.read(scores)) {
      expected += Integer.parseInt(row.get("fp")) + Integer.parseInt(row.get("fn"));
    }
    java.util.Set<String> pairs = new java.util.HashSet<>();
    Map<String, Map<String, String>> auto = new java.util.HashMap<>();
    for (Map<String, String> row : codes) {
      auto.put(row.get("case_id"), row);
    }
    int mentions = 0;
    for (Map<String, String> row : CsvRows.read(dis)) {
      assertTrue(!row.get("gold").equals(row.get("auto")), "a disagreement: " + row);
      if (row.get("kind").equals("case")) {
        pairs.add(row.get("case_id") + " " + row.get("code"));
        assertEquals(auto.get(row.get("case_id")).get(row.get("code")), row.get("auto"), row.toString());
        if (!row.get("sentence").isEmpty()) {
          assertEquals(row.get("auto").equals("1") ? "counted" : "not counted", row.get("note"), row.toString());
        }
      } else {
        assertEquals("mention", row.get("kind"));
        mentions++;
      }
    }
    assertEquals(expected, pairs.size(), "one case-level pair per false positive and false negative");
    assertTrue(mentions > 0, "the sample has mentions counted against their annotation");
  }
}
