package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "123456782|1234•••82",
    "1234.56.782|1234.••.•82",
    "123 456 782|123 4•• •82",
    "0612345678|0612••••78",
    "06-12345678|06-12••••78",
    "+31 6 12345678|+31 6 1•••••78",
    "jan.jansen@example.nl|jan.j•••••@•••••••.nl",
    "NL91 ABNA 0417 1643 00|NL91 •••• •••• •••• 00",
    "Kerkstraat 12|Kerk•••••• 12",
    "1234567|1234•67",
    "123456|•••••6",
    "12-3-01|••-•-•1",
    "ab|•b",
    "-|-",
    "''|''",
  })
  void keepsFirstFourAndLastTwoLettersOrDigitsAndTheSeparators(String value, String masked) {
    assertEquals(masked, Masking.mask(value));
    assertEquals(masked, Masking.mask(PersonalDataCategory.BSN, value));
  }

  @Test
  void birthDatesKeepOnlyTheirLastDigit() {
    // The general rule would leave 12-03-••01: the date itself.
    assertEquals("12-03-••01", Masking.mask("12-03-2001"));
    assertEquals("••-••-•••1", Masking.mask(PersonalDataCategory.GEBOORTEDATUM, "12-03-2001"));
    assertEquals("•• ••••• •••1", Masking.mask(PersonalDataCategory.GEBOORTEDATUM, "12 maart 2001"));
  }
}
