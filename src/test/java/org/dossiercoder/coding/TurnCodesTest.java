package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.codebook.MatchContext;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.Lexicon;
import org.dossiercoder.index.SpeakerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topic codes per turn: items make their category hold, unless-rules veto within the turn. */
class TurnCodesTest {
  @TempDir Path dir;

  private static SegmentCoding coding(int turn, int ordinal, String code, String rule, boolean counted) {
    return new SegmentCoding("k1", "k1/interview-ouder.txt", "interview", ordinal, 0, 1, 0, 1, "topics_demo", code,
        rule, MatchContext.AFFIRMED, counted, "", "x", turn, "R", SpeakerKind.RESPONDENT, "ouder", "vraag?");
  }

  @Test
  void itemsImplyTheirCategoryAndUnlessRulesVetoWithinTheTurn() throws Exception {
    CodebookFixtures.lexicon(dir);
    Codebook book = Codebooks.loadFile(CodebookFixtures.codebook(dir, "topics_demo", """
        id: topics_demo
        label: Itemlijst
        kind: topics
        codes:
          - id: c1
            label: Categorie
          - id: i1a
            parent: c1
            label: Item a
            rules:
              - {id: woord, query: gezin}
              - {id: sterk, query: scheiding, strong: true}
            unless:
              - {id: niet, query: school}
          - id: i1b
            parent: c1
            label: Item b
            rules: [{id: woord, query: vriend}]
        """), new DutchAnalysis(Lexicon.load(dir)));
    Map<TurnCodes.Turn, Set<String>> turns = TurnCodes.decide(book, List.of(
        coding(2, 1, "i1a", "woord", true),
        coding(2, 2, "i1b", "woord", true),
        coding(4, 3, "i1a", "woord", true),
        coding(4, 4, "i1a", "niet", true),
        coding(6, 5, "i1a", "sterk", true),
        coding(6, 6, "i1a", "niet", true),
        coding(8, 7, "i1b", "woord", false),
        coding(0, 8, "i1b", "woord", true)));
    assertEquals(Map.of(
        new TurnCodes.Turn("k1", "k1/interview-ouder.txt", 2), Set.of("c1", "i1a", "i1b"),
        new TurnCodes.Turn("k1", "k1/interview-ouder.txt", 6), Set.of("c1", "i1a")), turns);
    assertEquals(List.of("c1", "i1a", "i1b"),
        List.copyOf(turns.get(new TurnCodes.Turn("k1", "k1/interview-ouder.txt", 2))), "codebook order");
  }
}
