package org.dossiercoder.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.coding.SegmentCoding;

/**
 * Coded excerpts of one code, ready to quote in a report: a transcript turn (its coded sentences)
 * or a dossier sentence, with where it comes from. A cap per case keeps one talkative respondent
 * or one thick dossier from dominating.
 */
public final class Quotes {
  private Quotes() {}

  /**
   * One quotable excerpt.
   *
   * @param caseId the case
   * @param docId the document
   * @param role the respondent role in an interview, else empty
   * @param turn the transcript turn, or 0 for a sentence outside turns
   * @param date the journal date, or empty
   * @param sentence 1-based number of the (first) sentence in its document
   * @param text the coded words: the turn's coded sentences, or the sentence
   */
  public record Quote(String caseId, String docId, String role, int turn, String date, int sentence, String text) {
    /** Where it comes from: {@code casus c015, ouder, beurt 12} or {@code casus c003, k1/journaal.txt, 12-03-2015}. */
    public String source() {
      if (turn > 0) {
        return "casus " + caseId + ", " + (role.isEmpty() ? "respondent" : role) + ", beurt " + turn;
      }
      String file = docId.substring(docId.indexOf('/') + 1);
      return "casus " + caseId + ", " + file + (date.isEmpty() ? ", zin " + sentence : ", " + date);
    }
  }

  /**
   * The counted excerpts of a code and its child codes, in case and document order.
   *
   * @param book the codebook
   * @param codeId the code
   * @param codings all segment codings
   * @param role only excerpts of respondents with this role, or null
   * @param caseId only this case, or null
   * @param maxPerCase at most this many excerpts per case (the first ones), or 0 for all
   */
  public static List<Quote> select(Codebook book, String codeId, List<SegmentCoding> codings, String role,
      String caseId, int maxPerCase) {
    Set<String> family = new HashSet<>();
    collect(book, codeId, family);
    Map<String, TreeMap<Integer, SegmentCoding>> groups = new LinkedHashMap<>();
    List<SegmentCoding> sorted = new ArrayList<>(codings);
    sorted.sort(java.util.Comparator.comparing(SegmentCoding::caseId).thenComparing(SegmentCoding::docId)
        .thenComparingInt(SegmentCoding::ordinal));
    for (SegmentCoding c : sorted) {
      if (!c.codebook().equals(book.id()) || !family.contains(c.code()) || !c.counted()
          || role != null && !role.equals(c.role()) || caseId != null && !caseId.equals(c.caseId())) {
        continue;
      }
      String group = c.docId() + "#" + (c.turn() > 0 ? "t" + c.turn() : "s" + c.ordinal());
      groups.computeIfAbsent(group, k -> new TreeMap<>()).putIfAbsent(c.ordinal(), c);
    }
    List<Quote> out = new ArrayList<>();
    Map<String, Integer> perCase = new LinkedHashMap<>();
    for (TreeMap<Integer, SegmentCoding> g : groups.values()) {
      SegmentCoding first = g.firstEntry().getValue();
      int n = perCase.merge(first.caseId(), 1, Integer::sum);
      if (maxPerCase > 0 && n > maxPerCase) {
        continue;
      }
      List<String> words = new ArrayList<>();
      g.values().forEach(c -> words.add(c.text().strip()));
      out.add(new Quote(first.caseId(), first.docId(), first.role(), first.turn(), first.entryDate(),
          first.ordinal() + 1, String.join(" ", words)));
    }
    return out;
  }

  private static void collect(Codebook book, String id, Set<String> out) {
    if (!out.add(id)) {
      return;
    }
    for (Code child : book.childrenOf(id)) {
      collect(book, child.id(), out);
    }
  }
}
