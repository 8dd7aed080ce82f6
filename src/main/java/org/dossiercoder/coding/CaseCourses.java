package org.dossiercoder.coding;

import java.io.IOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.SegmentIndex;
import org.dossiercoder.ingest.DocumentType;

/**
 * The course of absence of every case, read from the dated sentences of its leerplicht journals:
 * the basis of the {@code course} and {@code result} decisions of single-choice codebooks.
 */
public final class CaseCourses {
  private final Map<String, Course> courses;
  /** Cases whose course is read from relative dates: journals that name no year. */
  private final Set<String> relative;
  /** The relative date of every journal sentence of those cases, by {@code docId#ordinal}. */
  private final Map<String, LocalDate> relativeDates;

  /**
   * The relative date of every journal sentence of cases whose yearless journal was placed beside
   * their dated ones (see {@link #yearsAhead}), moved to the years of those, by {@code docId#ordinal}.
   */
  private final Map<String, LocalDate> placedDates;

  private CaseCourses(Map<String, Course> courses, Set<String> relative, Map<String, LocalDate> relativeDates,
      Map<String, LocalDate> placedDates) {
    this.courses = Map.copyOf(courses);
    this.relative = Set.copyOf(relative);
    this.relativeDates = Map.copyOf(relativeDates);
    this.placedDates = Map.copyOf(placedDates);
  }

  /** No courses: single-choice codebooks are decided by their rules only. */
  public static CaseCourses none() {
    return new CaseCourses(Map.of(), Set.of(), Map.of(), Map.of());
  }

  /**
   * Reads the dated journal sentences of the whole index. A case whose journals name no year is
   * read from their relative dates, unless another of its journals has real dates: the two cannot
   * be placed on one time line.
   */
  public static CaseCourses read(DirectoryReader reader) throws IOException {
    return read(reader, null);
  }

  /**
   * Reads the dated journal sentences of one case only (all cases when {@code onlyCase} is null):
   * explaining one case need not read the course of a thousand.
   */
  public static CaseCourses read(DirectoryReader reader, String onlyCase) throws IOException {
    Map<String, List<Course.Report>> dated = new HashMap<>();
    Map<String, List<Course.Report>> relative = new HashMap<>();
    Map<String, Map<String, LocalDate>> relativeDates = new HashMap<>();
    // The header of the figure table each journal is in, if any: its rows follow it.
    Map<String, FigureTable> tables = new HashMap<>();
    // The school year an export names over its month rows ("Schooljaar 2015-2016").
    Map<String, Integer> schoolYears = new HashMap<>();
    // The lines a journal opens with before its first dated entry ("Vorige school: sinds mei 2014
    // niet meer geweest") may tell that the pupil was at home when the dossier opened: full absence
    // there stands under that entry. Lesser amounts in a heading are summaries or history.
    Map<String, List<String>> preambles = new HashMap<>();
    Set<String> datedDocs = new HashSet<>();
    Map<String, List<LocalDate>> realDays = new HashMap<>();
    StoredFields stored = reader.storedFields();
    for (int id : journalSegmentsInOrder(reader, onlyCase)) {
      Document d = stored.document(id);
      String text = d.get(DutchAnalysis.TEXT_FIELD);
      String docKey = d.get(SegmentIndex.DOC);
      FigureTable header = FigureTable.header(text);
      if (header != null) {
        tables.put(docKey, header);
        continue;
      }
      FigureTable table = tables.get(docKey);
      String rowText = table == null ? text : FigureTable.afterRule(text);
      String row = table == null ? null : table.figures(rowText);
      if (table != null && row == null && !table.isRowWithoutFigure(text)) {
        tables.remove(docKey); // the table has ended
      }
      String date = d.get(SegmentIndex.DATE);
      int named = FigureTable.schoolYearNamed(text);
      if (named > 0) {
        schoolYears.put(docKey, named);
      }
      LocalDate rowDate = row == null ? null : table.rowDate(rowText, schoolYears.getOrDefault(docKey, -1));
      if (rowDate != null) {
        date = rowDate.toString(); // an export's row gives its own week or month
      } else if (row != null && table.isLessonExport()) {
        continue; // (a month row under no named school year: the entry's date is not its month)
      }
      Map<String, List<Course.Report>> into = dated;
      if (date == null) {
        date = d.get(SegmentIndex.RELATIVE_DATE);
        into = relative;
        if (date != null) {
          relativeDates.computeIfAbsent(d.get(SegmentIndex.CASE), k -> new HashMap<>())
              .put(d.get(SegmentIndex.SEG_ID), LocalDate.parse(date));
        }
      }
      if (date == null) {
        if (!datedDocs.contains(docKey)) {
          preambles.computeIfAbsent(docKey, k -> new ArrayList<>()).add(text);
        }
        continue;
      }
      LocalDate day = LocalDate.parse(date);
      String caseId = d.get(SegmentIndex.CASE);
      if (into == dated) {
        realDays.computeIfAbsent(caseId, k -> new ArrayList<>()).add(day);
      }
      if (datedDocs.add(docKey)) {
        for (String line : preambles.getOrDefault(docKey, List.of())) {
          AbsenceLevel.Measure p = AbsenceLevel.measure(line, day);
          // (not a stay at home that began after that entry: "zit thuis sinds 02-02-2015" above a
          // history that opens in September)
          if (p.level() == 3 && !AbsenceLevel.beginsAfter(line, day)) {
            report(into, caseId, day, p);
          }
        }
        preambles.remove(docKey);
      }
      AbsenceLevel.Measure m = AbsenceLevel.measure(row != null ? row : text, day);
      if (m.level() >= 0) {
        report(into, caseId, day, m);
      }
    }
    // A yearless journal beside dated letters or mails of the same case ("rapportage" with "ma 6
    // okt", mails dated 20-01-2015) tells of the same months: it is placed in the years of those.
    Map<String, LocalDate> placed = new HashMap<>();
    relative.forEach((caseId, reports) -> {
      List<Course.Report> real = dated.get(caseId);
      if (real == null) {
        return;
      }
      int years = yearsAhead(reports, realDays.get(caseId));
      for (Course.Report r : reports) {
        real.add(new Course.Report(r.date().plusYears(years), r.level(), r.share()));
      }
      relativeDates.getOrDefault(caseId, Map.of()).forEach((seg, day) -> placed.put(seg, day.plusYears(years)));
    });
    Map<String, Course> out = new HashMap<>();
    dated.forEach((k, v) -> out.put(k, Course.of(v)));
    Set<String> fromRelative = new HashSet<>();
    Map<String, LocalDate> dates = new HashMap<>();
    relative.forEach((k, v) -> {
      if (!out.containsKey(k)) {
        out.put(k, Course.of(v));
        fromRelative.add(k);
        dates.putAll(relativeDates.getOrDefault(k, Map.of()));
      }
    });
    return new CaseCourses(out, fromRelative, dates, placed);
  }

  /**
   * The years to add to the assumed year of a yearless journal so that its span covers most of the
   * dated entries of the same case (within a month); of equal spans, the one whose middle is
   * nearest theirs.
   */
  static int yearsAhead(List<Course.Report> yearless, List<LocalDate> realDays) {
    LocalDate first = yearless.stream().map(Course.Report::date).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = yearless.stream().map(Course.Report::date).max(LocalDate::compareTo).orElseThrow();
    List<LocalDate> days = realDays == null ? List.of() : realDays;
    if (days.isEmpty()) {
      return 0;
    }
    long realMiddle = days.stream().mapToLong(LocalDate::toEpochDay).sum() / days.size();
    int lowest = days.stream().mapToInt(LocalDate::getYear).min().orElseThrow() - last.getYear();
    int highest = days.stream().mapToInt(LocalDate::getYear).max().orElseThrow() - first.getYear();
    int best = lowest;
    long bestCovered = -1;
    long bestDistance = Long.MAX_VALUE;
    for (int k = lowest; k <= highest; k++) {
      LocalDate from = first.plusYears(k).minusDays(31);
      LocalDate to = last.plusYears(k).plusDays(31);
      long covered = days.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
      long middle = (first.plusYears(k).toEpochDay() + last.plusYears(k).toEpochDay()) / 2;
      long distance = Math.abs(middle - realMiddle);
      if (covered > bestCovered || covered == bestCovered && distance < bestDistance) {
        best = k;
        bestCovered = covered;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Adds a measured report to a case's course; a case without any keeps no (empty) course. */
  private static void report(Map<String, List<Course.Report>> into, String caseId, LocalDate day, AbsenceLevel.Measure m) {
    into.computeIfAbsent(caseId, k -> new ArrayList<>()).add(new Course.Report(day, m.level(), m.share()));
  }

  /**
   * The index ids of the journal segments, each document's in the order of its text: indexing threads
   * may flush one document's segments into different index segments, whose order varies between
   * runs, and tables and opening lines are read in the order they were written. Only the place of
   * each segment is read here (its document, ordinal and date); the caller loads the segments one at
   * a time, so memory grows by an int per journal segment, not by their text.
   *
   * <p>A journal is a {@code journaal*}/{@code dossier*} file. A case without one is read from the
   * files kept as a log instead (not an OPP or an interview): those whose entries stand under at
   * least {@link #LOG_DATES} different dates ("contactjournaal", "mentorlog", the "Verloop" of a
   * casusbeschrijving). Their names are the writer's choice; the dated entries are what a coder
   * reads the course from. Beside a leerplicht journal, such files (letters, mails, reports) repeat
   * or summarise what the journal records and are left out.
   */
  private static int[] journalSegmentsInOrder(DirectoryReader reader, String onlyCase) throws IOException {
    Map<String, TreeMap<Integer, Integer>> byDoc = new TreeMap<>();
    Map<String, String> caseOf = new HashMap<>();
    collect(reader, DocumentType.LEERPLICHTDOSSIER, onlyCase, byDoc, new HashMap<>(), caseOf, null);
    Set<String> withJournal = new HashSet<>(caseOf.values());
    Map<String, Set<String>> datesOf = new HashMap<>();
    Map<String, TreeMap<Integer, Integer>> others = new TreeMap<>();
    // A school's export of lessons dates its rows in cells of their own, which are no entry dates.
    Set<String> exports = new HashSet<>();
    collect(reader, DocumentType.OVERIG, onlyCase, others, datesOf, caseOf, exports);
    others.forEach((doc, segments) -> {
      if (!withJournal.contains(caseOf.get(doc))
          && (datesOf.getOrDefault(doc, Set.of()).size() >= LOG_DATES || exports.contains(doc))) {
        byDoc.put(doc, segments);
      }
    });
    return byDoc.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).toArray();
  }

  /** The fewest different entry dates that make a file a log read for the course of absence. */
  static final int LOG_DATES = 3;

  /**
   * Adds the segments of every document of one type to {@code byDoc} (ordinal to index id), the
   * different entry dates (real or relative) of each document to {@code datesOf}, and its case to
   * {@code caseOf}; when {@code exports} is given, also the documents with an export's header of lessons.
   */
  private static void collect(DirectoryReader reader, DocumentType type, String onlyCase,
      Map<String, TreeMap<Integer, Integer>> byDoc, Map<String, Set<String>> datesOf, Map<String, String> caseOf,
      Set<String> exports) throws IOException {
    Term term = new Term(SegmentIndex.DOCTYPE, type.key());
    Set<String> place = exports == null
        ? Set.of(SegmentIndex.CASE, SegmentIndex.DOC, SegmentIndex.ORDINAL, SegmentIndex.DATE, SegmentIndex.RELATIVE_DATE)
        : Set.of(SegmentIndex.CASE, SegmentIndex.DOC, SegmentIndex.ORDINAL, SegmentIndex.DATE, SegmentIndex.RELATIVE_DATE,
            DutchAnalysis.TEXT_FIELD);
    for (LeafReaderContext leaf : reader.leaves()) {
      PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
      if (postings == null) {
        continue;
      }
      // One case's segments by its indexed id, so explaining a case loads no other case's fields.
      PostingsEnum ofCase = onlyCase == null ? null
          : leaf.reader().postings(new Term(SegmentIndex.CASE, onlyCase), PostingsEnum.NONE);
      if (onlyCase != null && ofCase == null) {
        continue;
      }
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live != null && !live.get(doc) || !inCase(ofCase, doc)) {
          continue;
        }
        Document d = stored.document(doc, place);
        String key = d.get(SegmentIndex.DOC);
        caseOf.put(key, d.get(SegmentIndex.CASE));
        byDoc.computeIfAbsent(key, k -> new TreeMap<>())
            .put(d.getField(SegmentIndex.ORDINAL).numericValue().intValue(), leaf.docBase + doc);
        String date = d.get(SegmentIndex.DATE) != null ? d.get(SegmentIndex.DATE) : d.get(SegmentIndex.RELATIVE_DATE);
        if (date != null) {
          datesOf.computeIfAbsent(key, k -> new HashSet<>()).add(date);
        }
        if (exports != null && !exports.contains(key) && FigureTable.opensLessonExport(d.get(DutchAnalysis.TEXT_FIELD))) {
          exports.add(key);
        }
      }
    }
  }

  /** Whether a segment is among one case's segments ({@code ofCase} null: every case). */
  private static boolean inCase(PostingsEnum ofCase, int doc) throws IOException {
    if (ofCase == null) {
      return true;
    }
    if (ofCase.docID() < doc) {
      ofCase.advance(doc);
    }
    return ofCase.docID() == doc;
  }

  /**
   * The date a coding stands under on the case's time line: in a case read from relative dates its
   * relative date (a real date is on another time line), else its journal entry date; null when
   * it has none.
   */
  LocalDate dateOf(SegmentCoding c) {
    if (relative.contains(c.caseId())) {
      return relativeDates.get(SegmentIndex.segId(c.docId(), c.ordinal()));
    }
    if (c.entryDate().isEmpty()) {
      return placedDates.get(SegmentIndex.segId(c.docId(), c.ordinal()));
    }
    return LocalDate.parse(c.entryDate());
  }

  /** A date on a case's time line as shown to a reader: {@code --MM-dd} when its year is assumed. */
  public String show(String caseId, LocalDate date) {
    return relative.contains(caseId) ? MonthDay.from(date).toString() : date.toString();
  }

  Course course(String caseId) {
    return courses.getOrDefault(caseId, Course.of(List.of()));
  }

  /**
   * The dated absence levels of a case, oldest first, as {@code date=level} strings, with the
   * share of school time missed where the report gives it ({@code 2014-11-15=1/25%}); a date
   * without a written year as {@code --MM-dd}.
   */
  public List<String> describe(String caseId) {
    // A relative date shows only its day and month ("--09-26"): its year is assumed.
    return course(caseId).reports().stream()
        .map(r -> show(caseId, r.date()) + "=" + r.level()
            // attendance (0 %) and full absence (100 %) go without saying
            + (r.measured() && r.level() != 0 && r.level() != 3 ? "/" + Math.round(r.share() * 100) + "%" : ""))
        .toList();
  }
}
