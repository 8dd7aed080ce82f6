package org.dossiercoder.codebook;

/**
 * Whether a case may carry several codes of a codebook or exactly one, or whether the codebook is
 * a topic list for interview turns rather than a set of case-level variables.
 */
public enum CodebookKind {
  /** A case may have any number of the codes; each code is a yes/no variable. */
  MULTI,
  /** A case has at most one code; the codebook is one nominal variable. */
  SINGLE,
  /**
   * A topic list (an interview item list): categories (top-level codes) with items (codes whose
   * parent is a category). The unit is a transcript turn; a sentence of a turn coded with an item
   * codes the whole turn with the item and its category. Not a case-level variable: kept out of
   * {@code case-codes.csv} and the tables, its segment codings are stored and written.
   */
  TOPICS
}
