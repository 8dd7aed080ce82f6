package org.dossiercoder;

import org.dossiercoder.privacy.Pseudonymiser;

/**
 * How outputs are made safe to share.
 *
 * @param minCell small-cell threshold k (counts 1..k−1 shown as {@code <k}), or 0 for none
 * @param pseudonymiser replaces case ids in every output, or null to keep them
 */
public record OutputOptions(int minCell, Pseudonymiser pseudonymiser) {
  /** Validates the threshold. */
  public OutputOptions {
    if (minCell != 0 && minCell < 2) {
      throw new IllegalArgumentException("minCell must be 0 (off) or at least 2: " + minCell);
    }
  }

  /** No suppression, real case ids. */
  public static OutputOptions none() {
    return new OutputOptions(0, null);
  }

  /** The id to print for a case. */
  public String caseId(String caseId) {
    return pseudonymiser == null ? caseId : pseudonymiser.pseudonym(caseId);
  }

  /** A path or document id whose first element is a case folder, with that case id replaced. */
  public String casePath(String path, java.util.Set<String> caseIds) {
    if (pseudonymiser == null) {
      return path;
    }
    int slash = path.indexOf('/');
    String head = slash < 0 ? path : path.substring(0, slash);
    return caseIds.contains(head) ? caseId(head) + (slash < 0 ? "" : path.substring(slash)) : path;
  }
}
