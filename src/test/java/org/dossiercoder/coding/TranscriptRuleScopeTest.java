package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.dossiercoder.Pipeline;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.index.SegmentIndex;
import org.dossiercoder.index.SentenceSplitter;
import org.dossiercoder.index.SpeakerKind;
import org.dossiercoder.index.TranscriptSplitter;
import org.dossiercoder.ingest.DocumentRef;
import org.dossiercoder.ingest.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules listen to respondents by default, and can be scoped by speaker, role and question. */
class TranscriptRuleScopeTest {
  @TempDir Path dir;

  private static final String OUDER = """
      Interview ouder, casus k1
      I: Is ze gepest op school?
      R: Nee, ze is nooit gepest. Wel was ze bang voor de gymles.
      I: Hoe gaat het thuis?
      Moeder: Rustig. We wonen met z'n drieën.
      """;
  private static final String LEERLING = """
      I: Hoe gaat het thuis?
      R: Gewoon goed.
      I: Word je gepest?
      R: Soms.
      """;
  private static final String JOURNAAL = "01-02-2015 Moeder meldt dat lln gepest wordt.\n";

  private List<SegmentCoding> code(String yaml) throws Exception {
    Path books = dir.resolve("codebooks");
    CodebookFixtures.lexicon(books);
    CodebookFixtures.codebook(books, "demo", yaml);
    Pipeline.Setup setup = Pipeline.loadCodebooks(books);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (SegmentIndex index = SegmentIndex.open(dir.resolve("index"), setup.analysis())) {
      index.replace(new DocumentRef("k1/interview-ouder.txt", "k1", dir.resolve("o"), DocumentType.INTERVIEW, "ouder"),
          TranscriptSplitter.split(OUDER, "ouder").segments());
      index.replace(new DocumentRef("k1/interview-leerling.txt", "k1", dir.resolve("l"), DocumentType.INTERVIEW, "leerling"),
          TranscriptSplitter.split(LEERLING, "leerling").segments());
      index.replace(new DocumentRef("k1/journaal.txt", "k1", dir.resolve("j"), DocumentType.LEERPLICHTDOSSIER, ""),
          SentenceSplitter.split(JOURNAAL));
      index.commit();
      try (DirectoryReader reader = index.openReader()) {
        return new RuleMatcher(setup.classifier()).match(reader, setup.codebooks(), pool);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Code to the (document file, turn) pairs it was matched in. */
  private static Map<String, Set<String>> where(List<SegmentCoding> codings) {
    Map<String, Set<String>> out = new java.util.TreeMap<>();
    for (SegmentCoding c : codings) {
      String doc = c.docId().substring(c.docId().indexOf('/') + 1);
      out.computeIfAbsent(c.code(), k -> new java.util.TreeSet<>()).add(doc + "#" + c.turn());
    }
    return out;
  }

  @Test
  void speakersRolesAndQuestionScopeARule() throws Exception {
    List<SegmentCoding> codings = code("""
        id: demo
        label: Demo
        kind: multi
        codes:
          - id: gepest
            label: Gepest (default scope)
            rules: [{query: gepest}]
          - id: gepest_vraag
            label: Gepest gevraagd
            rules: [{query: gepest, speakers: [interviewer]}]
          - id: gepest_iedereen
            label: Gepest door wie ook
            rules: [{query: gepest, speakers: [respondent, interviewer]}]
          - id: gepest_ouder
            label: Gepest volgens ouders
            rules: [{query: gepest, roles: [ouder]}]
          - id: thuis
            label: Antwoord op een vraag over thuis
            rules: [{question: 'thuis'}]
          - id: thuis_goed
            label: Goed, als antwoord op een vraag over thuis
            rules: [{query: goed, question: 'thuis'}]
          - id: gym
            label: Gym, in antwoord op een vraag over pesten
            rules: [{query: gymles, question: 'gepest OR pesten'}]
        """);
    Map<String, Set<String>> where = where(codings);
    // The interviewer's "Is ze gepest?" and "Word je gepest?" are no evidence by default;
    // the journal (not a transcript) counts as the respondent's voice.
    assertEquals(Set.of("interview-ouder.txt#2", "journaal.txt#0"), where.get("gepest"));
    assertEquals(Set.of("interview-ouder.txt#1", "interview-leerling.txt#3"), where.get("gepest_vraag"));
    assertEquals(Set.of("interview-ouder.txt#1", "interview-ouder.txt#2", "interview-leerling.txt#3", "journaal.txt#0"),
        where.get("gepest_iedereen"));
    assertEquals(Set.of("interview-ouder.txt#2"), where.get("gepest_ouder"));
    // A question-only rule codes every sentence of every answer to such a question.
    assertEquals(Set.of("interview-ouder.txt#4", "interview-leerling.txt#2"), where.get("thuis"));
    assertEquals(2, codings.stream().filter(c -> c.code().equals("thuis") && c.docId().endsWith("ouder.txt")).count());
    assertEquals(Set.of("interview-leerling.txt#2"), where.get("thuis_goed"));
    assertEquals(Set.of("interview-ouder.txt#2"), where.get("gym"));

    SegmentCoding answer = codings.stream()
        .filter(c -> c.code().equals("thuis") && c.docId().endsWith("ouder.txt")).findFirst().orElseThrow();
    assertEquals(4, answer.turn());
    assertEquals("Moeder", answer.speaker());
    assertEquals(SpeakerKind.RESPONDENT, answer.speakerKind());
    assertEquals("ouder", answer.role());
    assertEquals("Hoe gaat het thuis?", answer.question());
    assertEquals("Rustig.", answer.text());
    assertTrue(codings.stream().noneMatch(c -> c.speakerKind() == SpeakerKind.HEADER), "headers are never coded");
  }
}
