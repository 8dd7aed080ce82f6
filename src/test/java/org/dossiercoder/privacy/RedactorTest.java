package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  @Test
  void replacesEachSpanByItsPlaceholderInAnyOrder() {
    String text = "BSN 123456782, mobiel 06-12345678.";
    List<Finding> findings = List.of(
        new Finding(PersonalDataCategory.TELEFOON, 22, 33, 1, "06-12••••78"),
        new Finding(PersonalDataCategory.BSN, 4, 13, 1, "1234•••82"));
    assertEquals("BSN [BSN], mobiel [TELEFOON].", Redactor.redact(text, findings));
  }

  @Test
  void noFindingsLeavesTheText() {
    assertEquals("niets", Redactor.redact("niets", List.of()));
  }

  @Test
  void refusesFindingsThatDoNotFitTheText() {
    Finding bsn = new Finding(PersonalDataCategory.BSN, 4, 13, 1, "1234•••82");
    assertThrows(IllegalArgumentException.class, () -> Redactor.redact("BSN 1234", List.of(bsn)));
    Finding overlapping = new Finding(PersonalDataCategory.TELEFOON, 10, 20, 1, "12••••78");
    assertThrows(IllegalArgumentException.class,
        () -> Redactor.redact("BSN 123456782 06-12345678", List.of(bsn, overlapping)));
  }
}
