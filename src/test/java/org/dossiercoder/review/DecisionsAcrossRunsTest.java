package org.dossiercoder.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Pipeline;
import org.dossiercoder.Project;
import org.dossiercoder.RunOptions;
import org.dossiercoder.RunResult;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.DecisionAction;
import org.dossiercoder.store.StoredSegment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manual decisions last: re-running automatic coding never overwrites, deletes or duplicates
 * them, case-level codes use them, and proposals that changed underneath are flagged.
 */
class DecisionsAcrossRunsTest {
  @TempDir Path dir;
  Path corpus;
  Path books;
  Path out;

  static final String RISICO = """
      id: risicoprofiel
      label: Risicoprofielen
      kind: multi
      codes:
        - id: gedrag
          label: Gedragsproblematiek
          rules: [{id: agressie, query: 'agressief OR brutaal'}]
        - id: persoonlijk
          label: Persoonlijke problematiek
          rules: [{id: thuis, query: 'scheiding'}]
        - id: niveau
          label: Niveauproblematiek
          rules: [{id: achterstand, query: 'leerachterstand'}]
      """;

  static final String SOORT = """
      id: soort
      label: Soort
      kind: single
      codes:
        - id: kort
          label: Kort
          rules: [{query: 'kort'}]
        - id: lang
          label: Lang
          rules: [{query: 'langdurig'}]
      """;

  @BeforeEach
  void corpus() throws Exception {
    corpus = dir.resolve("corpus");
    books = dir.resolve("codebooks");
    out = dir.resolve("out");
    CodebookFixtures.lexicon(books);
    CodebookFixtures.codebook(books, "risicoprofiel", RISICO);
    CodebookFixtures.codebook(books, "soort", SOORT);
    Files.createDirectories(corpus.resolve("k1"));
    Files.createDirectories(corpus.resolve("k2"));
    Files.writeString(corpus.resolve("cases.csv"), "case_id,age\nk1,14\nk2,15\n");
    Files.writeString(corpus.resolve("k1/journaal.txt"), """
        01-02-2015 Lln was brutaal tegen de mentor.
        02-02-2015 Er zijn geen aanwijzingen voor een scheiding van de ouders.
        03-02-2015 Het verzuim is kort.
        """);
    Files.writeString(corpus.resolve("k2/journaal.txt"), """
        01-03-2015 Broer is agressief op straat.
        02-03-2015 Lln heeft een leerachterstand.
        """);
  }

  private RunResult run() throws Exception {
    return Pipeline.run(RunOptions.builder().corpus(corpus).codebooks(books).out(out).threads(1).build(), s -> { });
  }

  private Project project() throws Exception {
    return Project.open(out, org.dossiercoder.ingest.Corpus.load(corpus), Pipeline.loadCodebooks(books).codebooks());
  }

  private static String keyOf(Project p, String caseId, String words) throws Exception {
    for (StoredSegment s : p.store().segments().values()) {
      if (s.caseId().equals(caseId) && s.text().contains(words)) {
        return s.key();
      }
    }
    throw new AssertionError("no segment with '" + words + "'");
  }

  @Test
  void aRejectedProposalStaysRejectedAcrossReRuns() throws Exception {
    assertEquals(1, run().caseCodes().value("k1", "risicoprofiel.gedrag"));
    try (Project p = project()) {
      p.record(List.of(Decision.reject("k1", keyOf(p, "k1", "brutaal"), "risicoprofiel", "gedrag", "anna",
          "brutaal tegen één docent is geen gedragsprobleem")), null);
    }
    for (int i = 0; i < 2; i++) {
      RunResult again = run();
      assertEquals(0, again.caseCodes().value("k1", "risicoprofiel.gedrag"), "run " + i);
      SegmentCoding c = again.codings().stream().filter(x -> x.code().equals("gedrag") && x.caseId().equals("k1"))
          .findFirst().orElseThrow();
      assertFalse(c.counted(), "the rejected proposal stays visible but does not count");
    }
    try (Project p = project()) {
      assertEquals(1, p.store().allDecisions().size(), "re-runs neither duplicate nor delete decisions");
      assertEquals("", p.store().allDecisions().get(0).review());
    }
  }

  @Test
  void anAcceptedNegatedProposalCountsAndStays() throws Exception {
    RunResult first = run();
    assertEquals(0, first.caseCodes().value("k1", "risicoprofiel.persoonlijk"), "negated: does not count");
    try (Project p = project()) {
      p.record(List.of(Decision.accept("k1", keyOf(p, "k1", "scheiding"), "risicoprofiel", "persoonlijk", "anna", "")),
          null);
      assertEquals(1, p.effective().caseCodes().value("k1", "risicoprofiel.persoonlijk"));
    }
    assertEquals(1, run().caseCodes().value("k1", "risicoprofiel.persoonlijk"));
    assertEquals(1, run().caseCodes().value("k1", "risicoprofiel.persoonlijk"));
  }

  @Test
  void aHandMadeCodingStaysWithoutDuplicates() throws Exception {
    run();
    try (Project p = project()) {
      String key = keyOf(p, "k1", "brutaal");
      int at = p.store().segments().get(key).text().indexOf("brutaal");
      p.record(List.of(Decision.addSpan("k1", key, at, at + 7, "risicoprofiel", "niveau", "bram", "zwakke lezer")),
          null);
      assertEquals("brutaal", p.store().allDecisions().get(0).text(), "the span's words are kept with the decision");
    }
    for (int i = 0; i < 2; i++) {
      RunResult r = run();
      assertEquals(1, r.caseCodes().value("k1", "risicoprofiel.niveau"));
      List<SegmentCoding> manual = r.codings().stream()
          .filter(c -> c.caseId().equals("k1") && c.code().equals("niveau")).toList();
      assertEquals(1, manual.size(), "one hand-made coding, not one per run");
      assertEquals("", manual.get(0).rule());
      int start = manual.get(0).start();
      assertEquals("brutaal", manual.get(0).text().substring(manual.get(0).matchStart() - start,
          manual.get(0).matchEnd() - start));
    }
  }

  @Test
  void decisionsFollowTheirSentenceWhenTheDocumentGrows() throws Exception {
    run();
    try (Project p = project()) {
      p.record(List.of(Decision.reject("k1", keyOf(p, "k1", "brutaal"), "risicoprofiel", "gedrag", "anna", "")), null);
    }
    String text = Files.readString(corpus.resolve("k1/journaal.txt"));
    Files.writeString(corpus.resolve("k1/journaal.txt"), "15-01-2015 Aanmelding door school.\n" + text);
    RunResult r = run();
    assertEquals(0, r.caseCodes().value("k1", "risicoprofiel.gedrag"), "the decision moved with its sentence");
  }

  @Test
  void proposalsThatChangeUnderADecisionAreFlaggedForReview() throws Exception {
    run();
    try (Project p = project()) {
      p.record(List.of(
          Decision.reject("k1", keyOf(p, "k1", "brutaal"), "risicoprofiel", "gedrag", "anna", ""),
          Decision.accept("k2", keyOf(p, "k2", "leerachterstand"), "risicoprofiel", "niveau", "anna", "")), null);
    }
    // New rules: 'brutaal' is now matched by a second rule too, and 'leerachterstand' no longer.
    CodebookFixtures.codebook(books, "risicoprofiel", RISICO
        .replace("rules: [{id: agressie, query: 'agressief OR brutaal'}]",
            "rules: [{id: agressie, query: 'agressief OR brutaal'}, {id: houding, query: 'brutaal'}]")
        .replace("query: 'leerachterstand'", "query: 'dyslexie'"));
    RunResult r = run();
    try (Project p = project()) {
      List<Decision> all = p.store().allDecisions();
      assertEquals("proposal-changed", all.get(0).review());
      assertEquals("proposal-gone", all.get(1).review());
    }
    assertEquals(0, r.caseCodes().value("k1", "risicoprofiel.gedrag"), "still rejected, only flagged");
  }

  @Test
  void caseLevelValuesOverrideAndSingleChoiceKeepsOneCode() throws Exception {
    RunResult first = run();
    assertEquals(1, first.caseCodes().value("k1", "soort.kort"));
    try (Project p = project()) {
      p.record(List.of(
          Decision.setCase("k1", "soort", "lang", 1, "anna", "journaal elders zegt langdurig"),
          Decision.setCase("k2", "risicoprofiel", "niveau", 0, "anna", "")), null);
    }
    RunResult r = run();
    assertEquals(0, r.caseCodes().value("k1", "soort.kort"));
    assertEquals(1, r.caseCodes().value("k1", "soort.lang"));
    assertEquals("manual", r.caseCodes().decision("k1", "soort.lang").source());
    assertEquals(0, r.caseCodes().value("k2", "risicoprofiel.niveau"));
  }

  @Test
  void aLaterDecisionSupersedesTheEarlierOneWhichStaysInTheHistory() throws Exception {
    run();
    try (Project p = project()) {
      String key = keyOf(p, "k1", "brutaal");
      p.record(List.of(Decision.reject("k1", key, "risicoprofiel", "gedrag", "anna", "eerst")), null);
      p.record(List.of(Decision.accept("k1", key, "risicoprofiel", "gedrag", "anna", "toch wel")), null);
      List<Decision> h = p.history("k1");
      assertEquals(2, h.size());
      assertFalse(h.get(0).active());
      assertTrue(h.get(1).active());
      assertEquals(h.get(0).id(), h.get(1).replaces());
      assertEquals(DecisionAction.ACCEPT, h.get(1).action());
      assertEquals(1, p.effective().caseCodes().value("k1", "risicoprofiel.gedrag"));
    }
  }

  @Test
  void consensusWinsOverIndividualCoders() throws Exception {
    run();
    try (Project p = project()) {
      String key = keyOf(p, "k1", "brutaal");
      p.record(List.of(Decision.reject("k1", key, "risicoprofiel", "gedrag", EffectiveCodings.CONSENSUS, "overleg")),
          null);
      p.record(List.of(Decision.accept("k1", key, "risicoprofiel", "gedrag", "bram", "later, alleen")), null);
      assertEquals(0, p.effective().caseCodes().value("k1", "risicoprofiel.gedrag"));
    }
  }

  @Test
  void aBatchWithOneBadDecisionStoresNothing() throws Exception {
    run();
    try (Project p = project()) {
      String key = keyOf(p, "k1", "brutaal");
      DossierInputException e = assertThrows(DossierInputException.class, () -> p.record(List.of(
          Decision.reject("k1", key, "risicoprofiel", "gedrag", "anna", ""),
          Decision.reject("k1", "k1/journaal.txt#00000000deadbeef#0", "risicoprofiel", "gedrag", "anna", "")),
          Path.of("review.xlsx")));
      assertTrue(e.getMessage().contains("decision 2: unknown segment"), e.getMessage());
      assertThrows(DossierInputException.class, () -> p.record(List.of(
          Decision.reject("k2", key, "risicoprofiel", "gedrag", "anna", "")), null));
      assertThrows(DossierInputException.class, () -> p.record(List.of(
          Decision.setCase("k1", "risicoprofiel", "bestaat_niet", 1, "anna", "")), null));
      assertEquals(0, p.store().allDecisions().size());
    }
  }
}
