package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelefoonDetectorTest {
  private final Detector detector = new TelefoonDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Moeder is bereikbaar op 06-12345678.|06-12345678",
    "Moeder is bereikbaar op 06 1234 5678.|06 1234 5678",
    "Mobiel vader: 0612345678|0612345678",
    "Vader: 06 12 34 56 78 (na 17 uur).|06 12 34 56 78",
    "Oma belde vanaf +31 6 12345678.|+31 6 12345678",
    "Tel. +31(0)6-12345678|+31(0)6-12345678",
    "Tel. +31 (0)6 1234 5678|+31 (0)6 1234 5678",
    "Nummer tante: 0031 6 12345678.|0031 6 12345678",
    "Telefoon: +31612345678|+31612345678",
    "Vader is bereikbaar op 030-1234567.|030-1234567",
    "Tel. thuis 030 123 45 67, na 18 uur.|030 123 45 67",
    "Tel 0301234567|0301234567",
    "Moeder: +31 30 1234567|+31 30 1234567",
    "Opa woont in Woerden, tel. 0348-123456.|0348-123456",
    "Opa: 0348 12 34 56|0348 12 34 56",
    "Thuisnummer (030) 1234567.|(030) 1234567",
    "Stiefvader (06-12345678) wil teruggebeld worden.|06-12345678",
    "Oma (030 123 45 67) belde.|030 123 45 67",
    "Moeder: 06.12.34.56.78|06.12.34.56.78",
    "Vader: 030.123.45.67|030.123.45.67",
    "Oom: +31-6-12345678|+31-6-12345678",
    "Tante: (06) 12345678|(06) 12345678",
    "Moeder belde de school vanaf 030-1234567.|030-1234567",
    "Moeder werkt bij de gemeente, tel. 030 2345678.|030 2345678",
    "Kenmerk 2015-0347, moeder 06-12345678.|06-12345678",
    "BSN 123456782, mobiel 0612345678|0612345678",
  })
  void findsDutchNumbersInEveryFormat(String text, String expected) {
    assertEquals(List.of(expected), Detected.values(detector, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Gesprek op 12-03-2015 om 10:30 uur.",               // a date and a time
    "Gesprek op 06-12-2015 10:30 op school.",            // a date that starts like 06
    "Afspraak 01-03-2015 09:15.",
    "Boete van € 150,00 opgelegd.",                      // amounts
    "Kosten 1.250,50 euro.",
    "Zie dossiernr. 2015-0347.",                         // case numbers
    "Zie zaaknummer 15/0231.",
    "Kenmerk 0301234567 bij de brief.",                  // another number in a phone's shape
    "Dossiernummer 0612345678.",
    "Oud rekeningnummer: 0417164300.",
    "Postcode 3521 AB.",                                 // a postcode
    "BSN 123456782 en kenmerk 012345678.",               // BSN-like numbers
    "IBAN NL91 ABNA 0417 1643 00.",                      // an account number's groups
    "IBAN NL91ABNA0417164300.",
  })
  void ignoresNumbersThatAreNoPhoneNumbers(String text) {
    assertEquals(List.of(), Detected.values(detector, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "De school is bereikbaar via 030-2345678.",
    "Receptie Het Baken: 030 234 56 78",
    "Het algemene nummer van de school is 030-2345678; moeder is niet bereikbaar.",
    "Algemeen nummer Veilig Thuis: 0800-2000.",
    "Veilig Thuis is dag en nacht bereikbaar op 0800 2000.",
    "Centrale van het ROC: 030 234 56 78.",
    "Servicedesk gemeente 14 030 of 030-2861111.",
    "Bel 088-1234567 voor het jeugdteam.",              // company numbers are never personal
    "Informatielijn 0900-1234567.",
    "Bureau Leerplicht (030) 2345678.",
    "030-2345678 (receptie)",
    "De basisschool: 0348-123456.",
  })
  void ignoresSwitchboardsNamedAsAnOrganisations(String text) {
    assertEquals(List.of(), Detected.values(detector, text));
  }

  @Test
  void aMobileIsAlwaysAPersons() {
    assertEquals(List.of("06-12345678"),
        Detected.values(detector, "De mentor van school is bereikbaar via 06-12345678."));
    assertEquals(List.of("06-12345678"),
        Detected.values(detector, "Receptie school: 06-12345678."));
  }

  @Test
  void aPersonNamedNextToAnOrganisationWins() {
    // Privacy by default: when both are named, report.
    assertEquals(List.of("030-1234567"),
        Detected.values(detector, "Via de school kregen we het nummer van vader: 030-1234567."));
  }

  @Test
  void theClauseBoundaryLimitsTheContext() {
    String text = "De school belde over het verzuim. Oma: 030-1234567.";
    assertEquals(List.of("030-1234567"), Detected.values(detector, text));
  }

  @Test
  void aSlashSeparatesTwoNumbers() {
    assertEquals(List.of("06-12345678", "030-1234567"),
        Detected.values(detector, "Tel. moeder: 06-12345678/030-1234567"));
  }

  @Test
  void dotsMustSeparateEveryGroup() {
    assertEquals(List.of(), Detected.values(detector, "Op 06.12.2015 om 10.30 uur."));
    assertEquals(List.of(), Detected.values(detector, "Op 06.12.2015 10.30 uur."));
  }

  @Test
  void normalisesToTenNationalDigits() {
    assertEquals("0612345678", TelefoonDetector.national("+31 (0)6-1234 5678"));
    assertEquals("0301234567", TelefoonDetector.national("0031 30 123 45 67"));
  }

  @Test
  void findsSeveralAndKeepsThemApart() {
    String text = "Moeder 06-12345678, vader 030 123 45 67; school 030-2345678 (receptie).";
    assertEquals(List.of("06-12345678", "030 123 45 67"), Detected.values(detector, text));
  }
}
