package org.dossiercoder.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The journal entry dates leerplicht writers use, and what is not a date. */
class EntryDateTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
    "12-11-2014 Melding school.|2014-11-12",
    "12-11-14  Melding DUO verzuimloket.|2014-11-12",
    "07.01.15 Overdracht collega.|2015-01-07",
    "14 januari 2015|2015-01-14",
    "Ma 10 nov 2014|2014-11-10",
    "wk 47 (2014)  Vooraf: bij overstap ruim 5 wkn zonder school.|2014-11-17",
    "wk 39 (sept 2014) - Eerste signaal van mentor.|2014-09-22",
    "wk 12 (16-20 maart 2015) - mentor|2015-03-16",
    "wk 38 '14 - melding school.|2014-09-15",
    "sep-14   6 uur|2014-09-15",
    // a span of months with its year heading a line of figures, dated in its first month
    "okt–dec 14: 6 à 8 klokuren p/w|2014-10-15",
    "- sep-okt 2014: 17 lesuren|2014-09-15",
    "stand mrt 16: ongewijzigd|2016-03-15",
    "sep – dec 15 (nieuwe school): 2 dgn ziek|2015-09-15",
    "--- 10-12-2014 ---|2014-12-10",
    // a label naming the kind of entry or its writer
    "Registratie 03/02/2015 - Telefoon|2015-02-03",
    "BT, woensdag 4 maart 2015: huisbezoek afgelegd.|2015-03-04",
    "Datum: 17-03-2015|2015-03-17",
    // a compound label, and the direction of a filed letter after a dash
    "Dossiernotitie 15-01-2015|2015-01-15",
    "ParnasSys-notitie 14-10-2014 (dir.)|2014-10-14",
    "Zorgoverleg 24-03-2015: zie verslag (apart stuk).|2015-03-24",
    "IN - 18 december 2014|2014-12-18",
    "UIT – 6 januari 2015|2015-01-06",
    // a numbered consult, a bracketed writer, a time or a column bar after the date
    "Consult 2 – 12-11-2015|2015-11-12",
    "Contactmoment: 16-10-14|2014-10-16",
    "[BT] 14-01-2015|2015-01-14",
    "Datum: 11-06-2015 20:15|2015-06-11",
    "Datum/tijd      : vr 23-01-2015 omstreeks 16.00 uur (melding)|2015-01-23",
    // a police register's date with a comma before the time; a date label naming its meeting
    "Datum/tijd         : zo 01-03-2015, 23:10 uur (112-melding buren)|2015-03-01",
    "Datum: dinsdag 16 april 2024, 10.00–11.15 uur|2024-04-16",
    "Datum intake: 23-09-2015 (huisbezoek)|2015-09-23",
    "INTAKE 12-11-2015|2015-11-12",
    // a telephone note with its time written "10.40u"
    "TN 19-11-2015, 11.05u - terugbelverzoek vader|2015-11-19",
    // the row of an overview that opens with the day a state began
    "- vanaf 16-11-2015: volledig thuis|2015-11-16",
    // an abbreviated month with its full stop heading the entries below
    "Dec. 2014|2014-12-15",
    // a heading that names its date with d.d., whatever it names
    "Huisbezoek 1 d.d. 17-9-2015 (week 38)|2015-09-17",
    "Evaluatie na 12 weken d.d. 10-12-2015 (week 50)|2015-12-10",
    "Zorgoverleg op school d.d. 9 oktober 2015:|2015-10-09",
  })
  void datesWithTheirYear(String line, String date) {
    assertEquals(LocalDate.parse(date), EntryDate.parse(line, null, 0));
  }

  @Test
  void aDateWithoutYearFollowsTheEntryBeforeAndRunsForward() {
    LocalDate nov = LocalDate.of(2014, 11, 10);
    assertEquals(LocalDate.of(2014, 11, 13), EntryDate.parse("Do 13 nov", nov, 2014));
    assertEquals(LocalDate.of(2015, 1, 5), EntryDate.parse("05-01 Gesprek met moeder.", LocalDate.of(2014, 12, 15), 2014),
        "after December comes January of the next year");
    assertEquals(LocalDate.of(2015, 1, 12), EntryDate.parse("wk 3   Melding school.", LocalDate.of(2014, 11, 17), 2014));
    assertEquals(LocalDate.of(2015, 8, 31), EntryDate.parse("wk 36-38  | 85-90%", LocalDate.of(2015, 12, 23), 2015),
        "a table of weeks after the last entry looks back: the next year lies further ahead");
    assertEquals(LocalDate.of(2015, 3, 11), EntryDate.parse("wk 11 (wo)  Huisbezoek.", null, 2015),
        "the first undated entry takes the year the document names");
    assertNull(EntryDate.parse("wk 11 (wo)  Huisbezoek.", null, 0), "no year anywhere: not guessed");
    assertEquals(LocalDate.of(2014, 9, 26), EntryDate.parse("vr 26/9", null, 2014), "a day and month alone on a line");
    assertEquals(LocalDate.of(2014, 9, 26), EntryDate.parse("26-9:", null, 2014));
    assertNull(EntryDate.parse("3/4 van de lessen gemist", null, 2014), "a fraction in a sentence is no date");
    assertEquals(LocalDate.of(2015, 10, 29), EntryDate.parse("29/10 - 2e consult, L. met moeder", null, 2015),
        "an entry that opens with its ordinal");
    assertEquals(LocalDate.of(2015, 12, 8), EntryDate.parse("8/12: 2e uitnodiging LPA: niet gekomen.", null, 2015));
    assertNull(EntryDate.parse("3/4 2e uur afwezig", null, 2015), "a fraction before a lesson hour is no date");
    assertNull(EntryDate.parse("januari - mei 2015", null, 0), "a span alone on its line heads a section");
    assertNull(EntryDate.parse("okt 14 lesuren gemist", null, 0),
        "a two-digit number after a month without a colon is an amount, not a year");
    assertEquals(LocalDate.of(2014, 10, 28), EntryDate.parse("di 28/10   tel. verzuimcoörd.: ma + di ziek.", null, 2014),
        "after a weekday the entry may go on in lower case");
    assertEquals(LocalDate.of(2014, 11, 3), EntryDate.parse("3/11\ttel. moeder, geen gehoor", null, 2014),
        "a date set off by a column gap");
    assertNull(EntryDate.parse("1/2 dag ziek gemeld", null, 2014), "half a day is no date");
    assertEquals(LocalDate.of(2014, 12, 11), EntryDate.parse("- 11-12: signaal van mentor (nog geen melding)",
        LocalDate.of(2014, 12, 15), 2014), "an item of a list under a month heading");
    int schoolYear = EntryDate.anchorYear("Schooljaar 2015-2016\nwk 40 ma\n...\nwk 2 (2016) do\nmei 2016");
    assertEquals(LocalDate.of(2015, 9, 28), EntryDate.parse("wk 40 ma", null, schoolYear),
        "a named school year puts an autumn week in its first year, whatever year is named most");
    assertEquals(LocalDate.of(2016, 2, 8), EntryDate.parse("wk 6 ma", null, schoolYear),
        "and a week after New Year in its second");
  }

  @Test
  void aNumberedPointOfALegalChronologyIsDated() {
    assertEquals(LocalDate.of(2015, 11, 12),
        EntryDate.parse("3. d.d. 12-11-2015: Afspraken: de school pakt het pesten aan.", null, 2015));
    assertEquals(LocalDate.of(2015, 1, 12), EntryDate.parse("d.d. 12-01-2015 verhoor vader", null, 2015));
    assertNull(EntryDate.parse("3. Lln. is sinds 12-11-2015 niet op school.", null, 2015), "a date inside a point");
  }

  @Test
  void aRowOfAPlainTextTableIsDatedBehindItsBar() {
    assertEquals(LocalDate.of(2015, 9, 15), EntryDate.parse("| sep 2015  | 68%   | voor het gesprek |", null, 0));
    assertEquals(LocalDate.of(2015, 10, 15),
        EntryDate.monthOfFigures("| okt | 81% | aangepast rooster |", LocalDate.of(2015, 11, 20)));
  }

  @Test
  void aColumnBarMayFollowALabelledDate() {
    assertEquals(LocalDate.of(2015, 1, 12), EntryDate.parse("LPA 12-01-2015 | Info VC: wk 2 aanwezig.", null, 0));
  }

  @Test
  void aLabelIsNoDateWhenItIsAPlaceOrAPreposition() {
    assertNull(EntryDate.parse("Utrecht, 10 december 2014", null, 2014), "the place and date of a letter");
    assertNull(EntryDate.parse("Moeder belt dat hij d.d. 12-10-2015 niet kwam, dat gebeurt vaker.", null, 2015),
        "d.d. in running text");
    assertNull(EntryDate.parse("Sinds 04-03-2015 niet op school.", null, 2015), "when the absence began");
    assertNull(EntryDate.parse("Gesprek 12-03-2015 met moeder afgezegd.", null, 2015), "a date inside a sentence");
    assertNull(EntryDate.parse("Verslag - 12 maart 2015 is het gesprek.", null, 2015), "a dash, then running text");
    assertNull(EntryDate.parse("Datum geboorte: 12-03-2003", null, 2015), "a date of birth");
    assertNull(EntryDate.parse("Vanaf 16-11-2015 zit hij volledig thuis.", null, 2015), "a start in running text");
  }

  @Test
  void aSpanOfMonthsOrAStatusWithItsMonthHeadsTheNotesBelowIt() {
    assertEquals(LocalDate.of(2015, 4, 15), EntryDate.parse("april tot juni", LocalDate.of(2015, 3, 11), 2015));
    assertEquals(LocalDate.of(2015, 6, 15), EntryDate.parse("Stand van zaken (juni)", LocalDate.of(2015, 4, 15), 2015));
    assertNull(EntryDate.parse("Stand van zaken", LocalDate.of(2015, 4, 15), 2015));
  }

  @Test
  void aMonthAloneOnItsLineHeadsTheNotesBelowIt() {
    assertEquals(LocalDate.of(2015, 10, 15), EntryDate.parse("oktober", LocalDate.of(2015, 9, 24), 2015));
    assertEquals(LocalDate.of(2015, 11, 25), EntryDate.parse("Eind november:", LocalDate.of(2015, 10, 15), 2015));
    assertEquals(LocalDate.of(2016, 1, 3), EntryDate.parse("begin januari", LocalDate.of(2015, 12, 15), 2015),
        "January after December is the next year");
    assertEquals(LocalDate.of(2015, 9, 3), EntryDate.parse("eerste week september", null, -2015));
    assertNull(EntryDate.parse("oktober was een rustige maand", LocalDate.of(2015, 9, 24), 2015), "a sentence is no heading");
  }

  @Test
  void inADatedJournalADayAndMonthMayOpenAnEntryInLowerCase() {
    LocalDate jan12 = LocalDate.of(2015, 1, 12);
    assertEquals(LocalDate.of(2015, 1, 19), EntryDate.parse("19/1 afw. moeder belt niet.", jan12, 2015));
    assertEquals(LocalDate.of(2015, 2, 2), EntryDate.parse("2/2 start opbouwrooster", jan12, 2015));
    assertNull(EntryDate.parse("19/1 afw. moeder belt niet.", null, 2015), "not before the journal has a date");
    assertNull(EntryDate.parse("1/2 dag afwezig geweest", jan12, 2015), "a fraction is no date");
    assertNull(EntryDate.parse("3/4 van de lessen gemist", jan12, 2015));
  }

  @Test
  void rowsOfAnOverviewRunForwardAcrossTheNotesBetweenThem() {
    List<Segment> s = SentenceSplitter.split("12-11-2015 Start rooster.\nnov | aanw 60%\nnotitie: moeder belt\n"
        + "dec | aanw 70%\nmentor is positief\njan | aanw 85%\nouders tevreden\n");
    assertEquals(LocalDate.of(2015, 11, 15), s.get(1).entryDate());
    assertEquals(LocalDate.of(2015, 12, 15), s.get(3).entryDate());
    assertEquals(LocalDate.of(2016, 1, 15), s.get(5).entryDate(), "after December the overview runs into January");
    assertEquals("ouders tevreden", s.get(6).text(), "a row is not continued by the note below it");
  }

  @Test
  void notesAfterAnOverviewByPeriodGoBackToItsStart() {
    List<Segment> s = SentenceSplitter.split("2015-09-14 t/m 2015-10-09   7   12\n"
        + "2016-01-25 t/m 2016-02-19   0   2\n18 sept. Mentor: zit er verloren bij.\n2 okt. Weer afwezig.\n");
    assertEquals(LocalDate.of(2015, 9, 18), s.get(2).entryDate(), "the overview's September, not the next one");
    assertEquals(LocalDate.of(2015, 10, 2), s.get(s.size() - 1).entryDate(), "and the notes run forward from there");
  }

  @Test
  void aRowOfAPeriodIsNotContinuedByTheTotalBelowIt() {
    List<Segment> s = SentenceSplitter.split("2015-08-31 t/m 2015-09-25   3   2   0\ntotaal 2014-2015: 37 dagen ziek\n");
    assertEquals("2015-08-31 t/m 2015-09-25   3   2   0", s.get(0).text());
  }

  @Test
  void isoDatesAsRegistrationSystemsExportThem() {
    assertEquals(LocalDate.of(2014, 12, 9), EntryDate.parse("2014-12-09  Melding via de vc.", null, 0));
    assertEquals(LocalDate.of(2015, 1, 14), EntryDate.parse("[2015/01/14] Terugkoppeling.", null, 0));
    assertNull(EntryDate.parse("2014-2015 was een moeilijk jaar.", null, 0), "a school year is no date");
  }

  @Test
  void tableRowsOfMonthsRunForwardFromTheLatestPastMonth() {
    // An overview in a June evaluation: September is last September, and the rows run on.
    List<Segment> s = SentenceSplitter.split(
        "wo 3/6/2015  Evaluatie. Overzicht:\n\nmnd   ongeoorl. (u)   ziek (u)\nsep   4   10\nokt   0   6\n"
            + "jan   2   2\n\nwo 10/6/2015  Afgesloten.\n");
    List<LocalDate> rows = s.stream().filter(x -> x.text().strip().matches("(sep|okt|jan) .*"))
        .map(Segment::entryDate).toList();
    assertEquals(List.of(LocalDate.of(2014, 9, 15), LocalDate.of(2014, 10, 15), LocalDate.of(2015, 1, 15)), rows);
    // A table pasted under a December entry that reports on to May: the rows still run forward.
    List<Segment> t = SentenceSplitter.split(
        "10-12-2014 Gesprek.\n\nziek gemeld per maand (dagen)\n  nov   7\n  dec   4\n  mei   0\n");
    assertEquals(LocalDate.of(2015, 5, 15), t.get(t.size() - 1).entryDate());
  }

  @Test
  void aLineOfMonthlyFiguresIsDatedInItsMonthNearestTheEntry() {
    LocalDate entry = LocalDate.of(2014, 12, 10);
    assertEquals(LocalDate.of(2014, 9, 15), EntryDate.monthOfFigures("  sept: te laat 2x", entry));
    assertEquals(LocalDate.of(2014, 12, 15), EntryDate.monthOfFigures("  dec (t/m 9/12): 14 lesuur", entry));
    assertEquals(LocalDate.of(2014, 10, 15), EntryDate.monthOfFigures("- oktober: zes lesuren weg;", entry), "an item of a list");
    assertNull(EntryDate.monthOfFigures("Mentor: hangt in de les.", entry));
    assertEquals(LocalDate.of(2015, 3, 15), EntryDate.monthOfFigures("mrt: te laat 2x, 3 lesuur", LocalDate.of(2015, 1, 28)),
        "figures pasted under an earlier entry");
    List<Segment> s = SentenceSplitter.split("--- 10-12-2014 ---\nokt: 4 lesuur\nnov: 17 lesuur\nMentor: slaapt in de les.\n");
    assertEquals(LocalDate.of(2014, 10, 15), s.get(1).entryDate());
    assertEquals(LocalDate.of(2014, 11, 15), s.get(2).entryDate());
    assertEquals(LocalDate.of(2014, 12, 10), s.get(3).entryDate(), "the entry dates the lines after the figures");
  }

  @Test
  void theAnchorIsTheYearNamedMost() {
    assertEquals(2014, EntryDate.anchorYear("Gezin woont sinds 2008 in NL. Melding 2014, gesprek 2014."));
    assertEquals(-2014, EntryDate.anchorYear("Gezin woont sinds 2008 in NL. Schooljaar 2014-2015, melding 2015."),
        "a named school year wins, given as the negative of its first year");
  }

  @Test
  void betweenYearsNamedEquallyOftenTheWeekdaysDecideAndElseTheLaterYear() {
    // 5 January and 18 February are a Monday and a Wednesday in 2015, not in 2013
    String diary = "Over Kim, 2015\nKim woont sinds de zomer van 2013 bij mij.\n"
        + "maandag 5 januari\nZe is niet opgestaan.\nwoensdag 18 februari\nOverleg op school.\n";
    assertEquals(2015, EntryDate.anchorYear(diary));
    assertEquals(2015, EntryDate.anchorYear("De familie woont sinds 2012 in Utrecht. Melding 2015."),
        "without weekdays the later year: a background line looks back");
    assertEquals(2012, EntryDate.anchorYear("Melding 2012, gesprek 2012. Zie ook 2015."), "the year named most still wins");
  }

  @Test
  void weekdaysWithoutAYearTellWhichSchoolYearAJournalStartsIn() {
    // 1 October, 6 October and 12 October are a Thursday, a Tuesday and a Monday in 2015, not in 2016
    String journal = "wk 40 – do 1/10\nMelding.\nwk 41 – di 6/10\nGesprek.\nwk 42 – ma 12/10\nBrief.\n"
        + "wk 2 – ma 11/1 2016\nHuisbezoek.\n";
    assertEquals(-2015, EntryDate.anchorYear(journal));
    List<Segment> s = SentenceSplitter.split(journal);
    assertEquals(2015, s.get(0).entryDate().getYear(), "the first entry is in October 2015");
    assertEquals(LocalDate.of(2016, 1, 11), s.get(s.size() - 2).entryDate());
    assertEquals(2016, EntryDate.anchorYear("ma 12/1 melding\ndi 13/1 gesprek\nDatum: 2016\n"),
        "two weekdays are too few to overrule the named year");
  }

  @Test
  void amountsAndTextAreNoDates() {
    for (String line : List.of("3 dagen afwezig in oktober.", "12 uur ongeoorloofd.", "2-3 dagen per week thuis.",
        "31-02-2015 typo", "Mei: ongeveer 60% aanwezig.", "1 a 2 keer per week te laat.", "sep 12% / okt 14% / nov 13%")) {
      assertNull(EntryDate.parse(line, LocalDate.of(2015, 1, 1), 2015), line);
    }
  }

  @Test
  void theSplitterCarriesTheEntryDateToTheLinesBelowIt() {
    List<Segment> s = SentenceSplitter.split("Journaal\n14 januari 2015\nMelding school. Moeder gebeld.\n21 januari 2015\nGesprek.\n");
    assertNull(s.get(0).entryDate());
    assertEquals(LocalDate.of(2015, 1, 14), s.get(2).entryDate());
    assertEquals(LocalDate.of(2015, 1, 21), s.get(5).entryDate());
  }

  @Test
  void aJournalThatNamesNoYearGetsRelativeDatesNotEntryDates() {
    List<Segment> s = SentenceSplitter.split("vr 26/9\nMelding school.\nma 6 oktober\nGesprek.\nma 12/1\nStart stage.\n");
    assertNull(s.get(1).entryDate(), "the year is not written, so no entry date is shown");
    assertEquals(MonthDay.of(9, 26), MonthDay.from(s.get(1).relativeDate()));
    assertEquals(MonthDay.of(10, 6), MonthDay.from(s.get(3).relativeDate()));
    assertEquals(MonthDay.of(1, 12), MonthDay.from(s.get(5).relativeDate()));
    assertEquals(1, s.get(5).relativeDate().getYear() - s.get(1).relativeDate().getYear(), "January follows September");
    assertNull(SentenceSplitter.split("12-11-2014 Melding.\n").get(0).relativeDate(), "a real date needs no relative one");
  }
}
