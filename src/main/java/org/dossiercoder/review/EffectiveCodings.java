package org.dossiercoder.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookKind;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.codebook.MatchContext;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.coding.CaseCoder;
import org.dossiercoder.coding.CaseCourses;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.DecisionAction;
import org.dossiercoder.store.DecisionScope;
import org.dossiercoder.store.SegmentKey;
import org.dossiercoder.store.StoredSegment;

/**
 * Applies researchers' decisions over the automatic coding. Automatic coding proposes; where a
 * researcher decided, the decision holds:
 *
 * <ul>
 *   <li>a rejected proposal does not count (it stays visible, with {@code counted = false});
 *   <li>an accepted proposal counts, whatever its context;
 *   <li>a hand-made coding (segment, span or document) counts and, like a strong rule, makes its
 *       code hold for the case on its own;
 *   <li>a case-level value set by hand replaces the computed one; for a single-choice codebook
 *       the chosen code holds and the others do not.
 * </ul>
 *
 * <p>When several coders decided on the same target, the decision of coder {@value #CONSENSUS}
 * wins; otherwise the most recent one.
 */
public final class EffectiveCodings {
  /** The coder id of a consensus decision, which wins over every individual coder. */
  public static final String CONSENSUS = "consensus";

  /**
   * The codings and case-level codes with decisions applied.
   *
   * @param codings automatic codings with decisions applied, plus hand-made codings
   * @param caseCodes the case-level codes that follow, with case-level decisions applied
   */
  public record Result(List<SegmentCoding> codings, CaseCodes caseCodes) {}

  private EffectiveCodings() {}

  /**
   * Applies decisions.
   *
   * @param caseIds the cases, in output order
   * @param books the codebooks
   * @param auto the automatic codings of the last run
   * @param decisions the active decisions of all coders
   * @param segments the stored segments by key
   * @param courses the course of absence per case (for course and result codebooks)
   */
  public static Result apply(
      List<String> caseIds, Codebooks books, List<SegmentCoding> auto, List<Decision> decisions,
      Map<String, StoredSegment> segments, CaseCourses courses) {
    Map<String, Decision> winners = winners(decisions, singleChoice(books));
    SegmentKey.Lookup keys = new SegmentKey.Lookup(segments.values());
    List<SegmentCoding> out = new ArrayList<>(auto.size());
    for (SegmentCoding c : auto) {
      String key = keys.key(c);
      Decision d = key == null ? null : winners.get("segment|" + key + "|" + c.column());
      if (d != null && d.action() == DecisionAction.REJECT && c.counted()) {
        out.add(counted(c, false));
      } else if (d != null && d.action() == DecisionAction.ACCEPT && !c.counted()) {
        out.add(counted(c, true));
      } else {
        out.add(c);
      }
    }
    Map<String, Map<String, CaseCodes.Decision>> overrides = new LinkedHashMap<>();
    for (Decision d : winners.values()) {
      if (d.action() == DecisionAction.ADD) {
        out.add(manual(d, segments.get(d.segmentKey()), segments));
      }
    }
    CaseCodes codes = CaseCoder.decide(caseIds, books, out, courses);
    for (Decision d : winners.values()) {
      if (d.scope() != DecisionScope.CASE) {
        continue;
      }
      Codebook book = books.get(d.codebook());
      if (book == null) {
        continue; // a codebook that was removed; its decisions stay in the trail
      }
      Map<String, CaseCodes.Decision> row = overrides.computeIfAbsent(d.caseId(), k -> new HashMap<>());
      if (book.kind() == CodebookKind.SINGLE) {
        book.codes().forEach(code -> row.put(book.column(code),
            new CaseCodes.Decision(code.id().equals(d.code()) && d.value() == 1 ? 1 : 0, 0, "manual")));
      } else {
        row.put(d.column(), new CaseCodes.Decision(d.value(), 0, "manual"));
      }
    }
    return new Result(out, overrides.isEmpty() ? codes : codes.overriddenBy(overrides));
  }

  /** Ids of the single-choice codebooks, whose case-level decisions target the codebook. */
  public static Set<String> singleChoice(Codebooks books) {
    return books.list().stream().filter(b -> b.kind() == CodebookKind.SINGLE).map(Codebook::id)
        .collect(Collectors.toSet());
  }

  /** The decision that holds per target: consensus first, else the latest. */
  static Map<String, Decision> winners(List<Decision> decisions, Set<String> singleChoice) {
    Map<String, Decision> out = new HashMap<>();
    for (Decision d : decisions) {
      if (!d.active()) {
        continue;
      }
      String target = d.target(singleChoice.contains(d.codebook()));
      Decision prev = out.get(target);
      if (prev == null || beats(d, prev)) {
        out.put(target, d);
      }
    }
    return out;
  }

  private static boolean beats(Decision a, Decision b) {
    boolean ac = a.coder().equals(CONSENSUS);
    boolean bc = b.coder().equals(CONSENSUS);
    if (ac != bc) {
      return ac;
    }
    return a.id() > b.id();
  }

  private static SegmentCoding counted(SegmentCoding c, boolean counted) {
    return new SegmentCoding(c.caseId(), c.docId(), c.docType(), c.ordinal(), c.start(), c.end(), c.matchStart(),
        c.matchEnd(), c.codebook(), c.code(), c.rule(), c.context(), counted, c.entryDate(), c.text(), c.turn(),
        c.speaker(), c.speakerKind(), c.role(), c.question());
  }

  private static SegmentCoding manual(Decision d, StoredSegment seg, Map<String, StoredSegment> segments) {
    if (d.scope() == DecisionScope.DOCUMENT || seg == null) {
      String type = segments.values().stream().filter(s -> s.docId().equals(d.docId())).map(StoredSegment::docType)
          .findFirst().orElse("");
      // A whole document, or a sentence no longer in it: the researcher's decision still holds.
      return new SegmentCoding(d.caseId(), d.docId(), type, -1, 0, 0, 0, 0, d.codebook(), d.code(), "",
          MatchContext.AFFIRMED, true, "", d.text());
    }
    int from = d.scope() == DecisionScope.SPAN ? seg.start() + d.start() : seg.start();
    int to = d.scope() == DecisionScope.SPAN ? seg.start() + d.end() : seg.end();
    return new SegmentCoding(d.caseId(), seg.docId(), seg.docType(), seg.ordinal(), seg.start(), seg.end(), from, to,
        d.codebook(), d.code(), "", MatchContext.AFFIRMED, true, seg.entryDate(), seg.text(), seg.turn(),
        seg.speaker(), seg.speakerKind(), seg.role(), seg.question());
  }
}
