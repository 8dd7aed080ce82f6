package org.dossiercoder.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dossiercoder.coding.CaseCodes;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  @Test
  void scoresAgainstHandComputedFigures() {
    // gold 1 1 1 0 0 0 0 0 0 0; coded 1 1 0 1 0 0 0 0 0 0 → tp 2, fn 1, fp 1, tn 6
    List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    CaseCodes gold = CaseCodes.of(ids, List.of("x.y"), Map.of("a", Map.of("x.y", 1), "b", Map.of("x.y", 1), "c", Map.of("x.y", 1)));
    CaseCodes coded = CaseCodes.of(ids, List.of("x.y"), Map.of("a", Map.of("x.y", 1), "b", Map.of("x.y", 1), "d", Map.of("x.y", 1)));
    Evaluation.CodeScore s = Evaluation.score(gold, coded, ids).get(0);
    assertEquals(3, s.support());
    assertEquals(2.0 / 3, s.precision(), 1e-9);
    assertEquals(2.0 / 3, s.recall(), 1e-9);
    assertEquals(2.0 / 3, s.f1(), 1e-9);
    // po = 0.8; pe = 0.3*0.3 + 0.7*0.7 = 0.58; kappa = (0.8-0.58)/(1-0.58) = 0.5238
    assertEquals(0.22 / 0.42, s.kappa(), 1e-9);
    assertEquals(0.8, s.agreement(), 1e-9);
  }

  @Test
  void kappaIsUndefinedWhenBothCodersNeverVary() {
    List<String> ids = List.of("a", "b");
    CaseCodes none = CaseCodes.of(ids, List.of("x.y"), Map.of());
    assertTrue(Double.isNaN(Evaluation.score(none, none, ids).get(0).kappa()));
    assertEquals(1.0, Evaluation.score(none, none, ids).get(0).agreement(), 1e-9);
  }
}
