package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.SegmentIndex;
import org.dossiercoder.ingest.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course of a case is read from its journals in the order they were written. */
class CaseCoursesTest {
  @TempDir Path dir;

  private static Document segment(int ordinal, String text, String date) {
    return segment("c900", "journaal.txt", ordinal, text, date);
  }

  private static Document segment(String caseId, String file, int ordinal, String text, String date) {
    Document d = new Document();
    String doc = caseId + "/" + file;
    d.add(new StringField(SegmentIndex.CASE, caseId, Field.Store.YES));
    d.add(new StringField(SegmentIndex.DOC, doc, Field.Store.YES));
    d.add(new StringField(SegmentIndex.SEG_ID, SegmentIndex.segId(doc, ordinal), Field.Store.YES));
    d.add(new StringField(SegmentIndex.DOCTYPE, DocumentType.ofFileName(file).key(), Field.Store.YES));
    d.add(new StoredField(SegmentIndex.ORDINAL, ordinal));
    d.add(new StoredField(DutchAnalysis.TEXT_FIELD, text));
    if (date != null) {
      d.add(new StoredField(SegmentIndex.DATE, date));
    }
    return d;
  }

  /** The courses read from an index holding these segments, written in this order. */
  private CaseCourses coursesOf(Document... segments) throws Exception {
    try (Directory directory = FSDirectory.open(dir)) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (Document d : segments) {
          writer.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return CaseCourses.read(reader);
      }
    }
  }

  /** The course of case c900 read from an index holding these segments. */
  private List<String> courseOf(Document... segments) throws Exception {
    return coursesOf(segments).describe("c900");
  }

  @Test
  void openingLinesStandUnderTheFirstEntryWhateverTheOrderOfTheIndexSegments() throws Exception {
    try (Directory directory = FSDirectory.open(dir)) {
      // Indexing threads may flush a document's later segments into an earlier index segment:
      // here the dated entry is committed before the line that opens the journal.
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        writer.addDocument(segment(1, "02-09-2014  Dossier overgenomen van collega leerplicht.", "2014-09-02"));
        writer.commit();
        writer.addDocument(segment(0, "Vorige school: havo, daar sinds mei 2014 niet meer geweest.", null));
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(2, reader.leaves().size(), "the two segments lie in two index segments");
        assertEquals(List.of("2014-09-02=3"), CaseCourses.read(reader).describe("c900"));
      }
    }
  }

  @Test
  void anOpeningLineAboutAStayAtHomeThatBeganLaterDoesNotStandUnderTheFirstEntry() throws Exception {
    assertEquals(List.of("2014-09-15=1", "2015-02-02=3"), courseOf(
        segment(0, "Noor zit thuis sinds 02-02-2015.", null),
        segment(1, "- sep 2014: 4 lesuren afwezig.", "2014-09-15"),
        segment(2, "- 02-02-2015 t/m heden: volledig thuis.", "2015-02-02")));
  }

  @Test
  void aCaseWithoutAJournalIsReadFromTheFilesKeptAsALog() throws Exception {
    CaseCourses courses = coursesOf(
        // c901 has no journaal*: its mentor's log, with entries under three dates, is its journal.
        segment("c901", "mentorlog.txt", 0, "ma 5-10-15  Deze week 4 lesuren ongeoorloofd.", "2015-10-05"),
        segment("c901", "mentorlog.txt", 1, "ma 2-11-15  Deze week geen dag op school geweest, zit thuis.", "2015-11-02"),
        segment("c901", "mentorlog.txt", 2, "ma 7-12-15  Elke dag op school geweest.", "2015-12-07"),
        // A letter under one date is no log.
        segment("c901", "brief-ouders.txt", 0, "Uw zoon is 10 dagen afwezig geweest.", "2015-11-20"),
        // c902 has a journal; the mails beside it repeat what it records and are left out.
        segment("c902", "journaal.txt", 0, "05-10-2015  Lln 3 lesuren ongeoorloofd afwezig.", "2015-10-05"),
        segment("c902", "mails.txt", 0, "Datum: 1-10-2015. Hij is de hele week ziek.", "2015-10-01"),
        segment("c902", "mails.txt", 1, "Datum: 8-10-2015. Weer de hele week ziek.", "2015-10-08"),
        segment("c902", "mails.txt", 2, "Datum: 15-10-2015. Nog steeds de hele week ziek.", "2015-10-15"));
    assertEquals(List.of("2015-10-05=1/13%", "2015-11-02=3", "2015-12-07=0"), courses.describe("c901"));
    assertEquals(List.of("2015-10-05=1"), courses.describe("c902"));
  }

  @Test
  void aYearlessLogBesideDatedMailsIsPlacedInTheirYears() throws Exception {
    assertEquals(List.of("2014-10-17=2/40%", "2015-01-20=2", "2015-02-12=0", "2015-05-28=0"), coursesOf(
        // The group's report names no year ("ma 6 okt"): its days stand in the assumed year 2000.
        yearless(0, "ma 6 okt  Vanochtend niet naar school.", "2000-10-06"),
        yearless(1, "vr 17 okt  Deze week 2 dagen afwezig.", "2000-10-17"),
        yearless(2, "do 12 feb  Deze week elke dag op school geweest.", "2001-02-12"),
        // The mails with the school are dated, in the same months.
        segment("c903", "mails.txt", 0, "Datum: 20-10-2014. Ze mist vaak de vrijdagmiddag.", "2014-10-20"),
        segment("c903", "mails.txt", 1, "Datum: 20-01-2015. Het verzuim zat op 42 uur.", "2015-01-20"),
        segment("c903", "mails.txt", 2, "Datum: 28-05-2015. Ruim 90% aanwezig.", "2015-05-28"))
        .describe("c903"));
  }

  private static Document yearless(int ordinal, String text, String relativeDate) {
    Document d = segment("c903", "rapportage.txt", ordinal, text, null);
    d.add(new StoredField(SegmentIndex.RELATIVE_DATE, relativeDate));
    return d;
  }

  @Test
  void aSchoolsExportOfLessonsIsReadAsALogByItsRowsOwnWeeksAndMonths() throws Exception {
    // No entry dates (or one export date for all): the rows' own dates and the school year named date them.
    assertEquals(List.of("2015-09-01=0", "2015-11-01=1/16%", "2016-01-01=2/63%", "2016-02-01=3"), coursesOf(
        segment("c904", "maandoverzicht.txt", 0, "Schooljaar 2015-2016    export: 08-02-2016 (JVE)", "2016-02-08"),
        segment("c904", "maandoverzicht.txt", 1, "maand      lesuren  ONG   ZIEK  TL   %ONG", "2016-02-08"),
        segment("c904", "maandoverzicht.txt", 2, "---------  -------  ----  ----  --  -----\naug/sep      800     14     7    9    1,8",
            "2016-02-08"),
        segment("c904", "maandoverzicht.txt", 3, "nov          640     98     6    3   15,3", "2016-02-08"),
        segment("c904", "maandoverzicht.txt", 4, "jan          640    402     0    0   62,8", "2016-02-08"),
        segment("c904", "maandoverzicht.txt", 5, "feb (t/m 5)  160    160     0    0  100,0", "2016-02-08"))
        .describe("c904"));
    assertEquals(List.of("2014-11-03=1/28%", "2015-01-05=2/59%", "2015-02-02=3"), coursesOf(
        segment("c905", "magister_export.txt", 0, "wk   van        lesuren  ZIEK  ONG   TL", null),
        segment("c905", "magister_export.txt", 1, "45   03-11-2014    32      2     7    2", null),
        segment("c905", "magister_export.txt", 2, "---- kerstvakantie ----", null),
        segment("c905", "magister_export.txt", 3, "02   05-01-2015    32      0    19    0", null),
        segment("c905", "magister_export.txt", 4, "06   02-02-2015    32      0    32    0", null))
        .describe("c905"));
    // Month rows under no named school year are not dated by the export's date.
    assertEquals(List.of(), coursesOf(
        segment("c906", "overzicht.txt", 0, "maand      lesuren  ONG   ZIEK", "2016-02-08"),
        segment("c906", "overzicht.txt", 1, "okt          480     31     0", "2016-02-08"),
        segment("c906", "overzicht.txt", 2, "jan          640    402     0", "2016-02-08"))
        .describe("c906"));
    // Numbered weeks are dated by the period the export says it covers, across the new year.
    assertEquals(List.of("2015-10-19=0", "2015-11-16=1/19%", "2016-01-11=3"), coursesOf(
        segment("c907", "weekrapportage.txt", 0, "Periode: wk 43 2015 t/m wk 9 2016        Opgesteld: OC, 04-03-2016", null),
        segment("c907", "weekrapportage.txt", 1, "wk  | gepland | aanw. | ongeoorl. | geoorl. | opm.", null),
        segment("c907", "weekrapportage.txt", 2, "43  |   26    |  26   |    0      |   0     | start, goed", null),
        segment("c907", "weekrapportage.txt", 3, "47  |   26    |  21   |    5      |   0     | 1e+2e uur", null),
        segment("c907", "weekrapportage.txt", 4, "52-1|   -     |   -   |    -      |   -     | kerstvakantie", null),
        segment("c907", "weekrapportage.txt", 5, "2   |   26    |   0   |   26      |   0     | weigert volledig", null))
        .describe("c907"));
  }

  @Test
  void aTableOfWeeklyAttendanceGoesOnPastAWeekWithoutAFigure() throws Exception {
    assertEquals(List.of("2015-09-21=1/12%", "2015-10-26=2/60%", "2015-11-16=3"), courseOf(
        segment(0, "Aanwezigheid per week (bron: ROC, % van geroosterde uren):", "2015-12-23"),
        segment(1, "wk 39-42  | 85-90%", "2015-09-21"),
        segment(2, "wk 43     | herfstvakantie", "2015-10-19"),
        segment(3, "wk 44     | 40%, hele dagen weg", "2015-10-26"),
        segment(4, "wk 47     | 20% (1 dag)", "2015-11-16")));
  }

  @Test
  void aPlainTextTableGoesOnPastTheRuleUnderItsHeader() throws Exception {
    assertEquals(List.of("2015-09-15=2/32%", "2015-10-15=1/19%", "2015-11-15=1/26%"), courseOf(
        segment(0, "| maand     | aanwezig (% geroosterde lessen) | toelichting |", "2016-01-29"),
        segment(1, "|-----------|----------------------------------|-------------|", "2016-01-29"),
        segment(2, "| sep 2015  | 68%                              | voor het gesprek |", "2015-09-15"),
        segment(3, "| okt 2015  | 81%                              | aangepast rooster |", "2015-10-15"),
        segment(4, "| nov 2015  | 74%                              | terugval: griep |", "2015-11-15")));
  }
}
