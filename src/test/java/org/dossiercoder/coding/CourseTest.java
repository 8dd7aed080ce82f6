package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CourseTest {
  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(delimiter = '|', value = {
    "Sinds de herfstvakantie zit de leerling volledig thuis.|3",
    "In de afgelopen 6 weken niet op school geweest.|3",
    "Nog steeds 0 dagen aanwezig.|3",
    "Deze maand 16 hele dagen afwezig.|3",
    "In 4 weken 5 dagen ziek gemeld.|2",
    "Komt 2 tot 3 dagen per week niet.|2",
    "Verzuimoverzicht: 48 lesuren ongeoorloofd in 4 weken.|2",
    "DUO-melding: 16 uur ongeoorloofd verzuim in 4 weken.|1",
    "In maart 1 dag ziek.|1",
    "Regelmatig te laat gekomen.|1",
    "Sinds wo 04-03 niet op school geweest.|2",
    "Gaat weer volledig naar school.|0",
    "Verzuim teruggelopen naar nul.|0",
    "Geen verzuim meer gemeld.|0",
    "Indien hij niet weer volledig naar school gaat volgt een PV.|-1",
    "Doel: binnen 4 weken weer hele dagen aanwezig.|-1",
    "Gesprek met moeder over de thuissituatie.|-1",
  })
  void readsTheLevelOfAReport(String sentence, int level) {
    assertEquals(level, AbsenceLevel.of(sentence));
  }

  private static Course course(int... levels) {
    List<Course.Report> r = new ArrayList<>();
    LocalDate d = LocalDate.of(2015, 1, 5);
    for (int l : levels) {
      r.add(new Course.Report(d, l));
      d = d.plusWeeks(4);
    }
    return Course.of(r);
  }

  @Test
  void patternsFollowTheDefinitionsOfSection21() {
    assertEquals("eenmalig", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 3, 2), 2),
        new Course.Report(LocalDate.of(2015, 3, 9), 1),
        new Course.Report(LocalDate.of(2015, 5, 4), 0))).pattern());
    assertEquals("eenmalig", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 3, 2), 2),
        new Course.Report(LocalDate.of(2015, 3, 10), 0),
        new Course.Report(LocalDate.of(2015, 6, 22), 1))).pattern(), "one sick day later is no second episode");
    assertEquals("langdurig_licht", Course.of(List.of(
        new Course.Report(LocalDate.of(2015, 3, 2), 2),
        new Course.Report(LocalDate.of(2015, 3, 10), 0),
        new Course.Report(LocalDate.of(2015, 5, 4), 1),
        new Course.Report(LocalDate.of(2015, 6, 22), 1))).pattern(), "recurring absence is");
    assertEquals("escalerend", course(1, 1, 2, 2, 3, 3).pattern());
    assertEquals("afnemend", course(3, 3, 2, 1, 1, 0).pattern());
    assertEquals("langdurig_zwaar", course(3, 3, 3, 3, 0).pattern(), "one jump from full absence is not gradual");
    assertEquals("langdurig_zwaar", course(3, 3, 2, 3, 3).pattern());
    assertEquals("langdurig_licht", course(1, 2, 1, 1, 2, 1).pattern());
    assertNull(course(2).pattern(), "one report is too thin");
    assertNull(course(0, 0).pattern(), "no absence reported");
  }

  @Test
  void resultsCompareTheCourseBeforeAndAfterTheFirstIntervention() {
    LocalDate start = LocalDate.of(2015, 1, 5);
    LocalDate intervention = start.plusWeeks(6);
    assertEquals("geen", course(2, 2, 2, 2, 2).result(intervention));
    assertEquals("toename", course(1, 2, 2, 3, 3).result(intervention));
    assertEquals("snelle_afname", course(3, 3, 0, 0, 0).result(intervention));
    assertEquals("geleidelijke_afname", course(3, 3, 3, 2, 1).result(intervention));
    assertEquals("grillige_afname", course(3, 3, 1, 3, 1).result(intervention));
    assertEquals("geleidelijke_afname", course(2, 2, 1, 2, 1, 1).result(intervention), "a one-level bounce is no relapse");
    assertEquals("geen", course(2, 1, 1, 1, 1).result(intervention.plusWeeks(4)), "the level when it started counts");
    assertNull(course(3, 3).result(intervention), "nothing reported after the intervention");
    assertNull(course(3, 2, 1).result(null), "no intervention, no result");
  }
}
