package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.dossiercoder.Pipeline;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.codebook.MatchContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCoderTest {
  @TempDir Path dir;
  Codebooks books;

  @BeforeEach
  void load() throws Exception {
    CodebookFixtures.lexicon(dir);
    CodebookFixtures.codebook(dir, "m", """
        id: m
        label: M
        kind: multi
        codes:
          - {id: top, label: Top}
          - id: child
            parent: top
            label: Child
            rules: [{query: kind}]
          - id: twice
            label: Twice
            min_segments: 2
            rules: [{id: weak, query: a}, {id: sterk, query: b, strong: true}]
        """);
    CodebookFixtures.codebook(dir, "s", """
        id: s
        label: S
        kind: single
        codes:
          - {id: first, label: First, rules: [{query: a}]}
          - {id: second, label: Second, rules: [{query: b}]}
        """);
    books = Pipeline.loadCodebooks(dir).codebooks();
  }

  private static SegmentCoding c(String caseId, int ord, String book, String code, String rule, boolean counted, String date) {
    return new SegmentCoding(caseId, caseId + "/j", "leerplichtdossier", ord, 0, 1, 0, 1, book, code, rule,
        counted ? MatchContext.AFFIRMED : MatchContext.NEGATED, counted, date, "t");
  }

  @Test
  void childMakesParentHoldAndThresholdsApply() {
    CaseCodes codes = CaseCoder.decide(List.of("k1", "k2", "k3"), books, List.of(
        c("k1", 0, "m", "child", "r1", true, ""),
        c("k1", 1, "m", "twice", "weak", true, ""),
        c("k2", 0, "m", "twice", "weak", true, ""),
        c("k2", 1, "m", "twice", "weak", true, ""),
        c("k3", 0, "m", "twice", "sterk", true, ""),
        c("k3", 1, "m", "child", "r1", false, "")));
    assertEquals(1, codes.value("k1", "m.top"));
    assertEquals(1, codes.value("k1", "m.child"));
    assertEquals(0, codes.value("k1", "m.twice"), "one weak segment is below min_segments 2");
    assertEquals(1, codes.value("k2", "m.twice"));
    assertEquals(1, codes.value("k3", "m.twice"), "a strong rule alone is enough");
    assertEquals(0, codes.value("k3", "m.top"), "a negated child match does not count");
  }

  @Test
  void singleChoicePicksTheBestSupportedThenTheLatestCode() {
    CaseCodes codes = CaseCoder.decide(List.of("k1", "k2", "k3"), books, List.of(
        c("k1", 0, "s", "first", "r1", true, "2015-01-01"),
        c("k1", 1, "s", "first", "r1", true, "2015-02-01"),
        c("k1", 2, "s", "second", "r1", true, "2015-03-01"),
        c("k2", 0, "s", "first", "r1", true, "2015-05-01"),
        c("k2", 1, "s", "second", "r1", true, "2015-06-01")));
    assertEquals(1, codes.value("k1", "s.first"));
    assertEquals(0, codes.value("k1", "s.second"));
    assertEquals(1, codes.value("k2", "s.second"), "a tie goes to the code supported latest");
    assertEquals(0, codes.value("k3", "s.first"));
    assertEquals(0, codes.value("k3", "s.second"), "no support: no code");
  }
}
