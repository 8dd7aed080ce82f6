package org.dossiercoder.coding;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
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

  private CaseCourses(Map<String, Course> courses) {
    this.courses = Map.copyOf(courses);
  }

  /** No courses: single-choice codebooks are decided by their rules only. */
  public static CaseCourses none() {
    return new CaseCourses(Map.of());
  }

  /** Reads the dated journal sentences of the whole index. */
  public static CaseCourses read(DirectoryReader reader) throws IOException {
    Map<String, List<Course.Report>> reports = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document d = stored.document(doc);
        String date = d.get(SegmentIndex.DATE);
        if (date == null || !DocumentType.LEERPLICHTDOSSIER.key().equals(d.get(SegmentIndex.DOCTYPE))) {
          continue;
        }
        int level = AbsenceLevel.of(d.get(DutchAnalysis.TEXT_FIELD), LocalDate.parse(date));
        if (level >= 0) {
          reports.computeIfAbsent(d.get(SegmentIndex.CASE), k -> new ArrayList<>())
              .add(new Course.Report(LocalDate.parse(date), level));
        }
      }
    }
    Map<String, Course> out = new HashMap<>();
    reports.forEach((k, v) -> out.put(k, Course.of(v)));
    return new CaseCourses(out);
  }

  Course course(String caseId) {
    return courses.getOrDefault(caseId, Course.of(List.of()));
  }

  /** The dated absence levels of a case, oldest first, as {@code date=level} strings. */
  public List<String> describe(String caseId) {
    return course(caseId).reports().stream().map(r -> r.date() + "=" + r.level()).toList();
  }
}
