package org.dossiercoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dossiercoder.codebook.CodebookFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review sheet, coding sheet, history and stored-coder agreement through the command line. */
class ReviewCommandsTest {
  @TempDir Path dir;
  Path corpus;
  Path books;
  Path out;

  @BeforeEach
  void project() throws Exception {
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
            rules: [{query: 'scheiding'}]
        """);
    CodebookFixtures.codebook(books, "verloop", """
        id: verloop
        label: Verloop verzuim
        kind: single
        codes:
          - id: eenmalig
            label: eenmalig
            rules: [{query: 'eenmalig'}]
          - id: langdurig
            label: langdurig
            rules: [{query: 'langdurig'}]
        """);
    Files.createDirectories(corpus.resolve("k1"));
    Files.createDirectories(corpus.resolve("k2"));
    Files.createDirectories(corpus.resolve("k3"));
    Files.writeString(corpus.resolve("cases.csv"), "case_id,age,wijk\nk1,14,Noord\nk2,15,Oost\nk3,13,West\n");
    Files.writeString(corpus.resolve("k1/journaal.txt"),
        "01-02-2015 Lln was brutaal tegen de mentor.\n02-02-2015 Het verzuim is eenmalig.\n");
    Files.writeString(corpus.resolve("k2/journaal.txt"),
        "01-03-2015 Broer is agressief.\n02-03-2015 Ouders in scheiding. Langdurig verzuim.\n");
    Files.writeString(corpus.resolve("k3/journaal.txt"), "01-04-2015 Lln is agressief en brutaal.\n");
    assertEquals(0, cli("run").exit);
  }

  private CliRunner cli(String command, String... args) {
    String[] common = {"--corpus", corpus.toString(), "--codebooks", books.toString(), "--out", out.toString()};
    String[] all = new String[args.length + common.length + (command.contains(" ") ? 2 : 1)];
    int i = 0;
    for (String part : command.split(" ")) {
      all[i++] = part;
    }
    for (String a : args) {
      all[i++] = a;
    }
    System.arraycopy(common, 0, all, i, common.length);
    return CliRunner.run(all);
  }

  /** Sets the decision of the rows whose sentence contains the words, like a researcher in Excel. */
  private static void decide(Path xlsx, Map<String, String> decisions) throws Exception {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(xlsx)) {
      wb = new XSSFWorkbook(in);
    }
    Sheet s = wb.getSheet("Beoordeling");
    DataFormatter fmt = new DataFormatter();
    for (Row r : s) {
      if (r.getRowNum() == 0) {
        continue;
      }
      String sentence = fmt.formatCellValue(r.getCell(6));
      decisions.forEach((words, decision) -> {
        if (sentence.contains(words)) {
          r.getCell(12).setCellValue(decision);
          r.getCell(13).setCellValue("memo " + words);
        }
      });
    }
    try (OutputStream o = Files.newOutputStream(xlsx)) {
      wb.write(o);
    }
    wb.close();
  }

  private static void setCell(Path xlsx, String sheet, int row, int col, String value) throws Exception {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(xlsx)) {
      wb = new XSSFWorkbook(in);
    }
    Row r = wb.getSheet(sheet).getRow(row);
    (r.getCell(col) == null ? r.createCell(col) : r.getCell(col)).setCellValue(value);
    try (OutputStream o = Files.newOutputStream(xlsx)) {
      wb.write(o);
    }
    wb.close();
  }

  private static List<List<String>> rows(Path xlsx, String sheet) throws Exception {
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      DataFormatter fmt = new DataFormatter();
      List<List<String>> out = new java.util.ArrayList<>();
      for (Row r : wb.getSheet(sheet)) {
        List<String> cells = new java.util.ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
          cells.add(fmt.formatCellValue(r.getCell(c)));
        }
        out.add(cells);
      }
      return out;
    }
  }

  @Test
  void reviewSheetRoundTripStoresDecisionsThatChangeTheCaseCodes() throws Exception {
    Path sheet = dir.resolve("review.xlsx");
    CliRunner export = cli("review export", "--file", sheet.toString());
    assertEquals(0, export.exit, export.toString());
    List<List<String>> rows = rows(sheet, "Beoordeling");
    assertEquals(List.of("case", "document", "date", "sentence_no", "code", "label", "sentence", "context", "counted",
        "rules", "current_decision", "needs_review", "decision", "memo", "key"), rows.get(0));
    List<String> k1 = rows.stream().filter(r -> r.get(0).equals("k1") && r.get(4).equals("risicoprofiel.gedrag"))
        .findFirst().orElseThrow();
    assertEquals(List.of("k1", "k1/journaal.txt", "2015-02-01", "1", "risicoprofiel.gedrag", "Gedragsproblematiek",
        "01-02-2015 Lln was brutaal tegen de mentor.", "affirmed", "ja", "r1", "", "", "", ""), k1.subList(0, 14));

    decide(sheet, Map.of("brutaal tegen de mentor", "reject", "Broer is agressief", "reject"));
    CliRunner imported = cli("review import", sheet.toString(), "--coder", "anna");
    assertEquals(0, imported.exit, imported.toString());
    assertTrue(imported.out.contains("2 decisions of anna stored"), imported.out);
    assertTrue(cli("review import", sheet.toString(), "--coder", "anna").out.contains("0 decisions"),
        "importing the same sheet again stores nothing new");

    assertEquals(0, cli("tables").exit);
    assertEquals(0, cli("run").exit);
    List<Map<String, String>> codes = CsvRows.read(out.resolve("case-codes.csv"));
    assertEquals("0", codes.get(0).get("risicoprofiel.gedrag"), "k1: rejected, and still after a re-run");
    assertEquals("0", codes.get(1).get("risicoprofiel.gedrag"), "k2: the brother's aggression was rejected");
    assertEquals("1", codes.get(2).get("risicoprofiel.gedrag"));

    CliRunner history = cli("history", "--case", "k1");
    assertEquals(0, history.exit, history.toString());
    assertTrue(history.out.matches("(?s)#1 \\S+ anna reject risicoprofiel.gedrag on k1/journaal.txt: "
        + "\"01-02-2015 Lln was brutaal tegen de mentor.\" memo: memo brutaal tegen de mentor\\s*"), history.out);
  }

  @Test
  void badReviewSheetsAreRefusedWithOneLineAndStoreNothing() throws Exception {
    Path sheet = dir.resolve("review.xlsx");
    cli("review export", "--file", sheet.toString());
    decide(sheet, Map.of("brutaal tegen de mentor", "reject", "Broer is agressief", "misschien"));
    CliRunner bad = cli("review import", sheet.toString(), "--coder", "anna");
    assertEquals(2, bad.exit);
    assertTrue(bad.err.matches("error: \\S+review.xlsx:\\d+: row \\d+, column M \\(decision\\): 'misschien' is not accept or reject\\s*"),
        bad.err);

    cli("review export", "--file", sheet.toString());
    decide(sheet, Map.of("brutaal tegen de mentor", "reject"));
    setCell(sheet, "Beoordeling", 1, 0, "k3");
    bad = cli("review import", sheet.toString(), "--coder", "anna");
    assertTrue(bad.err.contains("column A (case): 'k3' was edited"), bad.err);

    cli("review export", "--file", sheet.toString());
    decide(sheet, Map.of("brutaal tegen de mentor", "reject"));
    setCell(sheet, "Beoordeling", 1, 4, "risicoprofiel.persoonlijk");
    bad = cli("review import", sheet.toString(), "--coder", "anna");
    assertTrue(bad.err.contains("(code): 'risicoprofiel.persoonlijk' was not proposed for this sentence"), bad.err);

    cli("review export", "--file", sheet.toString());
    decide(sheet, Map.of("brutaal tegen de mentor", "reject"));
    assertEquals(0, cli("run").exit);
    bad = cli("review import", sheet.toString(), "--coder", "anna");
    assertTrue(bad.err.contains("the project has been coded again since"), bad.err);

    Path other = dir.resolve("other");
    CliRunner.run("run", "--corpus", corpus.toString(), "--codebooks", books.toString(), "--out", other.toString());
    Path otherSheet = dir.resolve("other.xlsx");
    CliRunner.run("review", "export", "--file", otherSheet.toString(), "--corpus", corpus.toString(),
        "--codebooks", books.toString(), "--out", other.toString());
    bad = cli("review import", otherSheet.toString(), "--coder", "anna");
    assertTrue(bad.err.contains("belongs to another project"), bad.err);

    Path notASheet = dir.resolve("leeg.xlsx");
    cli("coding-sheet export", "--file", notASheet.toString());
    bad = cli("review import", notASheet.toString(), "--coder", "anna");
    assertTrue(bad.err.contains("sheet 'Beoordeling' is missing"), bad.err);

    assertTrue(cli("history", "--case", "k1").out.contains("no manual decisions"), "nothing stored half-way");
  }

  @Test
  void codingSheetCorrectionsBecomeTheCodersCaseCodesAndCodersCanBeCompared() throws Exception {
    Path sheet = dir.resolve("schema.xlsx");
    CliRunner export = cli("coding-sheet export", "--file", sheet.toString());
    assertEquals(0, export.exit, export.toString());
    List<List<String>> rows = rows(sheet, "Analyseschema");
    assertEquals(List.of("nr", "age", "wijk",
        "Risicoprofielen [risicoprofiel] (1. Gedragsproblematiek; 2. Persoonlijke problematiek)",
        "Verloop verzuim [verloop] (1. eenmalig; 2. langdurig)", "overige opmerkingen"), rows.get(0));
    assertEquals(List.of("k1", "14", "Noord", "1", "1"), rows.get(1).subList(0, 5));
    assertEquals(List.of("k2", "15", "Oost", "2", "2"), rows.get(2).subList(0, 5), "the brother's aggression does not count");
    assertEquals(List.of("k3", "13", "West", "1", ""), rows.get(3).subList(0, 5));

    Path anna = dir.resolve("anna.xlsx");
    Files.copy(sheet, anna);
    setCell(anna, "Analyseschema", 2, 3, "1, 2");       // k2: anna reads behaviour problems elsewhere
    setCell(anna, "Analyseschema", 2, 5, "gedrag volgens mentor");
    assertEquals(0, cli("coding-sheet import", anna.toString(), "--coder", "anna").exit);
    Path bram = dir.resolve("bram.xlsx");
    Files.copy(sheet, bram);
    setCell(bram, "Analyseschema", 3, 4, "2");          // k3: bram thinks the absence is long
    CliRunner b = cli("coding-sheet import", bram.toString(), "--coder", "bram");
    assertEquals(0, b.exit, b.toString());

    List<Map<String, String>> codes;
    assertEquals(0, cli("run").exit);
    codes = CsvRows.read(out.resolve("case-codes.csv"));
    assertEquals("0", codes.get(1).get("risicoprofiel.gedrag"), "bram coded later: without consensus the latest holds");
    assertEquals("1", codes.get(2).get("verloop.langdurig"), "bram's correction holds");
    assertEquals(0, cli("coding-sheet import", anna.toString(), "--coder", "consensus").exit);
    assertEquals(0, cli("tables").exit);
    assertEquals(0, cli("run").exit);
    codes = CsvRows.read(out.resolve("case-codes.csv"));
    assertEquals("1", codes.get(1).get("risicoprofiel.gedrag"), "the consensus coding wins");
    assertEquals("0", codes.get(2).get("verloop.langdurig"), "the consensus coding wins");

    CliRunner agreement = cli("agreement", "--coders", "anna,bram",
        "--disagreements", dir.resolve("dis.csv").toString());
    assertEquals(0, agreement.exit, agreement.toString());
    assertTrue(agreement.out.contains("coders: anna, bram"), agreement.out);
    List<Map<String, String>> dis = CsvRows.read(dir.resolve("dis.csv"));
    assertEquals(List.of(
        Map.of("case_id", "k2", "variable", "risicoprofiel.gedrag", "anna", "1", "bram", "0"),
        Map.of("case_id", "k3", "variable", "verloop.langdurig", "anna", "0", "bram", "1"),
        Map.of("case_id", "k3", "variable", "verloop", "anna", "geen", "bram", "langdurig")), dis);

    Path bad = dir.resolve("bad.xlsx");
    Files.copy(sheet, bad);
    setCell(bad, "Analyseschema", 1, 4, "1, 2");
    CliRunner refused = cli("coding-sheet import", bad.toString(), "--coder", "carla");
    assertEquals(2, refused.exit);
    assertTrue(refused.err.contains("row 2, column E (verloop): one code only (single choice), found '1, 2'"),
        refused.err);
    setCell(bad, "Analyseschema", 1, 4, "7");
    assertTrue(cli("coding-sheet import", bad.toString(), "--coder", "carla").err
        .contains("7 is not a code number 1-2"));
    setCell(bad, "Analyseschema", 1, 4, "1");
    setCell(bad, "Analyseschema", 1, 0, "k99");
    assertTrue(cli("coding-sheet import", bad.toString(), "--coder", "carla").err.contains("unknown case 'k99'"));
    CliRunner none = cli("agreement", "--coders", "anna,carla");
    assertTrue(none.err.contains("coder 'carla' has no decisions"), none.err);
  }

  @Test
  void refiProjectExportCarriesDocumentsCodingsWithTheirCoderAndCases() throws Exception {
    var setup = org.dossiercoder.Pipeline.loadCodebooks(books);
    try (var p = org.dossiercoder.Project.open(out, org.dossiercoder.ingest.Corpus.load(corpus), setup.codebooks())) {
      var seg = p.store().segments().values().stream().filter(x -> x.text().contains("Broer")).findFirst().orElseThrow();
      p.record(List.of(
          org.dossiercoder.store.Decision.addSpan("k2", seg.key(), seg.text().indexOf("agressief"),
              seg.text().indexOf("agressief") + 9, "risicoprofiel", "gedrag", "anna", "toch over lln"),
          org.dossiercoder.store.Decision.reject("k1", p.store().segments().values().stream()
              .filter(x -> x.text().contains("brutaal")).findFirst().orElseThrow().key(),
              "risicoprofiel", "gedrag", "anna", "")), null);
    }
    Path qdpx = dir.resolve("p.qdpx");
    CliRunner export = cli("refi export-project", "--file", qdpx.toString());
    assertEquals(0, export.exit, export.toString());
    var back = org.dossiercoder.refi.RefiImport.readProject(qdpx, setup.analysis());
    assertEquals(3, back.sources().size());
    assertEquals(List.of("dossiercoder", "anna"), back.users().stream().map(u -> u.id()).toList());
    var anna = back.codings().stream().filter(c -> c.coderId().equals("anna")).toList();
    assertEquals(1, anna.size());
    String text = back.sources().stream().filter(x -> x.docId().equals("k2/journaal.txt")).findFirst().orElseThrow()
        .plainText();
    assertEquals("agressief", text.substring(anna.get(0).start(), anna.get(0).end()));
    assertEquals("toch over lln", anna.get(0).memo());
    assertTrue(back.codings().stream().noneMatch(c -> c.docId().equals("k1/journaal.txt")
        && c.code().equals("gedrag")), "the rejected proposal is not exported");
    var k2 = back.cases().stream().filter(c -> c.caseId().equals("k2")).findFirst().orElseThrow();
    assertEquals("Oost", k2.variables().get("wijk"));
    assertTrue(k2.codes().contains("risicoprofiel.gedrag"), "the hand-made coding makes the code hold");

    Path qdc = dir.resolve("c.qdc");
    assertEquals(0, cli("refi export-codebook", "--file", qdc.toString()).exit);
    Path copy = dir.resolve("books2");
    org.dossiercoder.codebook.CodebookFixtures.lexicon(copy);
    CliRunner imported = CliRunner.run("refi", "import-codebook", qdc.toString(), "--codebooks", copy.toString());
    assertEquals(0, imported.exit, imported.toString());
    java.util.function.Function<org.dossiercoder.codebook.Codebooks, List<String>> shape = b -> b.list().stream()
        .flatMap(book -> book.codes().stream().map(c -> book.id() + " " + book.kind() + " " + c.id() + " " + c.label()
            + " " + c.rules().stream().map(r -> r.query()).toList())).toList();
    assertEquals(shape.apply(setup.codebooks()), shape.apply(org.dossiercoder.Pipeline.loadCodebooks(copy).codebooks()));
    CliRunner again = CliRunner.run("refi", "import-codebook", qdc.toString(), "--codebooks", copy.toString());
    assertEquals(2, again.exit, "existing ids are refused without --replace");
  }

  @Test
  void storedCodersWithoutCasesInCommonAreOneLine() throws Exception {
    var books2 = org.dossiercoder.Pipeline.loadCodebooks(books).codebooks();
    try (var p = org.dossiercoder.Project.open(out, org.dossiercoder.ingest.Corpus.load(corpus), books2)) {
      p.record(List.of(
          org.dossiercoder.store.Decision.setCase("k1", "risicoprofiel", "gedrag", 1, "xander", ""),
          org.dossiercoder.store.Decision.setCase("k2", "risicoprofiel", "gedrag", 0, "yara", "")), null);
    }
    CliRunner r = cli("agreement", "--coders", "xander,yara");
    assertEquals(2, r.exit, r.toString());
    assertEquals("error: coders 'xander' and 'yara' have no case in common; nothing to compare", r.err.strip());
  }
}
