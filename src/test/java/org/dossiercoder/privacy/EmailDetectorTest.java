package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDetectorTest {
  private final Detector detector = new EmailDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Mail moeder: jan.jansen@example.nl.|jan.jansen@example.nl",
    "(s.devries1984@mail.example.com)|s.devries1984@mail.example.com",
    "Vader mailde vanaf p_bakker+school@example.nl, zonder onderwerp.|p_bakker+school@example.nl",
    "Contact: <ayse.yilmaz@example.nl>|ayse.yilmaz@example.nl",
    "Mail aan info.jansen@example.nl|info.jansen@example.nl",
    "Mail aan J.Jansen@Example.NL|J.Jansen@Example.NL",
    "Zie (-jan.jansen@example.nl)|jan.jansen@example.nl",
  })
  void findsPersonalAddresses(String text, String expected) {
    assertEquals(List.of(expected), Detected.values(detector, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Vragen: info@hetbaken.example.nl",
    "Stuur het naar administratie@example.nl.",
    "Melding via leerplicht@utrecht.example.nl",
    "Receptie: receptie@school.example.nl",
    "Secretariaat@school.example.nl",
    "Afzender noreply@example.com",
    "Afzender no-reply@example.com",
    "Geen adres: jan@ of @example.nl of jan.jansen@example",
  })
  void ignoresOrganisationalMailboxesAndNonAddresses(String text) {
    assertEquals(List.of(), Detected.values(detector, text));
  }

  @Test
  void findsSeveral() {
    String text = "cc: a.visser@example.nl; info@example.nl; m.smit@example.com";
    assertEquals(List.of("a.visser@example.nl", "m.smit@example.com"),
        Detected.values(detector, text));
  }
}
