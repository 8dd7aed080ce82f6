package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeboortedatumDetectorTest {
  private final Detector detector = new GeboortedatumDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Leerling is geboren op 12-03-2001.|12-03-2001",
    "Geb. 12/03/2001, groep 8|12/03/2001",
    "Geboortedatum: 12 maart 2001|12 maart 2001",
    "geb.datum 12-3-01|12-3-01",
    "DOB: 2001-03-12|2001-03-12",
    "moeder (geb. 14 mrt. 1978) werkt parttime|14 mrt. 1978",
    "Broertje geboren 1.5.2014, zus 3 jaar ouder.|1.5.2014",
  })
  void findsDatesNamedAsBirthDates(String text, String expected) {
    assertEquals(List.of(expected), Detected.values(detector, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Gesprek op 12-03-2015 met moeder.",                      // a meeting, no keyword, no age
    "Geboren in Marokko; op 12-03-2015 naar Nederland.",      // keyword too far before
    "Zij is daar geboren.\n12-03-2015 Gesprek met moeder.",   // a sentence end, not a label
    "Geboren in Utrecht. Op 12-03-2015 verhuisd.",            // another sentence
    "Op 31-02-2001 niets.",                                   // not a date
  })
  void ignoresOtherDates(String text) {
    assertEquals(List.of(), Detected.values(detector, text));
  }

  @Test
  void fitsTheCaseAgeAsABirthYear() {
    // Age 14 on 01-01-2015: born 02-01-2000 .. 01-01-2001.
    String text = "Intake leerling (12-03-2001), groep 8. Eerder op school sinds 01-09-2005.";
    assertEquals(List.of("12-03-2001"), Detected.values(detector, text, 14));
    assertEquals(List.of(), Detected.values(detector, text, 12), "born 2002 or 2003");
    assertEquals(List.of(), Detected.values(detector, text, null));
    assertTrue(GeboortedatumDetector.fitsAge(2000, 14));
    assertTrue(GeboortedatumDetector.fitsAge(2001, 14));
    assertFalse(GeboortedatumDetector.fitsAge(1999, 14));
    assertFalse(GeboortedatumDetector.fitsAge(2002, 14));
  }

  @Test
  void meetingDatesNeverFitAnAge() {
    // A case of age 0 would be "born" in 2014 or 2015: the years the dossiers are about.
    assertFalse(GeboortedatumDetector.fitsAge(2014, 0));
    assertFalse(GeboortedatumDetector.fitsAge(2015, 0));
    assertEquals(List.of(), Detected.values(detector, "Gesprek op 12-03-2015 en 03-11-2014.", 0));
  }

  @Test
  void aLabelOnTheLineBeforeCounts() {
    assertEquals(List.of("12-03-2001"),
        Detected.values(detector, "Naam: S.\nGeboortedatum:\n12-03-2001\nGroep 8"));
  }

  @Test
  void aKeywordLabelsOnlyTheNextDate() {
    assertEquals(List.of("12-03-2001"),
        Detected.values(detector, "Geboren 12-03-2001, aangemeld 01-09-2015."));
  }
}
