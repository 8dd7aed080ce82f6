package org.dossiercoder.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextEvaluationTest {
  @Test
  void countsMatchedAndWronglyCountedMentionsPerContext() {
    List<ContextEvaluation.Mention> mentions = List.of(
        new ContextEvaluation.Mention("k1", "journaal.txt", "Geen  aanwijzingen voor gedragsproblemen.", "r.gedrag", "negated", false),
        new ContextEvaluation.Mention("k1", "journaal.txt", "Geen sprake van pesten.", "r.gedrag", "negated", false),
        new ContextEvaluation.Mention("k2", "journaal.txt", "Moeder is depressief.", "r.persoonlijk", "other_person", true),
        new ContextEvaluation.Mention("k2", "journaal.txt", "Indien nodig PV.", "i.sanctionerend", "hypothetical", true));
    List<ContextEvaluation.Coded> codings = List.of(
        new ContextEvaluation.Coded("k1", "journaal.txt", "01-02-2015 Geen aanwijzingen voor gedragsproblemen.", "r.gedrag", true),
        new ContextEvaluation.Coded("k1", "journaal.txt", "Geen sprake van pesten.", "r.gedrag", false),
        new ContextEvaluation.Coded("k2", "opp.txt", "Moeder is depressief.", "r.persoonlijk", true),
        new ContextEvaluation.Coded("k2", "journaal.txt", "Indien nodig PV.", "i.sanctionerend", false));
    List<ContextEvaluation.Row> rows = ContextEvaluation.score(mentions, codings);
    assertEquals(new ContextEvaluation.Row("negated", 2, 2, 1, 0), rows.get(0));
    assertEquals(new ContextEvaluation.Row("other_person (counts)", 1, 0, 0, 0), rows.get(1), "other file: not matched");
    assertEquals(new ContextEvaluation.Row("hypothetical (counts)", 1, 1, 0, 1), rows.get(2));
  }
}
