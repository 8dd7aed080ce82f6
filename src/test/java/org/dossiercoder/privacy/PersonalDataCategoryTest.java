package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersonalDataCategoryTest {
  @Test
  void placeholdersAndKeys() {
    assertEquals(List.of("[BSN]", "[TELEFOON]", "[EMAIL]", "[ADRES]", "[GEBOORTEDATUM]", "[IBAN]"),
        Arrays.stream(PersonalDataCategory.values()).map(PersonalDataCategory::placeholder)
            .collect(Collectors.toList()));
    assertEquals(List.of("bsn", "telefoon", "email", "adres", "geboortedatum", "iban"),
        Arrays.stream(PersonalDataCategory.values()).map(PersonalDataCategory::key)
            .collect(Collectors.toList()));
  }
}
