package org.dossiercoder.store;

import java.util.Objects;

/**
 * One manual decision of a researcher, as kept in the audit trail. Decisions are never updated
 * or deleted: a new decision by the same coder on the same target supersedes the earlier one
 * ({@code replaces}), which stays in the history with {@code active = false}.
 *
 * @param id database id (0 for a decision not stored yet)
 * @param caseId the case
 * @param docId the document, or empty for case-level decisions
 * @param codebook codebook id
 * @param code code id; for a case-level decision on a single-choice codebook the chosen code, or
 *     empty for "niet vast te stellen"
 * @param scope what the decision is about
 * @param segmentKey the {@link SegmentKey} of the segment (segment and span scope), else empty
 * @param start span start, relative to the segment start (span scope), else 0
 * @param end span end, relative to the segment start (span scope), else 0
 * @param text the sentence or span the decision was made on, as it read then (empty otherwise)
 * @param action what was decided
 * @param value the case-level value for {@link DecisionAction#SET} (0 or 1), else 1
 * @param coder who decided
 * @param memo the coder's optional note
 * @param created when (ISO instant)
 * @param replaces id of the decision this one superseded, or 0
 * @param active whether this is the coder's current decision on its target
 * @param proposal the automatic proposal when it was decided (rules, contexts), for accept and reject
 * @param review empty, or why the decision needs another look after a re-run
 *     ({@code proposal-changed}, {@code proposal-gone}, {@code segment-gone})
 */
public record Decision(
    long id,
    String caseId,
    String docId,
    String codebook,
    String code,
    DecisionScope scope,
    String segmentKey,
    int start,
    int end,
    String text,
    DecisionAction action,
    int value,
    String coder,
    String memo,
    String created,
    long replaces,
    boolean active,
    String proposal,
    String review) {
  /** Validates the fields. */
  public Decision {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(codebook, "codebook");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(segmentKey, "segmentKey");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(coder, "coder");
    Objects.requireNonNull(memo, "memo");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(review, "review");
    if (coder.isBlank()) {
      throw new IllegalArgumentException("a decision needs a coder");
    }
    if ((scope == DecisionScope.SEGMENT || scope == DecisionScope.SPAN) && segmentKey.isEmpty()) {
      throw new IllegalArgumentException("a " + scope.key() + " decision needs a segment key");
    }
    if (scope == DecisionScope.CASE && action != DecisionAction.SET) {
      throw new IllegalArgumentException("case-level decisions set a value");
    }
    if (action == DecisionAction.SET && scope != DecisionScope.CASE) {
      throw new IllegalArgumentException("only case-level decisions set a value");
    }
    if ((action == DecisionAction.ACCEPT || action == DecisionAction.REJECT) && scope != DecisionScope.SEGMENT) {
      throw new IllegalArgumentException("accept and reject are about one proposed segment");
    }
  }

  /** Accepts an automatic proposal on a segment. */
  public static Decision accept(String caseId, String segmentKey, String codebook, String code, String coder, String memo) {
    return onSegment(caseId, segmentKey, codebook, code, DecisionAction.ACCEPT, coder, memo);
  }

  /** Rejects an automatic proposal on a segment. */
  public static Decision reject(String caseId, String segmentKey, String codebook, String code, String coder, String memo) {
    return onSegment(caseId, segmentKey, codebook, code, DecisionAction.REJECT, coder, memo);
  }

  /** Codes a whole segment by hand. */
  public static Decision addSegment(String caseId, String segmentKey, String codebook, String code, String coder, String memo) {
    return onSegment(caseId, segmentKey, codebook, code, DecisionAction.ADD, coder, memo);
  }

  /** Codes a span of a segment by hand; offsets are relative to the segment start. */
  public static Decision addSpan(
      String caseId, String segmentKey, int start, int end, String codebook, String code, String coder, String memo) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    return new Decision(0, caseId, SegmentKey.docId(segmentKey), codebook, code, DecisionScope.SPAN, segmentKey,
        start, end, "", DecisionAction.ADD, 1, coder, memo, "", 0, true, "", "");
  }

  /** Codes a whole document by hand. */
  public static Decision addDocument(String caseId, String docId, String codebook, String code, String coder, String memo) {
    return new Decision(0, caseId, docId, codebook, code, DecisionScope.DOCUMENT, "", 0, 0, "",
        DecisionAction.ADD, 1, coder, memo, "", 0, true, "", "");
  }

  /**
   * Sets a case-level code by hand: for a multi code its value (0 or 1); for a single-choice
   * codebook pass the chosen code (or empty for none) and value 1.
   */
  public static Decision setCase(String caseId, String codebook, String code, int value, String coder, String memo) {
    if (value != 0 && value != 1) {
      throw new IllegalArgumentException("case-level value must be 0 or 1, not " + value);
    }
    return new Decision(0, caseId, "", codebook, code, DecisionScope.CASE, "", 0, 0, "",
        DecisionAction.SET, value, coder, memo, "", 0, true, "", "");
  }

  /** Withdraws a hand-made coding: a decision on the same target that supersedes it. */
  public static Decision remove(Decision added, String memo) {
    if (added.action() != DecisionAction.ADD) {
      throw new IllegalArgumentException("only a hand-made coding can be removed");
    }
    return new Decision(0, added.caseId(), added.docId(), added.codebook(), added.code(), added.scope(),
        added.segmentKey(), added.start(), added.end(), "", DecisionAction.REMOVE, 1, added.coder(), memo, "", 0,
        true, "", "");
  }

  private static Decision onSegment(
      String caseId, String segmentKey, String codebook, String code, DecisionAction action, String coder, String memo) {
    return new Decision(0, caseId, SegmentKey.docId(segmentKey), codebook, code, DecisionScope.SEGMENT, segmentKey,
        0, 0, "", action, 1, coder, memo, "", 0, true, "", "");
  }

  /** The column of the code ({@code codebook.code}). */
  public String column() {
    return codebook + "." + code;
  }

  /**
   * What the decision is about, independent of who decided and what: a coder's later decision on
   * the same target supersedes this one. Accept, reject and add on one segment share a target, so
   * a coder can change their mind; for a single-choice case-level decision the target is the
   * codebook, since the chosen code is the value.
   *
   * @param singleChoice whether the decision's codebook is single-choice
   */
  public String target(boolean singleChoice) {
    return switch (scope) {
      case SEGMENT -> "segment|" + segmentKey + "|" + column();
      case SPAN -> "span|" + segmentKey + "|" + start + "|" + end + "|" + column();
      case DOCUMENT -> "document|" + docId + "|" + column();
      case CASE -> "case|" + caseId + "|" + (singleChoice ? codebook : column());
    };
  }
}
