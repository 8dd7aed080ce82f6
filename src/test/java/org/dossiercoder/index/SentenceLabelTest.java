package org.dossiercoder.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The label that opens a sentence, kept from the sentence's start so its offsets hold. */
class SentenceLabelTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
    "Afspraken:|Afspraken",
    "Besluit: LPA kondigt PV aan.|Besluit",
    "afspr.: lln elke dag om 8.30 op school.|afspr.",
    "- afspraak: aanmelding BT met haar toestemming.|- afspraak",
    "02-03-2015 Afspraken: mentor belt dagelijks.|02-03-2015 Afspraken",
    "12/11 Gesprek op school: mentor, zoco, moeder.|12/11 Gesprek op school",
    // more than four words before the colon is a sentence, not a label
    "Wat we met elkaar hebben afgesproken: hij komt elke dag.|''",
    // a time is no label
    "Om 10:30 gebeld.|''",
    "Gebeld om 10:30.|''",
    "Moeder gebeld.|''",
  })
  void label(String sentence, String expected) {
    assertEquals(expected, SentenceLabel.of(sentence));
  }
}
