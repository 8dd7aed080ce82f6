package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DateMentionsTest {
  private static List<String> dates(String text) {
    return DateMentions.find(text).stream()
        .map(d -> text.substring(d.start(), d.end()) + "=" + d.date())
        .collect(Collectors.toList());
  }

  @Test
  void readsTheFormatsDossiersUse() {
    assertEquals(List.of("12-03-2001=2001-03-12", "12/03/2001=2001-03-12",
            "12.03.2001=2001-03-12", "1-3-01=2001-03-01", "2001-03-12=2001-03-12",
            "12 maart 2001=2001-03-12", "12 mrt. 2001=2001-03-12", "3 Sept 1978=1978-09-03"),
        dates("12-03-2001, 12/03/2001, 12.03.2001, 1-3-01, 2001-03-12, 12 maart 2001, "
            + "12 mrt. 2001, 3 Sept 1978"));
  }

  @Test
  void twoDigitYearsPivotAtTwenty() {
    assertEquals(LocalDate.of(2020, 1, 2), DateMentions.find("02-01-20").get(0).date());
    assertEquals(LocalDate.of(1998, 1, 2), DateMentions.find("02-01-98").get(0).date());
  }

  @Test
  void ignoresWhatOnlyLooksLikeADate() {
    assertEquals(List.of(), dates("31-02-2001 12-13-2001 12-03/2001 1.12.03.2001 12-03-2001-4 "
        + "12 bananen 2001 A12-03-2001"));
  }
}
