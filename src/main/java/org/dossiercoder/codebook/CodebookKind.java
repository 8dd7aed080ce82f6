package org.dossiercoder.codebook;

/** Whether a case may carry several codes of a codebook or exactly one. */
public enum CodebookKind {
  /** A case may have any number of the codes; each code is a yes/no variable. */
  MULTI,
  /** A case has at most one code; the codebook is one nominal variable. */
  SINGLE
}
