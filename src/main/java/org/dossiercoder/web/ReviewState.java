package org.dossiercoder.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossiercoder.Project;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.review.EffectiveCodings;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.DecisionAction;
import org.dossiercoder.store.DecisionScope;
import org.dossiercoder.store.SegmentKey;
import org.dossiercoder.store.StoredSegment;

/**
 * What the pages show, read once from the project and kept until the next decision: the
 * segments, the automatic proposals grouped by what a decision is about (one sentence and one
 * code), the active decisions and the codings with decisions applied.
 */
final class ReviewState {
  /** How a proposal or coding stands; the CSS class of its highlight. */
  enum State {
    COUNTED("counted", "counts"),
    NOT_COUNTED("notcounted", "does not count"),
    ACCEPTED("accepted", "accepted"),
    REJECTED("rejected", "rejected"),
    MANUAL("manual", "added by hand");

    final String css;
    final String label;

    State(String css, String label) {
      this.css = css;
      this.label = label;
    }
  }

  /**
   * The automatic codings of one code on one sentence: what accept and reject are about.
   *
   * @param key the segment key
   * @param segment the segment
   * @param codebook codebook id
   * @param code code id
   * @param codings the automatic codings (one per rule and match)
   * @param autoCounted whether the rules count it
   * @param counted whether it counts with the decisions applied
   * @param decisions the active decisions of every coder on it
   */
  record Proposal(
      String key, StoredSegment segment, String codebook, String code, List<SegmentCoding> codings,
      boolean autoCounted, boolean counted, List<Decision> decisions) {
    /** Where accept and reject on it point. */
    String column() {
      return codebook + "." + code;
    }

    /** Whether a researcher decided on it. */
    boolean decided() {
      return !decisions.isEmpty();
    }

    /** Whether a decision on it was flagged after a re-run changed the proposal. */
    boolean flagged() {
      return decisions.stream().anyMatch(d -> !d.review().isEmpty());
    }

    /**
     * How it stands. A decision that holds is visible in whether it counts: an accept makes a
     * proposal count and a reject makes it not, so the outcome names the winning decision
     * without repeating the rule by which coders' decisions are weighed.
     */
    State state() {
      if (decided()) {
        return counted ? State.ACCEPTED : State.REJECTED;
      }
      return autoCounted ? State.COUNTED : State.NOT_COUNTED;
    }
  }

  final Map<String, StoredSegment> segments;
  final Map<String, List<StoredSegment>> segmentsByDoc = new HashMap<>();
  final List<Proposal> proposals = new ArrayList<>();
  final List<Decision> additions = new ArrayList<>();
  final EffectiveCodings.Result effective;

  private ReviewState(Map<String, StoredSegment> segments, EffectiveCodings.Result effective) {
    this.segments = segments;
    this.effective = effective;
  }

  /** Reads the project. */
  static ReviewState load(Project project) throws IOException {
    Map<String, StoredSegment> segments = project.store().segments();
    ReviewState s = new ReviewState(segments, project.effective());
    SegmentKey.Lookup keys = new SegmentKey.Lookup(segments.values());
    for (StoredSegment seg : segments.values()) {
      s.segmentsByDoc.computeIfAbsent(seg.docId(), k -> new ArrayList<>()).add(seg);
    }
    s.segmentsByDoc.values().forEach(l -> l.sort(Comparator.comparingInt(StoredSegment::ordinal)));
    Set<String> countedNow = new LinkedHashSet<>();
    for (SegmentCoding c : s.effective.codings()) {
      if (!c.rule().isEmpty() && c.counted()) {
        countedNow.add(id(c));
      }
    }
    Map<String, List<Decision>> byTarget = new HashMap<>();
    for (Decision d : project.store().activeDecisions()) {
      if (d.scope() == DecisionScope.SEGMENT) {
        byTarget.computeIfAbsent(d.segmentKey() + "|" + d.column(), k -> new ArrayList<>()).add(d);
      }
      if (d.action() == DecisionAction.ADD) {
        s.additions.add(d);
      }
    }
    Map<String, List<SegmentCoding>> grouped = new LinkedHashMap<>();
    for (SegmentCoding c : project.store().autoCodings()) {
      String key = keys.key(c);
      if (key != null) {
        grouped.computeIfAbsent(key + "|" + c.column(), k -> new ArrayList<>()).add(c);
      }
    }
    for (var e : grouped.entrySet()) {
      List<SegmentCoding> cs = e.getValue();
      SegmentCoding first = cs.get(0);
      String key = keys.key(first);
      boolean auto = cs.stream().anyMatch(SegmentCoding::counted);
      boolean now = cs.stream().anyMatch(c -> countedNow.contains(id(c)));
      List<Decision> ds = byTarget.getOrDefault(e.getKey(), List.of()).stream()
          .filter(d -> d.action() == DecisionAction.ACCEPT || d.action() == DecisionAction.REJECT).toList();
      s.proposals.add(new Proposal(key, segments.get(key), first.codebook(), first.code(), List.copyOf(cs), auto, now, ds));
    }
    return s;
  }

  private static String id(SegmentCoding c) {
    return c.docId() + "\u0000" + c.ordinal() + "\u0000" + c.column() + "\u0000" + c.rule() + "\u0000" + c.matchStart();
  }

  /** The proposals of a case, in document and sentence order. */
  List<Proposal> proposalsOfCase(String caseId) {
    return proposals.stream().filter(p -> p.segment().caseId().equals(caseId)).toList();
  }

  /** The proposals in a document, in sentence order. */
  List<Proposal> proposalsOfDocument(String docId) {
    return proposals.stream().filter(p -> p.segment().docId().equals(docId))
        .sorted(Comparator.comparingInt((Proposal p) -> p.segment().ordinal())).toList();
  }

  /** The hand-made codings (active add decisions) in a document. */
  List<Decision> additionsInDocument(String docId) {
    return additions.stream().filter(d -> d.docId().equals(docId)).toList();
  }

  /** The segments of a document in order; empty when the document was not indexed. */
  List<StoredSegment> segmentsOf(String docId) {
    return segmentsByDoc.getOrDefault(docId, List.of());
  }

  /** The segment of a document that holds the offsets {@code [start, end)}, or null. */
  StoredSegment segmentHolding(String docId, int start, int end) {
    for (StoredSegment s : segmentsOf(docId)) {
      if (start >= s.start() && end <= s.end()) {
        return s;
      }
    }
    return null;
  }
}
