package org.dossiercoder.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;

/**
 * The decision rule for single-choice codebooks ({@code verzuimpatroon}, {@code resultaat}).
 *
 * <p>Each code scores the number of distinct counted segments that support it. The highest score
 * wins; a tie goes to the code supported latest in the dossier (journal date, then position),
 * because the course of absence is judged by where it ends up; a remaining tie goes to the code
 * listed first. No supporting segment: no code.
 */
final class SingleChoice {
  private SingleChoice() {}

  static Map<String, CaseCodes.Decision> decide(Codebook book, List<SegmentCoding> counted) {
    Map<String, Integer> score = new HashMap<>();
    Map<String, SegmentCoding> latest = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (SegmentCoding c : counted) {
      if (!c.codebook().equals(book.id()) || !seen.add(c.code() + "|" + c.docId() + "#" + c.ordinal())) {
        continue;
      }
      score.merge(c.code(), 1, Integer::sum);
      latest.merge(c.code(), c, (a, b) -> CaseCoder.CHRONOLOGICAL.compare(a, b) >= 0 ? a : b);
    }
    String best = null;
    for (Code code : book.codes()) {
      if (!score.containsKey(code.id())) {
        continue;
      }
      if (best == null || better(code.id(), best, score, latest)) {
        best = code.id();
      }
    }
    Map<String, CaseCodes.Decision> out = new HashMap<>();
    for (Code code : book.codes()) {
      out.put(
          book.column(code),
          new CaseCodes.Decision(code.id().equals(best) ? 1 : 0, score.getOrDefault(code.id(), 0), "auto"));
    }
    return out;
  }

  private static boolean better(
      String candidate, String best, Map<String, Integer> score, Map<String, SegmentCoding> latest) {
    int a = score.get(candidate);
    int b = score.get(best);
    if (a != b) {
      return a > b;
    }
    return CaseCoder.CHRONOLOGICAL.compare(latest.get(candidate), latest.get(best)) > 0;
  }
}
