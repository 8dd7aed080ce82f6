package org.dossiercoder.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchMonthsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"januari,1", "Feb,2", "maart,3", "mrt,3", "maa,3", "mei,5", "sept,9", "september,9", "okt,10", "DEC,12"})
  void namesAndAbbreviationsGiveTheirMonth(String name, int month) {
    assertEquals(month, DutchMonths.number(name));
    assertEquals(true, Pattern.compile("^" + DutchMonths.NAMES + "$", Pattern.CASE_INSENSITIVE).matcher(name).find(),
        name + " is matched by NAMES");
  }

  @ParameterizedTest
  @CsvSource({"maandag", "ma", "week"})
  void otherWordsAreNoMonth(String word) {
    assertThrows(IllegalArgumentException.class, () -> DutchMonths.number(word));
  }
}
