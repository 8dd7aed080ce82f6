package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Monthly figure tables: which columns count absence, and what a row then reports. */
class FigureTableTest {

  @Test
  void hoursColumnsOfAbsenceAreAddedAndLatenessIsLeftOut() {
    FigureTable t = FigureTable.header("  mnd    ongeoorl.(u)  geoorl./ziek(u)  te laat");
    assertNotNull(t);
    assertEquals("sep: 26 lesuren afwezig", t.figures("  sep    2             24               1"));
    assertEquals(1, AbsenceLevel.of(t.figures("  sep    2             24               1")));
    assertEquals(2, AbsenceLevel.of(t.figures("  okt    12            26               2")));
    assertEquals(0, AbsenceLevel.of(t.figures("  nov    0             0                0")));
  }

  @Test
  void aWeeklyExportGivesTheShareOfScheduledLessonsMissedOnTheRowsDate() {
    String header = "wk   van        lesuren  ZIEK  ONG   TL  TLS  GO   %ONG";
    assertTrue(FigureTable.opensLessonExport(header));
    FigureTable t = FigureTable.header(header);
    String row = "45   03-11-2014    32      2     7    2    2    0   21,9";
    assertEquals("03-11-2014: 28% afwezig", t.figures(row), "sick and unauthorised, not late");
    assertEquals(java.time.LocalDate.of(2014, 11, 3), t.rowDate(row, -1));
    assertEquals(1, AbsenceLevel.of(t.figures(row)));
    assertEquals(3, AbsenceLevel.of(t.figures("06   02-02-2015    32      0    32    0    0    0  100,0")));
    assertTrue(t.isRowWithoutFigure("---- kerstvakantie ----"), "a holiday line does not end the export");
    assertTrue(t.isRowWithoutFigure("---- ---------- -------- ----- ----- --- ---- ---- ------"));
    assertNull(t.figures("Totaal ONG lesuren: 376     Totaal ZIEK lesuren: 46"), "a total is no week");
    assertFalse(FigureTable.opensLessonExport("maand       schooldagen   afwezig (dagen)   BPV-uren gepland"),
        "a monthly table without scheduled lessons is read as before");
    assertNull(FigureTable.header("mnd    ongeoorl.(u)  geoorl./ziek(u)  te laat").rowDate("  sep    2     24    1", 2014));
  }

  @Test
  void anExportByNumberedWeekIsDatedByThePeriodItCovers() {
    FigureTable t = FigureTable.header(" wk  | gepland | aanw. | ongeoorl. | geoorl. | opm.");
    assertNotNull(t, "a header may end in an abbreviation");
    assertEquals("wk 46: 12% afwezig", t.figures(" 46  |   26    |  23   |    3      |   0     | 1e uur te laat -> niet"),
        "unauthorised and authorised absence over lessons planned; attendance is no absence");
    assertEquals("wk 45: 0% afwezig", t.figures(" 45  |   26    |  26   |    0      |   0     |"), "an empty remark");
    assertEquals(3, AbsenceLevel.of(t.figures(" 4   |   26    |   0   |   26      |   0     | weigert volledig")));
    assertTrue(t.isRowWithoutFigure(" 52-1|   -     |   -   |    -      |   -     | kerstvakantie (verlof bij vader)"),
        "a holiday row goes on with the table");
    int year = FigureTable.schoolYearNamed("Periode: wk 43 2015 t/m wk 9 2016        Opgesteld: OC, 04-03-2016");
    assertEquals(2015, year);
    assertEquals(java.time.LocalDate.of(2015, 10, 19), t.rowDate(" 43  |   26    |  26   |    0      |   0     | start", year));
    assertEquals(java.time.LocalDate.of(2016, 1, 25), t.rowDate(" 4   |   26    |   0   |   26      |   0     |", year));
    assertNull(t.rowDate(" 4   |   26    |   0   |   26      |   0     |", -1), "no period named: no date");
    assertEquals(2014, FigureTable.schoolYearNamed("Periode 19-01-2015 t/m 27-02-2015"));
    FigureTable lessons = FigureTable.header("wk | lessen gepland | aanwezig | geoorl. afw. | ongeoorl. | bijz.");
    assertEquals("wk 6: 4% afwezig", lessons.figures(" 6 |      28        |    27    |      1       |     0     | bezoek moeder kliniek"));
    assertNull(FigureTable.header("Opm. docent VSO-3 (M. Brouwer): Sanne is vanaf dag 1 gewoon gekomen."), "a sentence is no header");
    FigureTable refusals = FigureTable.header(" wk  | gepland | aanw. | afw. geoorl. | afw. ongeoorl./weigering | opm.");
    assertEquals("wk 41: 70% afwezig", refusals.figures(" 41  |   10    |   3   |      0       |            7             | weigert"),
        "planned lessons grow with a build-up schedule; the share is of what was planned");
    assertTrue(refusals.isRowWithoutFigure(" 52/1|   -     |   -   |      -       |            -             | kerstvakantie"));
  }

  @Test
  void aMonthlyExportIsDatedByTheSchoolYearItNames() {
    assertEquals(2015, FigureTable.schoolYearNamed("Schooljaar 2015-2016    export: 08-02-2016 (JVE)"));
    assertEquals(2015, FigureTable.schoolYearNamed("Absentieoverzicht - 4T3 (tl, examenjaar) - sj 2015/2016"));
    assertEquals(-1, FigureTable.schoolYearNamed("Periode 2014-2016"), "two years apart are no school year");
    FigureTable t = FigureTable.header("maand      lesdagen  lesuren  ONG   ZIEK  TL  TLS  GO  SCH   %ONG   hele dagen ONG");
    assertEquals("sep: 3% afwezig", t.figures("aug/sep       25       800     14     7    9    6   0    0     1,8        0"),
        "the later month of two names the row");
    assertEquals(java.time.LocalDate.of(2015, 9, 1), t.rowDate("aug/sep       25       800     14     7    9", 2015));
    assertEquals("jan: 63% afwezig", t.figures("jan           20       640    402     0    0    0   0    0    62,8       16 (+ 3 dgn Rebound)"));
    assertEquals(java.time.LocalDate.of(2016, 1, 1), t.rowDate("jan           20       640    402", 2015));
    FigureTable bars = FigureTable.header("           |lesuren| ZIEK | GO (ziekenhuis/arts) | ONG | aanwezig %");
    assertEquals("dec: 51% afwezig", bars.figures("dec        |  105  |  54  |        3             |  0  |   46   <- opvlamming, 1 wk opname"),
        "a header over the figures only: the label column is the first");
  }

  @Test
  void aHeaderWithoutAMonthColumnAndDaysAsTheUnit() {
    FigureTable t = FigureTable.header("maand       schooldagen   afwezig (dagen)   BPV-uren gepland");
    assertNotNull(t);
    assertEquals("okt 2014: 6 dagen afwezig", t.figures("okt 2014        8            6            96"));
    FigureTable caption = FigureTable.header("ziek gemeld per maand (dagen)");
    assertNotNull(caption);
    assertEquals("okt: 6 dagen afwezig", caption.figures("  okt   6"));
    assertEquals(3, AbsenceLevel.of(caption.figures("  nov   17")));
  }

  @Test
  void aCaptionOfPercentagesSaysWhetherTheyCountAttendanceOrAbsence() {
    FigureTable present = FigureTable.header("% aanwezig t.o.v. rooster (bij opbouwschema: t.o.v. volledig rooster)");
    assertNotNull(present);
    assertEquals("sep 2014: 12% aanwezig", present.figures("sep 2014    12%"));
    assertEquals(3, AbsenceLevel.of(present.figures("sep 2014    12%")));
    assertEquals("nov 2014: 43% aanwezig", present.figures("nov 2014    43%   opbouwschema stap 1-2"), "a remark may follow");
    assertEquals(0, AbsenceLevel.of(present.figures("mei 2015    93%")));
    FigureTable both = FigureTable.header("Overzicht verzuim (geoorloofd ziek + ongeoorloofd), % aanwezig t.o.v. rooster");
    assertEquals("okt 2014: 46% aanwezig", both.figures("okt 2014     46%   (ziekenhuisopname 2 wk)"), "the word at the % decides");
    FigureTable absent = FigureTable.header("verzuim in % van de lestijd");
    assertEquals(1, AbsenceLevel.of(absent.figures("okt   14%")));
  }

  @Test
  void percentagesPerWeekWithARangeOrARemark() {
    FigureTable weeks = FigureTable.header("Aanwezigheid per week (bron: ROC, % van geroosterde uren):");
    assertNotNull(weeks);
    assertEquals("wk 36-38: 88% aanwezig", weeks.figures("wk 36-38  | 85-90%"), "a range is read as its middle");
    assertEquals("wk 47: 20% aanwezig", weeks.figures("wk 47     | 20% (1 dag)"));
    assertEquals("week 44: 40% aanwezig", weeks.figures("week 44   | 40%, hele dagen weg"));
    assertNull(weeks.figures("wk 43     | herfstvakantie"));
    assertTrue(weeks.isRowWithoutFigure("wk 43     | herfstvakantie"), "a holiday week does not end the table");
    assertFalse(weeks.isRowWithoutFigure("Mentor: slaapt in de les."));
    assertTrue(weeks.isRowWithoutFigure("|-----------|:--------:|"), "nor does the rule under a header");
    FigureTable months = FigureTable.header("ziek gemeld per maand (dagen)");
    assertNull(months.figures("wk 45   6"), "a table of counts is read per month only");
  }

  @Test
  void textIsNoHeaderAndAnotherShapeIsNoRow() {
    assertNull(FigureTable.header("12-11  Lln 2 dagen ziek gemeld."), "figures make a line text");
    assertNull(FigureTable.header("Moeder belt: zoon is ziek."));
    assertNull(FigureTable.header("ziek gemeld"), "a caption must say it counts per month");
    FigureTable t = FigureTable.header("mnd   ongeoorl. u   geoorl. u");
    assertNull(t.figures("Mentor: slaapt in de les."));
    assertNull(t.figures("sep   4"), "a row must fill the header's columns");
  }
}
