package org.dossiercoder.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookKind;
import org.dossiercoder.codebook.Codebooks;

/**
 * Turns segment codings into case-level codes.
 *
 * <p>Multi-choice codebooks: a code holds when at least {@code min_segments} counted segments
 * support it, or one counted segment of a {@code strong} rule, and no counted segment of an
 * {@code unless} rule speaks against it (a strong rule outweighs that); a child code that holds
 * makes its parents hold. Single-choice codebooks: see {@link SingleChoice}.
 */
public final class CaseCoder {
  private CaseCoder() {}

  /**
   * The case-level codes of every case.
   *
   * @param caseIds the cases, in output order
   * @param codebooks the codebooks
   * @param codings all segment codings
   */
  public static CaseCodes decide(List<String> caseIds, Codebooks codebooks, List<SegmentCoding> codings) {
    return decide(caseIds, codebooks, codings, CaseCourses.none());
  }

  /**
   * The case-level codes of every case, deciding {@code course} and {@code result} codebooks from
   * the course of absence where it is informative enough.
   *
   * @param caseIds the cases, in output order
   * @param codebooks the codebooks
   * @param codings all segment codings
   * @param courses the course of absence per case
   */
  public static CaseCodes decide(
      List<String> caseIds, Codebooks codebooks, List<SegmentCoding> codings, CaseCourses courses) {
    Map<String, List<SegmentCoding>> byCase = new HashMap<>();
    for (SegmentCoding c : codings) {
      if (c.counted()) {
        byCase.computeIfAbsent(c.caseId(), k -> new ArrayList<>()).add(c);
      }
    }
    List<String> columns = new ArrayList<>();
    for (Codebook b : codebooks.list()) {
      if (b.kind() == CodebookKind.TOPICS) {
        continue; // topic lists code interview turns, not cases
      }
      for (Code c : b.codes()) {
        columns.add(b.column(c));
      }
    }
    Map<String, Map<String, CaseCodes.Decision>> decisions = new LinkedHashMap<>();
    for (String caseId : caseIds) {
      List<SegmentCoding> counted = byCase.getOrDefault(caseId, List.of());
      Map<String, CaseCodes.Decision> row = new HashMap<>();
      for (Codebook b : codebooks.list()) {
        if (b.kind() == CodebookKind.TOPICS) {
          continue;
        }
        if (b.kind() == CodebookKind.SINGLE) {
          row.putAll(SingleChoice.decide(b, counted, courses.course(caseId), firstIntervention(counted, courses)));
        } else {
          row.putAll(multi(b, counted));
        }
      }
      decisions.put(caseId, row);
    }
    return new CaseCodes(caseIds, columns, decisions);
  }

  /**
   * How a single-choice codebook is decided for one case from its codings (all codebooks: the
   * interventions set the date the result is judged from) and course of absence.
   *
   * @param caseId the case
   * @param book a single-choice codebook
   * @param codings the case's segment codings; those that do not count are ignored
   * @param courses the course of absence per case
   * @return the decision and what it rests on
   */
  public static SingleChoiceTrace trace(
      String caseId, Codebook book, List<SegmentCoding> codings, CaseCourses courses) {
    List<SegmentCoding> counted =
        codings.stream().filter(c -> c.counted() && c.caseId().equals(caseId)).toList();
    return SingleChoice.trace(book, counted, courses.course(caseId), firstIntervention(counted, courses));
  }

  private static Map<String, CaseCodes.Decision> multi(Codebook book, List<SegmentCoding> counted) {
    Map<String, Integer> segments = new HashMap<>();
    Map<String, Boolean> strong = new HashMap<>();
    Map<String, Boolean> vetoed = new HashMap<>();
    Map<String, java.util.Set<String>> distinct = new HashMap<>();
    for (SegmentCoding c : counted) {
      if (!c.codebook().equals(book.id())) {
        continue;
      }
      Code coded = book.code(c.code());
      if (coded != null && coded.isUnless(c.rule())) {
        vetoed.put(c.code(), true);
        continue;
      }
      // One sentence supports a code once, however many of its rules match it.
      if (distinct.computeIfAbsent(c.code(), k -> new java.util.HashSet<>()).add(c.docId() + "#" + c.ordinal())) {
        segments.merge(c.code(), 1, Integer::sum);
      }
      Code code = book.code(c.code());
      // A coding a researcher made by hand (no rule) is decisive, like a strong rule.
      if (c.rule().isEmpty()
          || code != null && code.rules().stream().anyMatch(r -> r.id().equals(c.rule()) && r.strong())) {
        strong.put(c.code(), true);
      }
    }
    Map<String, CaseCodes.Decision> out = new HashMap<>();
    // Children come after parents in the codebook, so walk backwards to propagate upwards.
    List<Code> codes = new ArrayList<>(book.codes());
    Map<String, Integer> support = new HashMap<>(segments);
    Map<String, Boolean> holds = new HashMap<>();
    for (int i = codes.size() - 1; i >= 0; i--) {
      Code code = codes.get(i);
      int n = support.getOrDefault(code.id(), 0);
      boolean isStrong = strong.getOrDefault(code.id(), false);
      boolean h = n >= code.minSegments() || isStrong || holds.getOrDefault(code.id(), false);
      if (vetoed.getOrDefault(code.id(), false) && !isStrong) {
        h = false; // an unless-rule matched and no strong rule outweighs it
      }
      holds.put(code.id(), h);
      if (h && code.parent() != null) {
        holds.put(code.parent(), true);
        support.merge(code.parent(), n, Integer::sum);
      }
      out.put(book.column(code), new CaseCodes.Decision(h ? 1 : 0, n, "auto"));
    }
    return out;
  }

  /** The id of the codebook whose first counted coding marks the start of the interventions. */
  public static final String INTERVENTIONS = "interventie";

  /**
   * The date of the first intervention: the earliest dated counted coding of a non-procedural
   * intervention (procedures such as the first meeting start every dossier), else of any.
   */
  static LocalDate firstIntervention(List<SegmentCoding> counted, CaseCourses courses) {
    LocalDate best = null;
    LocalDate anyBest = null;
    for (SegmentCoding c : counted) {
      LocalDate date = c.codebook().equals(INTERVENTIONS) ? courses.dateOf(c) : null;
      if (date == null) {
        continue;
      }
      if (anyBest == null || date.isBefore(anyBest)) {
        anyBest = date;
      }
      if (!c.code().startsWith("procedure") && (best == null || date.isBefore(best))) {
        best = date;
      }
    }
    return best != null ? best : anyBest;
  }

  /** Orders codings by journal date, then document and position: the course of the dossier. */
  static final Comparator<SegmentCoding> CHRONOLOGICAL =
      Comparator.comparing((SegmentCoding c) -> c.entryDate().isEmpty() ? "0000" : c.entryDate())
          .thenComparing(SegmentCoding::docId)
          .thenComparingInt(SegmentCoding::ordinal);
}
