package org.dossiercoder.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  @Test
  void splitsClippedJournalProseAndKeepsEntryDates() {
    String text = "12-03-2015 Lln niet op school. moeder gebeld i.v.m. ziekte o.a. buikpijn.\n"
        + "19-03-2015 Gesprek met J. en mentor! Afspraak gemaakt?\nNog een regel";
    List<Segment> s = SentenceSplitter.split(text);
    assertEquals(List.of(
        "12-03-2015 Lln niet op school.",
        "moeder gebeld i.v.m. ziekte o.a. buikpijn.",
        "19-03-2015 Gesprek met J. en mentor!",
        "Afspraak gemaakt?",
        "Nog een regel"), s.stream().map(Segment::text).toList());
    assertEquals(LocalDate.of(2015, 3, 12), s.get(1).entryDate());
    assertEquals(LocalDate.of(2015, 3, 19), s.get(4).entryDate());
    for (Segment seg : s) {
      assertEquals(seg.text(), text.substring(seg.start(), seg.end()), "offsets point into the text");
    }
  }

  @Test
  void keepsAnArticleOfTheLawInsideItsSentence() {
    List<String> s = SentenceSplitter.split("5. Handhaving (proces-verbaal ex art. 26 Lpw) acht ik niet aan de orde. Dossier loopt.")
        .stream().map(Segment::text).toList();
    assertEquals(List.of("5. Handhaving (proces-verbaal ex art. 26 Lpw) acht ik niet aan de orde.", "Dossier loopt."), s);
  }

  @Test
  void keepsAConsultNotesPatientAndPupilInsideTheirSentence() {
    List<String> s = SentenceSplitter.split("P: toestemming pt. en mo voor contact mentor. ll. weer op school.")
        .stream().map(Segment::text).toList();
    assertEquals(List.of("P: toestemming pt. en mo voor contact mentor.", "ll. weer op school."), s);
  }

  @Test
  void aMonthCutShortEndsNoSentenceUnlessACapitalFollows() {
    List<String> s = SentenceSplitter.split("Instroom moeizaam, sept. meer dan de helft afwezig. Gesprek eind nov. Moeder belt af.")
        .stream().map(Segment::text).toList();
    assertEquals(List.of("Instroom moeizaam, sept. meer dan de helft afwezig.", "Gesprek eind nov.", "Moeder belt af."), s);
  }

  @Test
  void aTitleBeforeANameEndsNoSentence() {
    List<String> s = SentenceSplitter.split("aanwezig: GW (mw. drs. I. Peters), kinderpsychiater (dr. W. Lam), moeder. Start.")
        .stream().map(Segment::text).toList();
    assertEquals(List.of("aanwezig: GW (mw. drs. I. Peters), kinderpsychiater (dr. W. Lam), moeder.", "Start."), s);
  }

  @Test
  void aTableRowDrawnWithBarsKeepsItsColumnNamesCutShort() {
    List<String> s = SentenceSplitter.split("wk | lessen gepland | aanw. | geoorl. afw. | ongeoorl. | bijz.\n"
        + " 6 | 28 | 27 | 1 | 0 | bezoek moeder kliniek. Daarna weer op school.")
        .stream().map(Segment::text).toList();
    assertEquals(List.of("wk | lessen gepland | aanw. | geoorl. afw. | ongeoorl. | bijz.",
        "6 | 28 | 27 | 1 | 0 | bezoek moeder kliniek.", "Daarna weer op school."), s);
  }

  @Test
  void aParentCutShortEndsNoSentenceUnlessACapitalFollows() {
    List<String> s = SentenceSplitter.split("Overleg LPA: PV tegen mo. ivm absoluut verzuim? Gesprek met va. Lln kwam niet.")
        .stream().map(Segment::text).toList();
    assertEquals(List.of("Overleg LPA: PV tegen mo. ivm absoluut verzuim?", "Gesprek met va.", "Lln kwam niet."), s);
  }

  @Test
  void aHolidayCutShortEndsNoSentenceUnlessACapitalFollows() {
    List<String> s = SentenceSplitter.split("Verzuim sinds zomervak. ca. 10% van de lessen. Terug na herfstvak. Mentor belt.")
        .stream().map(Segment::text).toList();
    assertEquals(List.of("Verzuim sinds zomervak. ca. 10% van de lessen.", "Terug na herfstvak.", "Mentor belt."), s);
  }

  @Test
  void joinsLinesWrappedInsideASentenceAndSplitsClausesAtSemicolons() {
    String text = "13-03-2015 Na overleg wordt afgezien\nvan een PV; verzuim wordt\ngeoorloofd.\nBelemmerende factoren: weinig\nStructuur thuis";
    List<String> s = SentenceSplitter.split(text).stream().map(Segment::text).toList();
    assertEquals(List.of(
        "13-03-2015 Na overleg wordt afgezien\nvan een PV;",
        "verzuim wordt\ngeoorloofd.",
        "Belemmerende factoren: weinig",
        "Structuur thuis"), s);
  }

  @Test
  void remembersOppHeadings() {
    String text = "OPP leerjaar 2\nWerkhouding\nBelemmerende factoren: plant slecht.\n"
        + "4. Gezondheid:\nBelemmerende factoren: hoofdpijn.";
    List<Segment> s = SentenceSplitter.split(text);
    assertEquals("", s.get(0).section());
    assertEquals("werkhouding", s.get(2).section());
    assertEquals("gezondheid", s.get(4).section());
  }

  @Test
  void ignoresImpossibleDatesAndPunctuationOnlyLines() {
    List<Segment> s = SentenceSplitter.split("31-02-2015 typo in datum.\n---\n");
    assertEquals(1, s.size());
    assertEquals(null, s.get(0).entryDate());
  }

  @Test
  void aClosingQuoteEndsTheSentenceWhenTheNextWordOpensInUpperCase() {
    List<String> s = SentenceSplitter.split(
            "Lln ontkent pesten: \"ze doen gewoon normaal.\" Mentor: wordt uitgescholden.\n"
                + "Zegt \"ik wil niet.\" en loopt weg.")
        .stream().map(Segment::text).toList();
    assertEquals(List.of(
        "Lln ontkent pesten: \"ze doen gewoon normaal.\"",
        "Mentor: wordt uitgescholden.",
        "Zegt \"ik wil niet.\" en loopt weg."), s);
  }
}
