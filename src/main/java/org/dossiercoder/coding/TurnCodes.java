package org.dossiercoder.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;

/**
 * The codes of a topic list per transcript turn: the unit of a framework matrix and of turn-level
 * evaluation.
 *
 * <p>A code holds for a turn when a counted coding of one of its rules lies in a sentence of the
 * turn, unless a counted coding of one of its {@code unless} rules lies in the turn too and no
 * strong rule outweighs it. An item that holds makes its category (and any ancestor) hold.
 * Segments outside turns (turn 0) are not turn units and are left out.
 */
public final class TurnCodes {
  private TurnCodes() {}

  /**
   * One speaker turn of a transcript.
   *
   * @param caseId the case
   * @param docId the document, {@code <case_id>/<file name>}
   * @param turn the 1-based turn number
   */
  public record Turn(String caseId, String docId, int turn) {
    /** The turn as one id, {@code <doc_id>#<turn>}. */
    public String id() {
      return docId + "#" + turn;
    }
  }

  /**
   * The codes of a codebook that hold per turn, for the turns that have any, in document order.
   *
   * @param book the codebook (usually a topic list)
   * @param codings segment codings; those of other codebooks and outside turns are ignored
   */
  public static Map<Turn, Set<String>> decide(Codebook book, List<SegmentCoding> codings) {
    Map<Turn, Map<String, Boolean>> support = new LinkedHashMap<>(); // code -> strong?
    Map<Turn, Set<String>> vetoes = new HashMap<>();
    for (SegmentCoding c : codings) {
      if (!c.codebook().equals(book.id()) || !c.counted() || c.turn() < 1) {
        continue;
      }
      Code code = book.code(c.code());
      if (code == null) {
        continue;
      }
      Turn t = new Turn(c.caseId(), c.docId(), c.turn());
      if (code.isUnless(c.rule())) {
        vetoes.computeIfAbsent(t, k -> new HashSet<>()).add(code.id());
        continue;
      }
      boolean strong = code.rules().stream().anyMatch(r -> r.id().equals(c.rule()) && r.strong());
      support.computeIfAbsent(t, k -> new HashMap<>()).merge(code.id(), strong, Boolean::logicalOr);
    }
    Map<Turn, Set<String>> out = new LinkedHashMap<>();
    for (Map.Entry<Turn, Map<String, Boolean>> e : support.entrySet()) {
      Set<String> vetoed = vetoes.getOrDefault(e.getKey(), Set.of());
      Set<String> holds = new LinkedHashSet<>();
      for (Code code : book.codes()) {
        Boolean strong = e.getValue().get(code.id());
        if (strong != null && (strong || !vetoed.contains(code.id()))) {
          holds.add(code.id());
        }
      }
      Set<String> withParents = withAncestors(book, holds);
      if (!withParents.isEmpty()) {
        out.put(e.getKey(), withParents);
      }
    }
    return out;
  }

  /** The codes with all their ancestors, in codebook order. */
  public static Set<String> withAncestors(Codebook book, Set<String> codes) {
    Set<String> all = new HashSet<>();
    for (String id : codes) {
      for (Code c = book.code(id); c != null && all.add(c.id()); c = c.parent() == null ? null : book.code(c.parent())) {
        // walk up to the category
      }
    }
    Set<String> ordered = new LinkedHashSet<>();
    List<Code> inOrder = new ArrayList<>(book.codes());
    for (Code c : inOrder) {
      if (all.contains(c.id())) {
        ordered.add(c.id());
      }
    }
    return ordered;
  }
}
