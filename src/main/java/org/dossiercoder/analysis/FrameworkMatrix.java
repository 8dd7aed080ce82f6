package org.dossiercoder.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.coding.TurnCodes;

/**
 * A framework matrix in the layout of the Utrecht interview analysis schema (seed report 003,
 * Bijlage V): one row per category and item of a topic list, one column per respondent (grouped
 * per case), and in each cell the coded excerpts of that respondent with their case, role and
 * turn, and how many turns they are.
 *
 * @param codebook the topic list
 * @param respondents the columns, per case in case order, then by document
 * @param rows one per code of the topic list, in codebook order (categories before their items)
 */
public record FrameworkMatrix(Codebook codebook, List<Respondent> respondents, List<MatrixRow> rows) {
  /**
   * One interviewed person: a transcript.
   *
   * @param caseId the case
   * @param docId the transcript
   * @param role the respondent role (leerling, ouder, leerplichtambtenaar …)
   */
  public record Respondent(String caseId, String docId, String role) {
    /** The column heading: role and case. */
    public String label() {
      return (role.isEmpty() ? "respondent" : role) + " (" + caseId + ")";
    }
  }

  /**
   * The coded words of one turn.
   *
   * @param caseId the case
   * @param docId the transcript
   * @param role the respondent role
   * @param turn the 1-based turn number
   * @param text the coded sentences of the turn, in order
   */
  public record Excerpt(String caseId, String docId, String role, int turn, String text) {
    /** Where the excerpt comes from, for a quote: {@code casus c015, ouder, beurt 12}. */
    public String source() {
      return "casus " + caseId + ", " + (role.isEmpty() ? "respondent" : role) + ", beurt " + turn;
    }
  }

  /**
   * One row: a category or item and its cells, one per respondent.
   *
   * @param code the code
   * @param depth 0 for a category, 1 for an item, …
   * @param cells the excerpts per respondent, in the order of {@link #respondents()}
   */
  public record MatrixRow(Code code, int depth, List<List<Excerpt>> cells) {
    /** Number of coded turns in all cells. */
    public int total() {
      return cells.stream().mapToInt(List::size).sum();
    }
  }

  /**
   * Builds the matrix.
   *
   * @param book the topic list
   * @param respondents every transcript to show as a column, also those without codings
   * @param codings segment codings (others than the topic list's are ignored); a turn is coded with
   *     an item when {@link TurnCodes} says so, and the excerpt holds the turn's counted sentences
   *     for that item (or for any of its items, in a category row)
   */
  public static FrameworkMatrix build(Codebook book, List<Respondent> respondents, List<SegmentCoding> codings) {
    Map<TurnCodes.Turn, Set<String>> turns = TurnCodes.decide(book, codings);
    // Sentences per turn and code, to show the words that carry each code.
    Map<TurnCodes.Turn, Map<String, TreeMap<Integer, String>>> sentences = new LinkedHashMap<>();
    Map<String, String> roles = new LinkedHashMap<>();
    for (SegmentCoding c : codings) {
      if (!c.codebook().equals(book.id()) || !c.counted() || c.turn() < 1 || book.code(c.code()) == null) {
        continue;
      }
      TurnCodes.Turn t = new TurnCodes.Turn(c.caseId(), c.docId(), c.turn());
      if (!c.role().isEmpty()) {
        roles.putIfAbsent(c.docId(), c.role());
      }
      for (String id : TurnCodes.withAncestors(book, Set.of(c.code()))) {
        sentences.computeIfAbsent(t, k -> new LinkedHashMap<>()).computeIfAbsent(id, k -> new TreeMap<>())
            .put(c.ordinal(), c.text().strip());
      }
    }
    Map<String, Integer> column = new LinkedHashMap<>();
    List<Respondent> columns = new ArrayList<>();
    for (Respondent r : respondents) {
      String role = r.role().isEmpty() ? roles.getOrDefault(r.docId(), "") : r.role();
      column.put(r.docId(), columns.size());
      columns.add(new Respondent(r.caseId(), r.docId(), role));
    }
    List<MatrixRow> rows = new ArrayList<>();
    for (Code code : book.codes()) {
      List<List<Excerpt>> cells = new ArrayList<>();
      columns.forEach(r -> cells.add(new ArrayList<>()));
      rows.add(new MatrixRow(code, depth(book, code), cells));
    }
    Map<String, Integer> rowOf = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      rowOf.put(rows.get(i).code().id(), i);
    }
    List<Map.Entry<TurnCodes.Turn, Set<String>>> ordered = new ArrayList<>(turns.entrySet());
    ordered.sort(Comparator.comparing((Map.Entry<TurnCodes.Turn, Set<String>> e) -> e.getKey().docId())
        .thenComparingInt(e -> e.getKey().turn()));
    for (Map.Entry<TurnCodes.Turn, Set<String>> e : ordered) {
      TurnCodes.Turn t = e.getKey();
      Integer col = column.get(t.docId());
      if (col == null) {
        continue; // a transcript the caller did not ask to show
      }
      for (String id : e.getValue()) {
        TreeMap<Integer, String> words = sentences.getOrDefault(t, Map.of()).get(id);
        String text = words == null ? "" : String.join(" ", words.values());
        rows.get(rowOf.get(id)).cells().get(col)
            .add(new Excerpt(t.caseId(), t.docId(), columns.get(col).role(), t.turn(), text));
      }
    }
    return new FrameworkMatrix(book, List.copyOf(columns), List.copyOf(rows));
  }

  private static int depth(Codebook book, Code code) {
    int d = 0;
    for (Code c = code; c.parent() != null; c = book.code(c.parent())) {
      d++;
    }
    return d;
  }

  /**
   * The theme-by-respondent-type summary of the GGD report: per code, how many respondents of each
   * role said something coded under it, out of how many respondents of that role.
   *
   * @return role to (code id to number of respondents), roles in first-seen order; the entry
   *     {@code ""} maps each role to its number of respondents under the key {@code "n"}
   */
  public Map<String, Map<String, Integer>> respondentsPerRole() {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (Respondent r : respondents) {
      out.computeIfAbsent(r.role(), k -> new LinkedHashMap<>()).merge("n", 1, Integer::sum);
    }
    for (MatrixRow row : rows) {
      for (int i = 0; i < respondents.size(); i++) {
        if (!row.cells().get(i).isEmpty()) {
          out.get(respondents.get(i).role()).merge(row.code().id(), 1, Integer::sum);
        }
      }
    }
    return out;
  }
}
