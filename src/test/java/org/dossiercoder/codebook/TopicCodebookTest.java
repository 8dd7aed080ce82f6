package org.dossiercoder.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.Lexicon;
import org.dossiercoder.index.SpeakerKind;
import org.dossiercoder.ingest.DocumentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topic lists, and the transcript keys of rules (speakers, roles, question). */
class TopicCodebookTest {
  @TempDir Path dir;
  DutchAnalysis analysis;

  @BeforeEach
  void lexicon() throws Exception {
    CodebookFixtures.lexicon(dir);
    analysis = new DutchAnalysis(Lexicon.load(dir));
  }

  private Codebook load(String id, String yaml) throws Exception {
    return Codebooks.loadFile(CodebookFixtures.codebook(dir, id, yaml), analysis);
  }

  private String error(String id, String yaml) throws Exception {
    Path file = CodebookFixtures.codebook(dir, id, yaml);
    return assertThrows(DossierInputException.class, () -> Codebooks.loadFile(file, analysis)).getMessage();
  }

  @Test
  void aTopicListHasCategoriesAndItemsAndInterviewDefaults() throws Exception {
    Codebook book = load("topics_demo", """
        id: topics_demo
        label: Itemlijst
        kind: topics
        codes:
          - id: c1
            label: Profiel
          - id: i1a
            parent: c1
            label: Thuissituatie
            rules:
              - query: gezin
              - id: vraag
                question: 'thuis OR gezin'
        """);
    assertEquals(CodebookKind.TOPICS, book.kind());
    Rule word = book.code("i1a").rules().get(0);
    assertEquals(Set.of(DocumentType.INTERVIEW), word.documents(), "a topic list is about interviews");
    assertEquals(EnumSet.allOf(MatchContext.class), word.counts(), "a denial still speaks to the topic");
    assertEquals(Set.of(SpeakerKind.RESPONDENT), word.speakers());
    Rule question = book.code("i1a").rules().get(1);
    assertEquals("", question.query());
    assertTrue(question.compiled() instanceof MatchAllDocsQuery);
    assertEquals("question:thuis question:gezin", question.compiledQuestion().toString());
    assertNull(word.compiledQuestion());
  }

  @Test
  void topicListsAreNotCaseLevelColumns() throws Exception {
    load("topics_demo", "id: topics_demo\nlabel: T\nkind: topics\ncodes:\n  - id: c1\n    label: C\n");
    load("profiel", "id: profiel\nlabel: P\nkind: multi\ncodes:\n  - id: gedrag\n    label: G\n");
    Codebooks books = Codebooks.load(dir, analysis);
    assertEquals(List.of("profiel.gedrag"), books.topLevelColumns());
    assertEquals(2, books.list().size());
  }

  @Test
  void anUnknownCategoryNamesFileLineAndItem() throws Exception {
    String message = error("topics_demo", """
        id: topics_demo
        label: Itemlijst
        kind: topics
        codes:
          - id: c1
            label: Profiel
          - id: i9z
            parent: c9
            label: Los item
        """);
    assertTrue(message.contains("topics_demo.yaml:7"), message);
    assertTrue(message.endsWith("item 'i9z': unknown category 'c9'; categories of topics_demo are [c1]"), message);
    String nested = error("topics_demo", """
        id: topics_demo
        label: Itemlijst
        kind: topics
        codes:
          - id: c1
            label: Profiel
          - id: i1a
            parent: c1
            label: Item
          - id: i1a_x
            parent: i1a
            label: Sub-item
        """);
    assertTrue(nested.contains("topics_demo.yaml:10"), nested);
    assertTrue(nested.contains("item 'i1a_x': parent 'i1a' is an item, not a category"), nested);
  }

  @Test
  void transcriptKeysAreChecked() throws Exception {
    String head = "id: demo\nlabel: Demo\nkind: multi\ncodes:\n  - id: a\n    label: A\n    rules:\n";
    assertTrue(error("demo", head + "      - query: x\n        speakers: [ouder]\n")
        .contains("code 'a', rule 'r1': unknown speaker 'ouder'; expected respondent or interviewer"));
    assertTrue(error("demo", head + "      - query: x\n        roles: [moeder]\n")
        .contains("code 'a', rule 'r1': unknown role 'moeder'; expected one of [buurtteam, jeugdarts,"));
    assertTrue(error("demo", head + "      - question: '\"open'\n")
        .contains("code 'a', rule 'r1': question does not parse"));
    assertTrue(error("demo", head + "      - roles: [ouder]\n")
        .contains("code 'a', rule 'r1': missing 'query' (or 'question')"));
    Codebook book = load("demo", head + "      - query: x\n        speakers: [interviewer]\n        roles: [ouder, leerling]\n");
    Rule r = book.code("a").rules().get(0);
    assertEquals(Set.of(SpeakerKind.INTERVIEWER), r.speakers());
    assertEquals(Set.of("ouder", "leerling"), r.roles());
    assertEquals(Set.of(), r.documents(), "outside topic lists a rule applies to every document type");
    assertEquals(Set.of(MatchContext.AFFIRMED), r.counts());
  }
}
