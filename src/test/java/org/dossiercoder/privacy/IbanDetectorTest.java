package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanDetectorTest {
  private final Detector detector = new IbanDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Rekening moeder NL91ABNA0417164300.|NL91ABNA0417164300",
    "IBAN: NL91 ABNA 0417 1643 00 t.n.v. de ouders|NL91 ABNA 0417 1643 00",
    "Belgische rekening BE68 5390 0754 7034.|BE68 5390 0754 7034",
    "Duitse rekening DE89370400440532013000|DE89370400440532013000",
    "Overmaken naar GB29 NWBK 6016 1331 9268 19 EUR|GB29 NWBK 6016 1331 9268 19",
    "NL91ABNA0417164300 EUR 150,00|NL91ABNA0417164300",
    "mijn rekening is nl91abna0417164300|nl91abna0417164300",
  })
  void findsValidIbans(String text, String expected) {
    assertEquals(List.of(expected), Detected.values(detector, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Rekening NL92ABNA0417164300.",              // wrong check digits
    "NL91ABNA04171643001 te lang",               // runs on
    "XNL91ABNA0417164300",                       // glued to a letter
    "NL91 ABNA 0417 164 300",                    // spaces in the wrong places
    "Groep NL12 en leerling AB34.",
  })
  void ignoresInvalidOrMalformed(String text) {
    assertEquals(List.of(), Detected.values(detector, text));
  }

  @Test
  void mod97IsOneForValidIbans() {
    assertEquals(1, IbanDetector.mod97("NL91ABNA0417164300"));
    assertEquals(1, IbanDetector.mod97("BE68539007547034"));
  }
}
