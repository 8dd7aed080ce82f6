package org.dossiercoder.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossiercoder.Problem;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.analysis.TableSuppression;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.report.MarkdownReport.RunSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The HTML report: cells, links, case lists, suppression, charts and self-containedness. */
class HtmlReportTest {
  static Codebooks books;
  static final RunSummary OPEN = new RunSummary("corpus", 20, 31, "2026-01-01T00:00:00Z", 0, false, 2);
  static final RunSummary SHARED = new RunSummary("corpus", 20, 31, "2026-01-01T00:00:00Z", 3, true, 0);
  static final List<Problem> PROBLEMS = List.of(new Problem("zk05/oud.doc", "unknown-extension", "niet gelezen"));

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    books = ReportFixtures.codebooks();
  }

  /** A shared report's caller passes pseudonymised problems; these name no case. */
  private static String render(RunSummary run, List<ReportTable> tables) {
    return HtmlReport.render(run, tables, ReportFixtures.codings(), run == SHARED ? List.of() : PROBLEMS, books, false);
  }

  private static List<ReportTable> suppressed() {
    return ReportFixtures.tables().stream().map(t -> TableSuppression.apply(t, 3)).toList();
  }

  @Test
  void writesOneWellFormedFileWithEveryTableCellAsTheTableShowsIt() throws Exception {
    Path file = dir.resolve("out/report.html");
    HtmlReport.write(file, OPEN, ReportFixtures.tables(), ReportFixtures.codings(), PROBLEMS, books);
    Document doc = ReportFixtures.parse(Files.readString(file));
    for (ReportTable t : ReportFixtures.tables()) {
      assertEquals(t.title(), ReportFixtures.select(doc, "//section[@id='" + t.id() + "']/h2").get(0).getTextContent());
      List<Element> rows = ReportFixtures.select(doc, "//table[@id='tabel-" + t.id() + "']/tbody/tr");
      assertEquals(t.rows().size(), rows.size(), t.id());
      for (int r = 0; r < t.rows().size(); r++) {
        Element tr = rows.get(r);
        assertEquals(t.rows().get(r).label(), ReportFixtures.select(doc, "(//table[@id='tabel-" + t.id()
            + "']/tbody/tr)[" + (r + 1) + "]/th").get(0).getTextContent());
        List<Element> tds = ReportFixtures.select(doc, "(//table[@id='tabel-" + t.id() + "']/tbody/tr)[" + (r + 1) + "]/td");
        int k = 0;
        for (int c = 0; c < t.columns().size(); c++) {
          Element count = tds.get(k++);
          assertEquals(r + ":" + c, count.getAttribute("data-cell"));
          assertEquals(t.cell(r, c), count.getTextContent(), t.id() + " " + r + ":" + c);
          if (t.percentages()) {
            assertEquals(t.percentCell(r, c), tds.get(k++).getTextContent(), t.id() + " % " + r + ":" + c);
          }
        }
        assertEquals(k, tds.size(), "no other cells in " + t.id() + " row " + r + ": " + tr.getTextContent());
      }
    }
    assertEquals("Loopbaan <b>& \"extern\"</b>",
        ReportFixtures.select(doc, "(//table[@id='tabel-tabel3']/tbody/tr)[4]/th").get(0).getTextContent(),
        "labels are escaped, not markup");
  }

  @Test
  void everyCountLinksToTheListOfItsCasesAndEveryCaseToItsSentences() throws Exception {
    Document doc = ReportFixtures.parse(render(OPEN, ReportFixtures.tables()));
    Set<String> ids = new HashSet<>();
    ReportFixtures.select(doc, "//*[@id]").forEach(e -> ids.add(e.getAttribute("id")));
    for (Element a : ReportFixtures.select(doc, "//a[@href]")) {
      String href = a.getAttribute("href");
      assertTrue(href.startsWith("#") && ids.contains(href.substring(1)), "dangling link " + href);
    }
    for (ReportTable t : ReportFixtures.tables()) {
      for (int r = 0; r < t.rows().size(); r++) {
        for (int c = 0; c < t.columns().size(); c++) {
          Integer n = t.rows().get(r).counts().get(c);
          List<Element> links = ReportFixtures.select(doc,
              "//table[@id='tabel-" + t.id() + "']//td[@data-cell='" + r + ":" + c + "']/a");
          if (n == null || n == 0) {
            assertTrue(links.isEmpty(), "X and 0 link nowhere: " + t.id() + " " + r + ":" + c);
            continue;
          }
          String target = links.get(0).getAttribute("href").substring(1);
          List<String> listed = ReportFixtures.select(doc, "//div[@id='" + target + "']//p[@class='case-links']/a")
              .stream().map(Element::getTextContent).toList();
          assertEquals(t.rows().get(r).cases().get(c), listed, t.id() + " " + r + ":" + c);
        }
      }
    }
    Element zk01 = ReportFixtures.select(doc, "//section[@id='casus-zk01']").get(0);
    assertEquals(List.of("agressief"), ReportFixtures.select(doc, "//section[@id='casus-zk01']//mark")
        .stream().map(Element::getTextContent).toList());
    String text = zk01.getTextContent();
    assertTrue(text.contains(ReportFixtures.SENTENCE) && text.contains("zk01/journaal.txt")
        && text.contains("2015-03-02") && text.contains("bevestigd"), text);
    assertTrue(text.contains("Gedragsproblematiek › agressief"), "a child code is shown under its parent: " + text);
    assertFalse(text.contains(ReportFixtures.NOT_COUNTED), "only counted sentences are listed");
    String zk13 = ReportFixtures.select(doc, "//section[@id='casus-zk13']").get(0).getTextContent();
    assertTrue(zk13.contains("over een ander") && zk13.contains("zk13/opp.docx"), zk13);
    assertEquals(20, ReportFixtures.select(doc, "//section[@class='case']").size(), "a section for every listed case");
  }

  @Test
  void referencesNothingOutsideTheFile() throws Exception {
    String html = render(OPEN, ReportFixtures.tables());
    Document doc = ReportFixtures.parse(html);
    for (String tag : List.of("script", "link", "img", "iframe", "object", "embed", "image", "use")) {
      assertTrue(ReportFixtures.select(doc, "//" + tag).isEmpty(), "no <" + tag + ">");
    }
    Matcher m = Pattern.compile("(?i)\\b(?:src|href|xlink:href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    int links = 0;
    while (m.find()) {
      assertTrue(m.group(1).startsWith("#"), "only in-page references: " + m.group(1));
      links++;
    }
    assertTrue(links > 50, "the counts do link: " + links);
    assertFalse(html.matches("(?s).*url\\s*\\(.*"), "no CSS url(...)");
    assertFalse(html.contains("@import"));
    assertEquals(1, ReportFixtures.select(doc, "//style").size(), "inline CSS");
  }

  @Test
  void suppressedCellsLinkNowhereAndNoCaseIdIsInTheFile() throws Exception {
    List<ReportTable> tables = suppressed();
    String html = render(SHARED, tables);
    Document doc = ReportFixtures.parse(html);
    int hidden = 0;
    for (ReportTable t : tables) {
      for (int r = 0; r < t.rows().size(); r++) {
        for (int c = 0; c < t.columns().size(); c++) {
          Element td = ReportFixtures.select(doc,
              "//table[@id='tabel-" + t.id() + "']//td[@data-cell='" + r + ":" + c + "']").get(0);
          assertEquals(t.cell(r, c), td.getTextContent());
          if (t.isSuppressed(r, c)) {
            hidden++;
            assertEquals("<3", td.getTextContent());
            assertEquals("suppressed", td.getAttribute("class"));
          }
        }
      }
    }
    assertTrue(hidden >= 3, "the fixture has hidden cells: " + hidden);
    assertTrue(ReportFixtures.select(doc, "//td/a").isEmpty(), "no count links when suppression is on");
    assertTrue(ReportFixtures.select(doc, "//svg//a").isEmpty(), "no chart links either");
    assertTrue(ReportFixtures.select(doc, "//*[@id='celcasussen' or @id='casussen']").isEmpty());
    for (String id : ReportFixtures.ids(1, 20)) {
      assertFalse(html.contains(id), id + " is in a shared report");
    }
    assertFalse(html.contains(ReportFixtures.SENTENCE), "no dossier sentences in a shared report");
    String privacy = ReportFixtures.select(doc, "//section[@id='privacy']").get(0).getTextContent();
    assertTrue(privacy.contains("Kleine aantallen zijn onderdrukt (k = 3)"), privacy);
    assertTrue(privacy.contains("pseudoniemen"), privacy);
  }

  @Test
  void barLengthsAreProportionalToCountsAndHiddenCountsHaveNoLength() throws Exception {
    ReportTable t = ReportFixtures.frequencies();
    Document doc = ReportFixtures.parse(render(OPEN, List.of(t)));
    List<Element> bars = ReportFixtures.select(doc, "//section[@id='tabel3']//*[local-name()='rect'][@data-cell]");
    assertEquals(t.rows().size(), bars.size());
    double perCase = -1;
    for (Element bar : bars) {
      int r = Integer.parseInt(bar.getAttribute("data-cell").split(":")[0]);
      int n = t.rows().get(r).counts().get(0);
      double w = Double.parseDouble(bar.getAttribute("width"));
      if (n == 0) {
        continue;
      }
      if (perCase < 0) {
        perCase = w / n;
      }
      assertEquals(perCase * n, w, 1e-6, "bar of row " + r);
    }
    assertEquals(t.n() * perCase, 720, 1e-6, "the full bar is all n cases");

    ReportTable s = TableSuppression.apply(t, 3);
    Document shared = ReportFixtures.parse(render(SHARED, List.of(s)));
    List<Element> hidden = ReportFixtures.select(shared, "//section[@id='tabel3']//*[local-name()='rect'][contains(@class,'suppressed')]");
    assertFalse(hidden.isEmpty());
    for (Element bar : hidden) {
      assertEquals("2", bar.getAttribute("width"), "a hidden count draws the same stub whatever its value");
    }
    String chartText = ReportFixtures.select(shared, "//section[@id='tabel3']//*[local-name()='svg']").get(0).getTextContent();
    assertTrue(chartText.contains("<3"), chartText);
  }

  @Test
  void heatMapShadesVisibleCountsOnlyAndStackedBarsLeaveHiddenCellsOut() throws Exception {
    ReportTable cross = TableSuppression.apply(ReportFixtures.crossing(), 3);
    ReportTable results = TableSuppression.apply(ReportFixtures.results(), 3);
    Document doc = ReportFixtures.parse(render(SHARED, List.of(cross, results)));
    int max = 0;
    for (int r = 0; r < cross.rows().size(); r++) {
      for (int c = 0; c < cross.columns().size(); c++) {
        Integer n = cross.rows().get(r).counts().get(c);
        max = n == null || cross.isSuppressed(r, c) ? max : Math.max(max, n);
      }
    }
    List<Element> tiles = ReportFixtures.select(doc, "//section[@id='tabel4']//*[local-name()='rect'][@data-cell]");
    assertEquals(cross.rows().size() * cross.columns().size(), tiles.size(), "one tile per cell");
    for (Element tile : tiles) {
      String[] rc = tile.getAttribute("data-cell").split(":");
      int r = Integer.parseInt(rc[0]);
      int c = Integer.parseInt(rc[1]);
      if (cross.isSuppressed(r, c)) {
        assertEquals("#e4e4e4", tile.getAttribute("fill"), "hidden cell " + r + ":" + c);
      } else if (cross.rows().get(r).counts().get(c) != null) {
        int n = cross.rows().get(r).counts().get(c);
        assertEquals(Charts.blue((double) n / max), tile.getAttribute("fill"), "shade of " + n + " against " + max);
      }
    }
    List<Element> segments = ReportFixtures.select(doc, "//section[@id='tabel9']//*[local-name()='rect'][@data-cell]");
    double perCase = -1;
    Set<String> drawn = new HashSet<>();
    for (Element seg : segments) {
      String[] rc = seg.getAttribute("data-cell").split(":");
      int r = Integer.parseInt(rc[0]);
      int c = Integer.parseInt(rc[1]);
      drawn.add(r + ":" + c);
      assertFalse(results.isSuppressed(r, c), "hidden cell drawn: " + r + ":" + c);
      int n = results.rows().get(r).counts().get(c);
      double w = Double.parseDouble(seg.getAttribute("width"));
      perCase = perCase < 0 ? w / n : perCase;
      assertEquals(perCase * n, w, 1e-6, "segment " + r + ":" + c);
    }
    for (int r = 0; r < results.rows().size(); r++) {
      for (int c = 0; c < results.columns().size(); c++) {
        boolean visible = !results.isSuppressed(r, c) && results.rows().get(r).counts().get(c) > 0;
        assertEquals(visible, drawn.contains(r + ":" + c), "segment " + r + ":" + c);
      }
    }
  }

  @Test
  void listsProblemsPrivacyNotesAndEveryCodeWithItsDefinition() throws Exception {
    Document doc = ReportFixtures.parse(render(OPEN, ReportFixtures.tables()));
    String problems = ReportFixtures.select(doc, "//section[@id='problemen']").get(0).getTextContent();
    assertTrue(problems.contains("zk05/oud.doc") && problems.contains("unknown-extension"), problems);
    String privacy = ReportFixtures.select(doc, "//section[@id='privacy']").get(0).getTextContent();
    assertTrue(privacy.contains("Geen onderdrukking van kleine aantallen") && privacy.contains("gevonden: 2"), privacy);
    assertFalse(privacy.contains("pseudoniemen"), privacy);
    for (var b : books.list()) {
      for (var c : b.codes()) {
        List<Element> row = ReportFixtures.select(doc, "//section[@id='codeboek-" + b.id() + "']//tr[td/code='"
            + b.column(c) + "']");
        assertEquals(1, row.size(), b.column(c));
        assertTrue(row.get(0).getTextContent().contains(c.label()), b.column(c));
      }
    }
  }

  @Test
  void aLargeStudyShowsAFewSentencesPerCodeAndSaysHowToSeeTheRest() throws Exception {
    List<org.dossiercoder.coding.SegmentCoding> many = new java.util.ArrayList<>(ReportFixtures.codings());
    String text = "Lln is agressief in de klas.";
    for (int i = 0; i < ReportModel.HTML_SENTENCES + 1; i++) {
      many.add(new org.dossiercoder.coding.SegmentCoding("zk01", "zk01/journaal.txt", "leerplichtdossier", 1000 + i,
          0, text.length(), 7, 16, "risicoprofiel", "gedrag_agressief", "r1",
          org.dossiercoder.codebook.MatchContext.AFFIRMED, true, "2015-03-02", text));
    }
    Path file = dir.resolve("large.html");
    HtmlReport.write(file, OPEN, ReportFixtures.tables(), many, PROBLEMS, books);
    String html = java.nio.file.Files.readString(file);
    int total = ReportModel.HTML_SENTENCES + 2;
    assertTrue(html.contains(total + " zinnen"), "the heading still counts every sentence");
    assertTrue(html.contains("… en " + (total - ReportModel.SENTENCES_PER_CODE) + " meer: <code>dossiercoder explain"
        + " --case zk01 --code risicoprofiel.gedrag_agressief</code>"), "and says how to see the rest");
    assertTrue(html.length() < 2_000_000, "not ten thousand sentences: " + html.length());
  }
}
