package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.dossiercoder.Pipeline;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.codebook.MatchContext;
import org.dossiercoder.index.SegmentIndex;
import org.dossiercoder.index.SentenceSplitter;
import org.dossiercoder.ingest.DocumentRef;
import org.dossiercoder.ingest.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules run against a real on-disk index with the Dutch chain. */
class RuleMatcherTest {
  @TempDir Path dir;

  private List<SegmentCoding> code(String yaml, String journal, String opp) throws Exception {
    Path books = dir.resolve("codebooks");
    CodebookFixtures.lexicon(books);
    CodebookFixtures.codebook(books, "demo", yaml);
    Pipeline.Setup setup = Pipeline.loadCodebooks(books);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (SegmentIndex index = SegmentIndex.open(dir.resolve("index"), setup.analysis())) {
      index.replace(new DocumentRef("k1/journaal.txt", "k1", dir.resolve("j"), DocumentType.LEERPLICHTDOSSIER, ""),
          SentenceSplitter.split(journal));
      index.replace(new DocumentRef("k1/opp.txt", "k1", dir.resolve("o"), DocumentType.OPP, ""),
          SentenceSplitter.split(opp));
      index.commit();
      try (DirectoryReader reader = index.openReader()) {
        return new RuleMatcher(setup.classifier()).match(reader, setup.codebooks(), pool);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void compoundsAccentsAbbreviationsAndScopeWork() throws Exception {
    String yaml = """
        id: demo
        label: Demo
        kind: multi
        synonyms: [afkortingen]
        codes:
          - id: verzuim
            label: Verzuim
            rules:
              - query: verzuim
          - id: lpa
            label: LPA
            rules:
              - query: leerplichtambtenaar
          - id: coordinator
            label: Coördinator
            rules:
              - query: coordinator
                documents: [opp]
          - id: pv
            label: PV
            rules:
              - query: procesverbaal
                counts: [affirmed, hypothetical]
          - id: werk
            label: Werkhouding
            rules:
              - query: begeleidt OR belt
                sections: [werkhouding]
          - id: februari
            label: Begin februari
            rules:
              - query: gesprek OR pv
                from: 2015-02-02
                until: 2015-02-03
        """;
    String journal = "01-02-2015 Veel schoolverzuim en ziekteverzuim.\n"
        + "02-02-2015 Gesprek met LPA.\n03-02-2015 Indien het zo blijft volgt een PV.\n"
        + "04-02-2015 De coördinator belt.";
    String opp = "Werkhouding\nDe zorgcoördinator begeleidt.";
    List<SegmentCoding> codings = code(yaml, journal, opp);
    List<String> verzuim = codings.stream().filter(c -> c.code().equals("verzuim")).map(SegmentCoding::text).toList();
    assertEquals(List.of("01-02-2015 Veel schoolverzuim en ziekteverzuim."), verzuim);
    assertTrue(codings.stream().anyMatch(c -> c.code().equals("lpa") && c.text().contains("LPA")));
    List<SegmentCoding> coord = codings.stream().filter(c -> c.code().equals("coordinator")).toList();
    assertEquals(0, coord.size(), "'zorgcoördinator' is not split without the part in the lexicon, and the journal is out of scope");
    List<String> werk = codings.stream().filter(c -> c.code().equals("werk")).map(SegmentCoding::text).toList();
    assertEquals(List.of("De zorgcoördinator begeleidt."), werk, "section scope keeps the journal's 'belt' out");
    List<String> feb = codings.stream().filter(c -> c.code().equals("februari")).map(SegmentCoding::entryDate).toList();
    assertEquals(List.of("2015-02-02", "2015-02-03"), feb, "a period keeps only entries dated within it");
    SegmentCoding pv = codings.stream().filter(c -> c.code().equals("pv")).findFirst().orElseThrow();
    assertEquals(MatchContext.HYPOTHETICAL, pv.context());
    assertTrue(pv.counted(), "announcing a PV counts where the rule says so");
    assertEquals("PV", journal.substring(pv.matchStart(), pv.matchEnd()));
    assertEquals("2015-02-03", pv.entryDate());
  }

  @Test
  void negatedMatchIsRecordedButNotCounted() throws Exception {
    String yaml = """
        id: demo
        label: Demo
        kind: multi
        codes:
          - id: gedrag
            label: Gedrag
            rules:
              - query: 'gedrag AND problemen'
        """;
    List<SegmentCoding> codings = code(yaml,
        "01-02-2015 Er zijn geen aanwijzingen voor gedragsproblemen.\n02-02-2015 Wel gedragsproblemen in de klas.", "x");
    assertEquals(2, codings.size());
    assertEquals(MatchContext.NEGATED, codings.get(0).context());
    assertEquals(false, codings.get(0).counted());
    assertEquals(MatchContext.AFFIRMED, codings.get(1).context());
    assertEquals(true, codings.get(1).counted());
  }

  @Test
  void codesWithoutRulesAreCodedByHandOnly() throws Exception {
    String yaml = """
        id: demo
        label: Demo
        kind: multi
        codes:
          - id: verzuim
            label: Verzuim
            rules:
              - query: verzuim
          - id: citaat
            label: Opvallend citaat
            description: Coded by hand; the word verzuim must not code it.
          - id: ziekteverzuim
            parent: citaat
            label: Ziekteverzuim (met de hand)
        """;
    List<SegmentCoding> codings = code(yaml, "01-02-2015 Veel schoolverzuim en ziekteverzuim.", "Verzuim.");
    assertEquals(List.of("verzuim"), codings.stream().map(SegmentCoding::code).distinct().toList());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      Overdracht                              | true
      ONTWIKKELINGSPERSPECTIEFPLAN (OPP)      | true
      VERSLAG ZAT 12-02-2015                  | true
      Moeder gebeld                           | false
      Overdracht:                             | false
      Overdracht aan collega LPA gedaan.      | false
      MDO.                                    | false
      """)
  void titlesAndBareHeadingsAreNoStatements(String text, boolean title) {
    assertEquals(title, RuleMatcher.isTitle(text));
  }
}
