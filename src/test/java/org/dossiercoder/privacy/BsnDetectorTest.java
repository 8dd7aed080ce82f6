package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnDetectorTest {
  private final Detector detector = new BsnDetector();

  @Test
  void elfProefFollowsItsDefinition() {
    // 9×1 + 8×2 + 7×3 + 6×4 + 5×5 + 4×6 + 3×7 + 2×8 − 2 = 154 = 14 × 11
    assertTrue(BsnDetector.elfProef("123456782"));
    assertFalse(BsnDetector.elfProef("123456789"), "147 is not a multiple of 11");
    assertTrue(BsnDetector.elfProef("111222333"));
    assertFalse(BsnDetector.elfProef("000000000"), "all zeros passes the sum but is no BSN");
    assertFalse(BsnDetector.elfProef("12345678"), "8 digits are padded by the caller");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "BSN: 123456782.|123456782",
    "burgerservicenummer 1234.56.782 (moeder)|1234.56.782",
    "BSN van vader 123 456 782 staat in de brief.|123 456 782",
    "BSN 1112.22.333|1112.22.333",
    "sofinummer 12345672|12345672",
    "oud nummer 123.45.672 in de doorgestuurde brief|123.45.672",
    "(111222333)|111222333",
    "Jansen 12-03-2001 123456782 groep 8|123456782",
  })
  void findsValidNumbersInEveryWrittenForm(String text, String expected) {
    assertEquals(List.of(expected), Detected.values(detector, text));
  }

  @Test
  void eightDigitsAreReadWithALeadingZero() {
    // 012345672: 0 + 8 + 14 + 18 + 20 + 20 + 18 + 14 − 2 = 110 = 10 × 11
    assertTrue(BsnDetector.elfProef("012345672"));
    assertEquals(List.of("12345672"), Detected.values(detector, "nummer 12345672"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Kenmerk 123456789 van de brief.",              // fails the 11-proef
    "Totaal 000000000.",                            // all zeros
    "Nummer 1234567820 is te lang.",                // part of a longer run
    "IBAN NL91ABNA0123456782 op de factuur.",       // inside an account number
    "Begroting: € 123456782 voor de regio.",        // an amount
    "Bedrag EUR 123456782 overgemaakt.",
    "Totaal 123456782,00 aan subsidie.",
    "Totaal 123456782,- aan subsidie.",
    "Het budget is 123456782 euro.",
    "Geboren 12032001 volgens opgave.",              // a compact date (and fails nothing else)
    "Tijdstempel 10:123456782.",                     // after a time separator
    "Nummer 123456782.5 in de tabel.",               // a decimal
    "Mobiel 06 12345672 van moeder.",                // the subscriber part of a phone number
    "Telefoon +31 6 12345672.",
    "Telefoon +31 612345609.",                       // passes the 11-proef after +31
    "Rekening 123 456 782 123 gesplitst.",           // a slice of a longer grouped number
    "Code A123456782B.",                             // glued to letters
  })
  void ignoresNumbersThatAreNotBsns(String text) {
    assertEquals(List.of(), Detected.values(detector, text));
  }

  @Test
  void compactDatesAreRecognised() {
    assertTrue(DateMentions.isCompactDate("12032001"));
    assertTrue(DateMentions.isCompactDate("20010312"));
    assertFalse(DateMentions.isCompactDate("12345672"));
  }

  @Test
  void findsSeveralInOneText() {
    String text = "BSN leerling 123456782, BSN moeder 111222333; kenmerk 123456789.";
    assertEquals(List.of("123456782", "111222333"), Detected.values(detector, text));
  }
}
