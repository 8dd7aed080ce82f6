package org.dossiercoder.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.coding.CaseCodes;

/**
 * Accuracy of the automatic coding of a topic list at turn level: every respondent turn of the
 * evaluated transcripts is a unit, scored per code (items and categories, a category holding when
 * one of its items does) with {@link Evaluation}.
 */
public final class TurnEvaluation {
  private TurnEvaluation() {}

  /**
   * Scores a codebook over turns.
   *
   * @param book the topic list
   * @param units the turn ids ({@code <doc_id>#<turn>}) of every respondent turn evaluated
   * @param gold the codes a careful coder gave per turn id (ancestors need not be listed)
   * @param coded the codes the automatic coding gave per turn id
   * @return one score per code of the book, categories each followed by their items; columns
   *     are {@code <codebook>.<code>}
   */
  public static List<Evaluation.CodeScore> score(
      Codebook book, List<String> units, Map<String, Set<String>> gold, Map<String, Set<String>> coded) {
    List<String> columns = new ArrayList<>();
    for (Code category : book.topLevelCodes()) {
      columns.add(book.column(category));
      for (Code item : book.childrenOf(category.id())) {
        columns.add(book.column(item));
      }
    }
    return Evaluation.score(table(book, units, gold, columns), table(book, units, coded, columns), units);
  }

  private static CaseCodes table(Codebook book, List<String> units, Map<String, Set<String>> codes, List<String> columns) {
    Map<String, Map<String, Integer>> values = new HashMap<>();
    for (String unit : units) {
      Map<String, Integer> row = new HashMap<>();
      for (String code : codes.getOrDefault(unit, Set.of())) {
        for (Code c = book.code(code); c != null; c = c.parent() == null ? null : book.code(c.parent())) {
          row.put(book.column(c), 1);
        }
      }
      values.put(unit, row);
    }
    return CaseCodes.of(units, columns, values);
  }
}
