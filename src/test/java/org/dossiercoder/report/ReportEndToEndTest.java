package org.dossiercoder.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossiercoder.cli.Main;
import org.dossiercoder.codebook.CodebookFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code run} and {@code tables} write report.html and report.pdf next to report.md, with real
 * case ids, with pseudonyms when asked, and without any case when small cells are suppressed.
 */
class ReportEndToEndTest {
  static final List<String> IDS = List.of("zaak-a1", "zaak-b2", "zaak-c3");

  @TempDir Path dir;
  Path corpus;
  Path books;
  Path out;
  Path key;

  @BeforeEach
  void corpus() throws Exception {
    corpus = dir.resolve("corpus");
    books = dir.resolve("codebooks");
    out = dir.resolve("out");
    key = dir.resolve("sleutel.key");
    Files.writeString(key, "een-synthetische-sleutel-voor-de-test");
    CodebookFixtures.lexicon(books);
    CodebookFixtures.codebook(books, "risicoprofiel", """
        id: risicoprofiel
        label: Risicoprofielen
        kind: multi
        codes:
          - {id: gedrag, label: Gedragsproblematiek, description: Gedrag op school., rules: [{query: 'agressief OR brutaal'}]}
          - {id: persoonlijk, label: Persoonlijke problematiek, description: Thuis., rules: [{query: 'scheiding'}]}
        """);
    StringBuilder cases = new StringBuilder("case_id,age,sex\n");
    String[] lines = {
      "01-02-2015 Lln is agressief in de klas.\n",
      "01-03-2015 Lln is brutaal; ouders in scheiding.\n",
      "01-04-2015 Lln is agressief.\n"};
    for (int i = 0; i < IDS.size(); i++) {
      Files.createDirectories(corpus.resolve(IDS.get(i)));
      Files.writeString(corpus.resolve(IDS.get(i) + "/journaal.txt"), lines[i], StandardCharsets.UTF_8);
      cases.append(IDS.get(i)).append(",1").append(3 + i).append(i % 2 == 0 ? ",M\n" : ",V\n");
    }
    Files.writeString(corpus.resolve("cases.csv"), cases.toString());
  }

  private void cli(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, 1);
    System.arraycopy(new String[] {"--corpus", corpus.toString(), "--codebooks", books.toString(), "--out",
        out.toString()}, 0, all, 1, 6);
    System.arraycopy(args, 1, all, 7, args.length - 1);
    int code = Main.run(new PrintWriter(o), new PrintWriter(e), all);
    assertEquals(0, code, String.join(" ", all) + "\n" + o + "\n" + e);
  }

  private String html() throws Exception {
    assertTrue(Files.size(out.resolve("report.pdf")) > 1000, "report.pdf next to report.html");
    String html = Files.readString(out.resolve("report.html"));
    ReportFixtures.parse(html);
    return html;
  }

  @Test
  void runWritesTheReportWithCaseIdsAndTheirSentences() throws Exception {
    cli("run");
    assertTrue(Files.isRegularFile(out.resolve("report.md")));
    Document doc = ReportFixtures.parse(html());
    assertEquals(IDS, ReportFixtures.select(doc, "//section[@class='case']/h3").stream()
        .map(h -> h.getTextContent().replace("Casus ", "")).toList());
    assertEquals(List.of("agressief"), ReportFixtures.select(doc, "//section[@id='casus-zaak-a1']//mark").stream()
        .map(org.w3c.dom.Element::getTextContent).toList());
  }

  @Test
  void pseudonymsReplaceEveryCaseIdInRunAndTables() throws Exception {
    cli("run", "--pseudonymise", key.toString());
    String byRun = html();
    assertNoCaseId(byRun);
    assertTrue(byRun.contains("<h3>Casus P"), "case sections under pseudonyms");
    assertTrue(byRun.contains("<mark>agressief</mark>"));

    cli("tables", "--pseudonymise", key.toString());
    String byTables = html();
    assertNoCaseId(byTables);
    assertEquals(sections(byRun), sections(byTables), "tables rebuilds the same case sections from the store");
  }

  @Test
  void tablesWithSmallCellSuppressionNamesNoCase() throws Exception {
    cli("run");
    assertTrue(html().contains("zaak-a1"));
    cli("tables", "--min-cell", "3");
    String html = html();
    assertNoCaseId(html);
    assertFalse(html.contains("<mark>"), "no sentences in a shared report");
    assertTrue(html.contains("&lt;3"), "hidden counts are shown as <3");
  }

  private static void assertNoCaseId(String html) {
    for (String id : IDS) {
      assertFalse(html.contains(id), id + " in report.html");
    }
  }

  private static String sections(String html) {
    return html.substring(html.indexOf("<section id=\"celcasussen\""), html.lastIndexOf("</main>"));
  }
}
