package org.dossiercoder.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.Lexicon;
import org.dossiercoder.ingest.DocumentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebooksTest {
  @TempDir Path dir;
  DutchAnalysis analysis;

  @BeforeEach
  void lexicon() throws Exception {
    CodebookFixtures.lexicon(dir);
    analysis = new DutchAnalysis(Lexicon.load(dir));
  }

  private DossierInputException failing(String yaml) throws Exception {
    Path file = CodebookFixtures.codebook(dir, "demo", yaml);
    return assertThrows(DossierInputException.class, () -> Codebooks.loadFile(file, analysis));
  }

  @Test
  void loadsCodesRulesParentsAndDefaults() throws Exception {
    Path file = CodebookFixtures.codebook(dir, "demo", """
        id: demo
        label: Demo
        kind: multi
        synonyms: [afkortingen]
        codes:
          - id: kind_a
            label: A
            rules:
              - query: 'verzuim AND ziek*'
                documents: [opp, leerplichtdossier]
          - id: kind_a_sub
            parent: kind_a
            label: A sub
            min_segments: 2
            rules:
              - id: pv
                query: '"proces-verbaal"'
                counts: [affirmed, hypothetical]
                strong: true
        """);
    Codebook book = Codebooks.loadFile(file, analysis);
    assertEquals(List.of("kind_a"), book.topLevelCodes().stream().map(Code::id).toList());
    Rule r1 = book.code("kind_a").rules().get(0);
    assertEquals("r1", r1.id());
    assertEquals(Set.of(DocumentType.OPP, DocumentType.LEERPLICHTDOSSIER), r1.documents());
    assertEquals(Set.of(MatchContext.AFFIRMED), r1.counts());
    Rule pv = book.code("kind_a_sub").rules().get(0);
    assertTrue(pv.strong());
    assertEquals(Set.of(MatchContext.AFFIRMED, MatchContext.HYPOTHETICAL), pv.counts());
    assertEquals(2, book.code("kind_a_sub").minSegments());
    assertEquals("kind_a", book.topLevelOf("kind_a_sub").id());
    assertEquals("demo.kind_a", book.column(book.code("kind_a")));
  }

  @Test
  void aRuleKnowsTheDenialWordsItAsksForOutsideItsNotClauses() throws Exception {
    Path file = CodebookFixtures.codebook(dir, "demo", """
        id: demo
        label: Demo
        kind: multi
        codes:
          - id: a
            label: A
            rules:
              - id: own
                query: '"geen structuur" OR "spreekt geen nederlands"~1 OR nooit'
              - id: gap
                query: '"moeder gesproken"~3 NOT ("niet bereikbaar" OR geen)'
        """);
    Codebook book = Codebooks.loadFile(file, analysis);
    assertEquals(Set.of("geen", "nooit"), book.code("a").rules().get(0).denials());
    assertEquals(Set.of(), book.code("a").rules().get(1).denials(),
        "words the rule excludes are not its wording");
  }

  @Test
  void codesWithoutRulesLoadAsCodesCodedByHand() throws Exception {
    Path file = CodebookFixtures.codebook(dir, "demo", """
        id: demo
        label: Handmatig
        kind: single
        codes:
          - id: ja
            label: Ja
          - id: nee
            label: Nee
            description: Alleen met de hand gecodeerd.
        """);
    Codebook book = Codebooks.loadFile(file, analysis);
    assertEquals(List.of("ja", "nee"), book.codes().stream().map(Code::id).toList());
    assertTrue(book.codes().stream().allMatch(c -> c.allRules().isEmpty()));
    assertEquals(Codebook.Decision.RULES, book.decision());
    assertEquals("Alleen met de hand gecodeerd.", book.code("nee").description());
  }

  @Test
  void queryThatDoesNotParseNamesFileLineCodeAndRule() throws Exception {
    DossierInputException e = failing("""
        id: demo
        label: Demo
        kind: multi
        codes:
          - id: gedrag
            label: Gedrag
            rules:
              - id: agressie
                query: '"agressief gedrag'
        """);
    assertTrue(e.getMessage().startsWith(dir.resolve("demo.yaml") + ":9: code 'gedrag', rule 'agressie': query does not parse"),
        e.getMessage());
  }

  @Test
  void aDocumentConditionThatDoesNotParseNamesFileLineCodeRuleAndKey() throws Exception {
    DossierInputException e = failing("""
        id: demo
        label: Demo
        kind: multi
        codes:
          - id: school
            label: School
            rules:
              - id: trajectbegeleider
                query: trajectbegeleider
                document_with: '(bpv OR student'
        """);
    assertTrue(e.getMessage().startsWith(
        dir.resolve("demo.yaml") + ":10: code 'school', rule 'trajectbegeleider': document_with does not parse"),
        e.getMessage());
  }

  @Test
  void documentConditionsAreReadWithTheBooksFragments() throws Exception {
    Path file = dir.resolve("scope.yaml");
    Files.writeString(file, """
        id: scope
        label: Scope
        kind: multi
        fragments:
          mbo: 'bpv OR student'
        codes:
          - id: school
            label: School
            rules:
              - id: mbo
                query: trajectbegeleider
                document_with: '${mbo}'
              - id: vo
                query: trajectbegeleider
                document_without: '${mbo} OR rmc'
              - id: overal
                query: mentor
        """);
    Codebook book = Codebooks.loadFile(file, analysis);
    List<Rule> rules = book.code("school").allRules();
    assertEquals(new DocumentScope("(bpv OR student)", rules.get(0).scope().compiledWith(), "", null), rules.get(0).scope());
    assertEquals("(bpv OR student) OR rmc", rules.get(1).scope().without());
    assertTrue(rules.get(1).scope().compiledWith() == null && rules.get(1).scope().compiledWithout() != null);
    assertEquals(DocumentScope.ANY, rules.get(2).scope());
  }

  @Test
  void aSkipQueryThatDoesNotParseNamesFileLineAndKey() throws Exception {
    DossierInputException e = failing("""
        id: demo
        label: Demo
        kind: multi
        skip: '"ondersteuningsbehoefte'
        codes:
          - id: gedrag
            label: Gedrag
            rules:
              - query: agressief
        """);
    assertTrue(e.getMessage().startsWith(dir.resolve("demo.yaml") + ":4: skip does not parse"), e.getMessage());
  }

  @Test
  void rulesShareNamedFragmentsAndKeepTheExpandedQuery() throws Exception {
    Path file = CodebookFixtures.codebook(dir, "demo", """
        id: demo
        label: Demo
        kind: multi
        fragments:
          alleen_lln: '(lln OR wekker) NOT (mentor OR ouders)'
        skip: '${alleen_lln}'
        codes:
          - id: a
            label: A
            rules:
              - id: shared
                query: 'afspraak NOT ${alleen_lln}'
              - id: inline
                query: 'afspraak NOT ((lln OR wekker) NOT (mentor OR ouders))'
        """);
    Codebook book = Codebooks.loadFile(file, analysis);
    Rule shared = book.code("a").rules().get(0);
    Rule inline = book.code("a").rules().get(1);
    assertEquals("afspraak NOT ((lln OR wekker) NOT (mentor OR ouders))", shared.query());
    assertEquals(inline.compiled(), shared.compiled());
    assertEquals("((lln OR wekker) NOT (mentor OR ouders))", book.skip(), "skip: takes fragments too");
  }

  @Test
  void anUnknownFragmentNamesFileLineCodeRuleAndTheKnownFragments() throws Exception {
    DossierInputException e = failing("""
        id: demo
        label: Demo
        kind: multi
        fragments:
          alleen_lln: 'lln NOT mentor'
        codes:
          - id: procedureel
            label: Procedureel
            rules:
              - id: afspraken
                query: 'afspraak NOT ${alleen_leerling}'
        """);
    assertEquals(dir.resolve("demo.yaml") + ":11: code 'procedureel', rule 'afspraken': query refers to unknown "
        + "fragment '${alleen_leerling}'; the known fragments are [alleen_lln]", e.getMessage());
  }

  @Test
  void twoCodebooksShareTheFolderFragmentsFileAndItIsNoCodebook() throws Exception {
    Files.writeString(dir.resolve("fragments.yaml"), """
        # shared
        fragments:
          huiswerk: '"huiswerk niet"~2 OR "geen huiswerk"'
        """);
    CodebookFixtures.codebook(dir, "risico", """
        id: risico
        label: Risico
        kind: multi
        codes:
          - id: studiehouding
            label: Studiehouding
            rules:
              - query: '${huiswerk} OR ongemotiveerd'
        """);
    CodebookFixtures.codebook(dir, "opp", """
        id: opp
        label: OPP
        kind: multi
        fragments:
          eigen: 'werkhouding'
        codes:
          - id: werkhouding
            label: Werkhouding
            rules:
              - query: '${huiswerk} OR ${eigen}'
        """);
    Codebooks books = Codebooks.load(dir, analysis);
    assertEquals(List.of("opp", "risico"), books.list().stream().map(Codebook::id).sorted().toList(),
        "fragments.yaml is not loaded as a codebook");
    assertEquals("(\"huiswerk niet\"~2 OR \"geen huiswerk\") OR ongemotiveerd",
        books.list().stream().filter(b -> b.id().equals("risico")).findFirst().orElseThrow()
            .code("studiehouding").rules().get(0).query());
    assertEquals("(\"huiswerk niet\"~2 OR \"geen huiswerk\") OR (werkhouding)",
        Codebooks.loadFile(dir.resolve("opp.yaml"), analysis).code("werkhouding").rules().get(0).query(),
        "loading one file reads the fragments.yaml beside it");
  }

  /** A codebook without fragments of its own, to load beside a shared fragments file. */
  private static final String ONE_RULE_BOOK = """
        id: demo
        label: Demo
        kind: multi
        codes:
          - id: a
            label: A
            rules:
              - query: 'afspraak'
        """;

  @Test
  void aBrokenSharedFragmentOrABookRedefiningOneNamesTheFileAndLine() throws Exception {
    Files.writeString(dir.resolve("fragments.yaml"), """
        fragments:
          goed: 'lln'
          kapot: '"lln NOT mentor'
        """);
    DossierInputException broken = failing(ONE_RULE_BOOK);
    assertTrue(broken.getMessage().startsWith(dir.resolve("fragments.yaml") + ":3: fragment 'kapot' does not parse"),
        broken.getMessage());
    Files.writeString(dir.resolve("fragments.yaml"), "fragments:\n  goed: 'lln'\n");
    DossierInputException clash = failing("""
        id: demo
        label: Demo
        kind: multi
        fragments:
          goed: 'mentor'
        codes:
          - id: a
            label: A
            rules:
              - query: 'afspraak'
        """);
    assertEquals(dir.resolve("demo.yaml") + ":5: fragment 'goed' is also defined in " + dir.resolve("fragments.yaml")
        + "; give one of them another name", clash.getMessage());
    Files.writeString(dir.resolve("fragments.yaml"), "fragmenten:\n  goed: 'lln'\n");
    DossierInputException key = failing(ONE_RULE_BOOK);
    assertEquals(dir.resolve("fragments.yaml") + ":1: unknown key 'fragmenten'; expected one of [fragments]",
        key.getMessage());
  }

  @Test
  void aFragmentThatDoesNotParseOrNestsIsNamedAtItsOwnLine() throws Exception {
    DossierInputException broken = failing("""
        id: demo
        label: Demo
        kind: multi
        fragments:
          goed: 'lln'
          kapot: '"lln NOT mentor'
        codes:
          - id: a
            label: A
            rules:
              - query: 'afspraak'
        """);
    assertTrue(broken.getMessage().startsWith(dir.resolve("demo.yaml") + ":6: fragment 'kapot' does not parse"),
        broken.getMessage());
    DossierInputException nested = failing("""
        id: demo
        label: Demo
        kind: multi
        fragments:
          a: 'lln'
          b: '${a} NOT mentor'
        codes:
          - id: a
            label: A
            rules:
              - query: 'afspraak'
        """);
    assertEquals(dir.resolve("demo.yaml") + ":6: fragment 'b' refers to another fragment; fragments cannot nest",
        nested.getMessage());
  }

  @Test
  void unknownKeyIsRejectedWithTheKeysThatAreAllowed() throws Exception {
    DossierInputException e = failing("""
        id: demo
        label: Demo
        kind: multi
        codes:
          - id: gedrag
            label: Gedrag
            rulez: []
        """);
    assertEquals(dir.resolve("demo.yaml") + ":7: code 'gedrag': unknown key 'rulez'; expected one of "
        + "[description, id, label, min_segments, parent, rules, unless]", e.getMessage());
  }

  @Test
  void unknownParentDocumentTypeContextKindAndSynonymListAreErrors() throws Exception {
    String head = "id: demo\nlabel: Demo\nkind: multi\ncodes:\n";
    assertTrue(failing(head + "  - id: a\n    label: A\n    parent: zz\n").getMessage()
        .endsWith("code 'a': parent 'zz' is not a code of demo"));
    assertTrue(failing(head + "  - id: a\n    label: A\n    rules:\n      - query: x\n        documents: [brief]\n")
        .getMessage().contains("code 'a', rule 'r1': unknown document type 'brief'"));
    assertTrue(failing(head + "  - id: a\n    label: A\n    rules:\n      - query: x\n        counts: [maybe]\n")
        .getMessage().contains("unknown context 'maybe'"));
    assertTrue(failing(head + "  - id: a\n    label: A\n    rules:\n      - query: x\n        from: 1-8-2015\n")
        .getMessage().contains("code 'a', rule 'r1': 'from' must be a date like 2015-08-01, found '1-8-2015'"));
    assertTrue(failing("id: demo\nlabel: Demo\nkind: several\ncodes: []\n").getMessage()
        .contains("kind 'several' unknown; expected multi, single or topics"));
    assertTrue(failing("id: demo\nlabel: Demo\nkind: multi\nsynonyms: [nope]\ncodes:\n  - id: a\n    label: A\n")
        .getMessage().contains("unknown synonym list 'nope'"));
  }

  @Test
  void idMustMatchFileNameAndCodesMustBeUnique() throws Exception {
    assertTrue(failing("id: other\nlabel: X\nkind: multi\ncodes:\n  - id: a\n    label: A\n").getMessage()
        .contains("id 'other' must equal the file name 'demo'"));
    assertTrue(failing("id: demo\nlabel: X\nkind: multi\ncodes:\n  - id: a\n    label: A\n  - id: a\n    label: B\n")
        .getMessage().contains(":7: code 'a': duplicate code id"));
  }

  @Test
  void brokenYamlNamesTheLine() throws Exception {
    DossierInputException e = failing("id: demo\nlabel: [unclosed\nkind: multi\n");
    assertTrue(e.getMessage().startsWith(dir.resolve("demo.yaml").toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
  }
}
