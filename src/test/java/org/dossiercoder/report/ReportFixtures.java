package org.dossiercoder.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.dossiercoder.Pipeline;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.codebook.MatchContext;
import org.dossiercoder.coding.SegmentCoding;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Hand-made tables in the shapes of tables 3, 4 and 9, with synthetic case ids ({@code zk01} …)
 * and counted sentences, and an XML reader for the report (it must be well-formed XHTML).
 */
final class ReportFixtures {
  static final Path CODEBOOKS = Path.of("codebooks");

  private ReportFixtures() {}

  static Codebooks codebooks() throws Exception {
    return Pipeline.loadCodebooks(CODEBOOKS).codebooks();
  }

  /** Case ids zk01…zkNN from..to (inclusive). */
  static List<String> ids(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(String.format(java.util.Locale.ROOT, "zk%02d", i));
    }
    return out;
  }

  private static ReportTable.Row row(String key, String label, List<List<String>> cells) {
    List<Integer> counts = new ArrayList<>();
    for (List<String> c : cells) {
      counts.add(c == null ? null : c.size());
    }
    return new ReportTable.Row(key, label, counts, cells.stream().map(c -> c == null ? List.<String>of() : c).toList());
  }

  /** Like table 3: one frequency column with %, n = 20; one row has a single case (1 of 20). */
  static ReportTable frequencies() {
    ReportTable.Column n = new ReportTable.Column("n", "", "frequentie (n=20)");
    return new ReportTable("tabel3", "Tabel 3: Gevonden risicoprofielen (n=20)", "gevonden risicoprofielen",
        List.of(n),
        List.of(
            row("risicoprofiel.gedrag", "Gedragsproblematiek", List.of(ids(1, 12))),
            row("risicoprofiel.persoonlijk", "Persoonlijke problematiek", List.of(ids(13, 13))),
            row("risicoprofiel.niveau", "Niveauproblematiek", List.of(ids(1, 6))),
            row("risicoprofiel.loopbaan", "Loopbaan <b>& \"extern\"</b>", List.of(ids(14, 15))),
            row("risicoprofiel.studiehouding", "Studiehouding", List.of(List.of()))),
        20, true);
  }

  /** Like table 4: a symmetric crossing with X on the diagonal. */
  static ReportTable crossing() {
    List<ReportTable.Column> cols = List.of(
        new ReportTable.Column("a", "", "Gedragsproblematiek"),
        new ReportTable.Column("b", "", "Persoonlijke problematiek"),
        new ReportTable.Column("c", "", "Niveauproblematiek"));
    return new ReportTable("tabel4", "Tabel 4: Gevonden combinaties van risicoprofielen (n=20)", "risicoprofielen",
        cols,
        List.of(
            row("a", "Gedragsproblematiek", java.util.Arrays.asList(null, ids(1, 9), ids(1, 2))),
            row("b", "Persoonlijke problematiek", java.util.Arrays.asList(ids(1, 9), null, ids(3, 10))),
            row("c", "Niveauproblematiek", java.util.Arrays.asList(ids(1, 2), ids(3, 10), null))),
        20, false);
  }

  /** Like table 9: results by group, with an "all cases" column. */
  static ReportTable results() {
    List<ReportTable.Column> cols = List.of(
        new ReportTable.Column("n", "", "frequentie (n=20)"),
        new ReportTable.Column("risicoprofiel.gedrag", "naar type problematiek", "Gedragsproblematiek"),
        new ReportTable.Column("risicoprofiel.persoonlijk", "naar type problematiek", "Persoonlijke problematiek"),
        new ReportTable.Column("interventie.procedureel", "naar uitgevoerde interventie(s)", "Procedurele interventies"));
    return new ReportTable("tabel9", "Tabel 9: Gevonden resultaten van interventie(s) (n=20)",
        "resultaten van interventie(s)", cols,
        List.of(
            row("resultaat.geen", "Geen resultaat", List.of(ids(1, 8), ids(1, 6), ids(7, 7), ids(1, 8))),
            row("resultaat.toename", "Toename van het verzuim", List.of(ids(9, 16), ids(9, 12), ids(13, 16), ids(9, 12))),
            row("resultaat.none", "niet vast te stellen", List.of(ids(17, 20), ids(17, 18), List.of(), ids(17, 20)))),
        20, false);
  }

  static List<ReportTable> tables() {
    return List.of(frequencies(), crossing(), results());
  }

  static final String SENTENCE = "Lln is in de klas agressief naar de docent geweest.";
  static final String NOT_COUNTED = "Er is geen sprake van agressie volgens moeder.";

  /** Counted sentences for zk01 and zk13, and a sentence of zk01 that did not count. */
  static List<SegmentCoding> codings() {
    int start = 200;
    int m = SENTENCE.indexOf("agressief");
    int n = NOT_COUNTED.indexOf("agressie");
    return List.of(
        new SegmentCoding("zk01", "zk01/journaal.txt", "leerplichtdossier", 4, start, start + SENTENCE.length(),
            start + m, start + m + "agressief".length(), "risicoprofiel", "gedrag_agressief", "r1",
            MatchContext.AFFIRMED, true, "2015-03-02", SENTENCE),
        new SegmentCoding("zk01", "zk01/journaal.txt", "leerplichtdossier", 9, 900, 900 + NOT_COUNTED.length(),
            900 + n, 900 + n + "agressie".length(), "risicoprofiel", "gedrag_agressief", "r1",
            MatchContext.NEGATED, false, "2015-04-01", NOT_COUNTED),
        new SegmentCoding("zk13", "zk13/opp.docx", "opp", 2, 10, 10 + "Moeder is ernstig ziek.".length(),
            10 + "Moeder is ".length(), 10 + "Moeder is ernstig ziek".length(), "risicoprofiel", "persoonlijk",
            "ziekte", MatchContext.OTHER_PERSON, true, "", "Moeder is ernstig ziek."));
  }

  /** Parses the report as XML: it must be well-formed. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> select(Document doc, String xpath) throws Exception {
    NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }
}
