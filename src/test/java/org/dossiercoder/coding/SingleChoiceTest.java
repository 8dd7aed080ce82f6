package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossiercoder.Pipeline;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.codebook.MatchContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the course of absence and the counted sentences together decide a single-choice code. */
class SingleChoiceTest {
  @TempDir Path dir;
  Codebooks books;

  @BeforeEach
  void load() throws Exception {
    CodebookFixtures.lexicon(dir);
    CodebookFixtures.codebook(dir, "patroon", """
        id: patroon
        label: P
        kind: single
        decision: course
        codes:
          - {id: eenmalig, label: E, rules: [{query: eenmalig}, {id: samenvatting, query: afgebakend, strong: true}]}
          - {id: langdurig_licht, label: L, rules: [{query: licht}]}
          - {id: langdurig_zwaar, label: Z, rules: [{query: zwaar}]}
          - {id: escalerend, label: Es, rules: [{query: oplopend}]}
          - {id: afnemend, label: A, rules: [{query: afnemend}]}
        """);
    CodebookFixtures.codebook(dir, "uitkomst", """
        id: uitkomst
        label: U
        kind: single
        decision: result
        codes:
          - {id: geen, label: G, rules: [{query: onveranderd}]}
          - {id: toename, label: T, rules: [{query: toename}]}
          - {id: snelle_afname, label: S, rules: [{query: snel}]}
          - {id: geleidelijke_afname, label: Ge, rules: [{query: geleidelijk}]}
          - {id: grillige_afname, label: Gr, rules: [{query: terugval}]}
        """);
    books = Pipeline.loadCodebooks(dir).codebooks();
  }

  private static SegmentCoding said(String book, String code, int ordinal, String date) {
    return new SegmentCoding("k", "k/journaal.txt", "leerplichtdossier", ordinal, 0, 1, 0, 1, book, code, "r1",
        MatchContext.AFFIRMED, true, date, "t");
  }

  /** Counted sentences of the pattern codebook, one for each code given, a month apart from 5 January 2015. */
  private static List<SegmentCoding> saying(String... codes) {
    List<SegmentCoding> out = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      out.add(said("patroon", codes[i], i + 1, LocalDate.of(2015, 1 + i, 5).toString()));
    }
    return out;
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

  private static String chosen(Codebook book, Map<String, CaseCodes.Decision> decisions) {
    return decisions.entrySet().stream().filter(e -> e.getValue().value() == 1)
        .map(e -> e.getKey().substring(book.id().length() + 1)).findFirst().orElse("-");
  }

  @Test
  void wordsOfNoChangeDoNotOutweighACourseThatRoseWhenTheIncreaseIsNamed() {
    Codebook book = books.get("uitkomst");
    LocalDate intervention = LocalDate.of(2015, 2, 10);
    List<SegmentCoding> stillHome = List.of(
        said("uitkomst", "geen", 1, "2015-06-01"), said("uitkomst", "geen", 2, "2015-09-01"));
    List<SegmentCoding> stillHomeAndMore = List.of(
        said("uitkomst", "geen", 1, "2015-06-01"), said("uitkomst", "geen", 2, "2015-09-01"),
        said("uitkomst", "toename", 3, "2015-04-01"));
    assertEquals("toename",
        chosen(book, SingleChoice.decide(book, stillHomeAndMore, course(1, 2, 3, 3, 3), intervention)),
        "'nog steeds thuis' after absence rose from hours to full absence, and a sentence says it grew, is an increase");
    assertEquals("geen", chosen(book, SingleChoice.decide(book, stillHome, course(1, 2, 3, 3, 3), intervention)),
        "where no sentence names an increase, the writer saw no change and the words decide");
    List<SegmentCoding> relapses = List.of(
        said("uitkomst", "grillige_afname", 1, "2015-06-01"), said("uitkomst", "grillige_afname", 2, "2015-09-01"));
    assertEquals("grillige_afname",
        chosen(book, SingleChoice.decide(book, relapses, course(3, 3, 2, 1, 1), intervention)),
        "other clear wording still outweighs the course");
    assertEquals("geen", chosen(book, SingleChoice.decide(book, stillHome, course(3, 3, 2, 1, 1), intervention)),
        "words of no change outweigh a decrease read from amounts");
  }

  @Test
  void wordsNameWhatTheLevelsOfTheCourseHide() {
    Codebook book = books.get("uitkomst");
    LocalDate intervention = LocalDate.of(2015, 2, 10);
    List<SegmentCoding> oneRelapse = List.of(said("uitkomst", "grillige_afname", 1, "2015-06-01"));
    assertEquals("grillige_afname",
        chosen(book, SingleChoice.decide(book, oneRelapse, course(3, 3, 2, 1, 1), intervention)),
        "a relapse between monthly figures does not show in the levels");
    assertEquals("toename", chosen(book, SingleChoice.decide(book, oneRelapse, course(1, 1, 2, 3, 3), intervention)),
        "but a course that rose is no decrease at all");
    List<SegmentCoding> gradual = List.of(said("uitkomst", "geleidelijke_afname", 1, "2015-06-01"));
    assertEquals("geleidelijke_afname",
        chosen(book, SingleChoice.decide(book, gradual, course(1, 1, 1, 1, 1), intervention)),
        "fewer hours each month stay at the level of hours");
    assertEquals("geen", chosen(book, SingleChoice.decide(book, List.of(), course(1, 1, 1, 1, 1), intervention)),
        "without words an unchanged level is no change");
    assertEquals("snelle_afname", chosen(book, SingleChoice.decide(book, gradual, course(3, 3, 0, 0, 0), intervention)),
        "a course that shows a quick fall is not overruled by one sentence");
    assertEquals("grillige_afname", SingleChoice.trace(book, oneRelapse, course(3, 3, 2, 1, 1), intervention).chosen());
  }

  @Test
  void theWritersOwnSummaryWeighsAsTwoSentences() {
    Codebook book = books.get("patroon");
    SegmentCoding summary = new SegmentCoding("k", "k/journaal.txt", "leerplichtdossier", 1, 0, 1, 0, 1, "patroon",
        "eenmalig", "samenvatting", MatchContext.AFFIRMED, true, "2015-01-05", "t");
    SegmentCoding light = said("patroon", "langdurig_licht", 2, "2015-02-05");
    assertEquals("eenmalig", chosen(book, SingleChoice.decide(book, List.of(summary, light), course(), null)),
        "'één aaneengesloten periode' outweighs a later sentence on light absence");
    assertEquals(2, SingleChoice.trace(book, List.of(summary, light), course(), null).ruleScores().get("eenmalig"));
    List<SegmentCoding> plain = List.of(said("patroon", "eenmalig", 1, "2015-01-05"), light);
    assertEquals("langdurig_licht", chosen(book, SingleChoice.decide(book, plain, course(), null)),
        "one plain sentence each: the later one decides");
    assertEquals("langdurig_licht",
        chosen(book, SingleChoice.decide(book, List.of(summary, light, said("patroon", "langdurig_licht", 3, "2015-03-05")),
            course(), null)),
        "two sentences weigh as much as the summary, and the later one decides the tie");
  }

  @Test
  void anEscalationBeforeTheDossierOpenedComesFromTheHistoryAtTheReport() {
    Codebook book = books.get("patroon");
    List<SegmentCoding> history = saying("escalerend");
    assertEquals("escalerend", chosen(book, SingleChoice.decide(book, history, course(3, 3, 3, 3), null)));
    assertEquals("langdurig_zwaar", chosen(book, SingleChoice.decide(book, List.of(), course(3, 3, 3, 3), null)),
        "without such a history a course of full absence is heavy long-term absence");
    assertEquals("langdurig_licht", chosen(book, SingleChoice.decide(book, history, course(1, 2, 1, 2, 1), null)),
        "a course that shows its start is not overruled");
    List<SegmentCoding> luxe = saying("eenmalig");
    assertEquals("eenmalig", chosen(book, SingleChoice.decide(book, luxe, course(2, 3), null)),
        "two reports show a change, not a pattern: the words decide");
    assertEquals("escalerend", chosen(book, SingleChoice.decide(book, List.of(), course(2, 3), null)),
        "without words the thin course still decides");
    assertEquals("langdurig_zwaar", chosen(book, SingleChoice.decide(book, luxe, course(3, 3, 3, 3), null)),
        "four or more reports are a course");
    List<SegmentCoding> twiceOnce = saying("eenmalig", "eenmalig");
    assertEquals("eenmalig", chosen(book, SingleChoice.decide(book, twiceOnce, course(1, 2, 0), null)),
        "three reports give way to clear words");
    assertEquals("langdurig_licht", chosen(book, SingleChoice.decide(book, luxe, course(1, 2, 0), null)),
        "but not to a single sentence");
    List<SegmentCoding> threeTimes = saying("eenmalig", "eenmalig", "eenmalig");
    assertEquals("eenmalig", chosen(book, SingleChoice.decide(book, threeTimes, course(2, 2, 0, 2), null)),
        "three sentences naming one pattern and none another outweigh a longer course");
    SingleChoiceTrace trace = SingleChoice.trace(book, twiceOnce, course(1, 2, 0), null);
    assertEquals("langdurig_licht", trace.byCourse(), "the trace keeps what the course said");
    assertEquals(Map.of("eenmalig", 2), trace.ruleScores());
  }

  @Test
  void aSentenceThatTheAbsenceGrewOutweighsSentencesOnItsLevel() {
    Codebook book = books.get("patroon");
    List<SegmentCoding> grewThenHome = saying("escalerend", "langdurig_zwaar", "langdurig_zwaar", "langdurig_zwaar");
    assertEquals("escalerend", chosen(book, SingleChoice.decide(book, grewThenHome, course(2, 3), null)),
        "'het verzuim is opgelopen van losse uren naar volledig thuis' names the pattern; 'zit volledig thuis' its end");
    assertEquals("escalerend", SingleChoice.trace(book, grewThenHome, course(2, 3), null).byRules(),
        "the trace shows it as what the words say");
    List<SegmentCoding> lessons = saying("langdurig_licht", "langdurig_licht");
    assertEquals("escalerend", chosen(book, SingleChoice.decide(book, lessons, course(1, 2, 3), null)),
        "sentences on missed lessons do not overrule three reports that climb from hours to full absence");
    assertEquals("langdurig_licht", chosen(book, SingleChoice.decide(book, lessons, course(1, 2, 0), null)),
        "they still outweigh three reports that do not climb");
    List<SegmentCoding> heavy = saying("langdurig_zwaar", "langdurig_zwaar");
    assertEquals("eenmalig", chosen(book, SingleChoice.decide(book, heavy, course(3, 0), null)),
        "'zat volledig thuis' describes the one episode that two reports show closed by attendance");
    assertEquals("eenmalig", chosen(book, SingleChoice.decide(book, heavy, course(3, 0, 0), null)),
        "and does not outweigh three such reports either");
    assertEquals("langdurig_zwaar", chosen(book, SingleChoice.decide(book, heavy, course(2, 3), null)),
        "where the reports show no episode closed by attendance, the words decide");
    List<SegmentCoding> fewer = saying("afnemend", "langdurig_licht", "langdurig_licht");
    assertEquals("langdurig_licht", chosen(book, SingleChoice.decide(book, fewer, course(1, 2), null)),
        "a sentence on a decrease mostly reports a result and gets no such weight");
  }
}
