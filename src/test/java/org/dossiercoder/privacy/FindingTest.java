package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FindingTest {
  @Test
  void holdsNoFullValueNotEvenInToString() {
    String text = "BSN moeder: 123456782.";
    Finding f = new PrivacyScanner().scan(text, null).get(0);
    assertEquals(new Finding(PersonalDataCategory.BSN, 12, 21, 1, "1234•••82"), f);
    assertFalse(f.toString().contains("123456782"), f.toString());
    assertEquals(9, f.length());
    // The record's components are the only state: no hidden field carries the value.
    assertEquals(List.of("category", "start", "end", "line", "masked"),
        Arrays.stream(Finding.class.getRecordComponents()).map(RecordComponent::getName)
            .collect(Collectors.toList()));
  }

  @Test
  void refusesAnUnmaskedValueAndBadSpans() {
    assertThrows(IllegalArgumentException.class,
        () -> new Finding(PersonalDataCategory.BSN, 0, 9, 1, "123456782"));
    assertThrows(IllegalArgumentException.class,
        () -> new Finding(PersonalDataCategory.BSN, 5, 5, 1, "1234•••82"));
    assertThrows(IllegalArgumentException.class,
        () -> new Finding(PersonalDataCategory.BSN, 0, 9, 0, "1234•••82"));
  }
}
