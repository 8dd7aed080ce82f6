package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdresDetectorTest {
  private final Detector detector = new AdresDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Moeder woont op de Kerkstraat 12.|Kerkstraat 12",
    "Huisbezoek aan Oudegracht 123bis.|Oudegracht 123bis",
    "Adres: Van Lierlaan 4-II|Van Lierlaan 4-II",
    "Gezin verhuisd naar Jan van Galenstraat 5a.|Jan van Galenstraat 5a",
    "Oma woont aan de Nieuwe Gracht 7.|Nieuwe Gracht 7",
    "Adres vader: Vlinderweg 3 A, sinds mei.|Vlinderweg 3 A",
    "Adres: Kerkstraat 12, 3512 AB Utrecht.|Kerkstraat 12, 3512 AB Utrecht",
    "Adres: Kerkstraat 12 3512AB UTRECHT|Kerkstraat 12 3512AB UTRECHT",
    "Berkenlaan 8, 3437 XK Nieuwegein|Berkenlaan 8, 3437 XK Nieuwegein",
    "Postcode en huisnummer: 3521 AB 12.|3521 AB 12",
    "Postcode 3521 AB, huisnummer 12|3521 AB, huisnummer 12",
    "Kastanjedreef 14-2 is het nieuwe adres.|Kastanjedreef 14-2",
    "Meeuwenkade 101 hs|Meeuwenkade 101 hs",
    "Nieuw adres: Laan van Nieuw Guinea 12.|Laan van Nieuw Guinea 12",
    "Laan van Puntenburg 4, 3511 ER Utrecht|Laan van Puntenburg 4, 3511 ER Utrecht",
    "Woont boven de winkel, Vredenburg 40, 3511 BD Utrecht.|Vredenburg 40, 3511 BD Utrecht",
  })
  void findsStreetsWithNumbersAndPostcodesWithNumbers(String text, String expected) {
    assertEquals(List.of(expected), Detected.values(detector, text));
  }

  @Test
  void joinsALetterheadOverTwoLines() {
    String text = "Fam. De Vries\nLijsterstraat 9\n3514 CD Utrecht\n\nBetreft: verzuim";
    assertEquals(List.of("Lijsterstraat 9\n3514 CD Utrecht"), Detected.values(detector, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Postbus 16200, 3500 CE Utrecht",                      // a postcode with a city only
    "Antwoordnummer 1234, 3500 VB Utrecht",
    "Vredenburg 40 is een winkelcentrum.",                 // no suffix and no postcode: missed
    "De school ligt in 3500 AA Utrecht.",
    "Onderweg 20 minuten te laat gekomen.",                // common nouns with a street suffix
    "Loopbaan 2 besproken met de decaan.",
    "Leerweg 3 in het OPP.",
    "Het Schoolplein 2 keer per dag.",
    "Vergadering 12 maart over het verzuim.",
    "Hij fietst de Kerkstraat 12 keer per week af.",      // a number counting something
    "Sportpark 3 velden verder.",
    "Groep 7 en week 12 van het schooljaar.",
    "Gracht 12 meter diep.",
    "De straat 12 keer overgestoken.",
  })
  void ignoresPostcodesAloneAndOtherNumbers(String text) {
    assertEquals(List.of(), Detected.values(detector, text));
  }

  @Test
  void keepsTwoAddressesApart() {
    String text = "Moeder: Kerkstraat 12. Vader: Berkenlaan 8, 3437 XK Nieuwegein.";
    assertEquals(List.of("Kerkstraat 12", "Berkenlaan 8, 3437 XK Nieuwegein"),
        Detected.values(detector, text));
  }
}
