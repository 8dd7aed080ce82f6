/**
 * Applying codebooks: rules against the index, the context of every match, and case-level codes.
 *
 * <p>{@link org.dossiercoder.coding.RuleMatcher} runs each compiled rule over the segment index
 * and locates its words with Lucene's Matches API; {@link
 * org.dossiercoder.coding.ContextClassifier} decides whether each match is affirmed, negated,
 * hypothetical or about another person (NegEx/ConText, triggers from a data file); {@link
 * org.dossiercoder.coding.CaseCoder} aggregates counted segments into {@link
 * org.dossiercoder.coding.CaseCodes}; {@link org.dossiercoder.coding.TurnCodes} aggregates the
 * codings of a topic list per interview turn instead. Single-choice codebooks (pattern and result of
 * absence) weigh the counted sentences against the dated course of absence read from the journals
 * ({@link org.dossiercoder.coding.CaseCourses}); {@link org.dossiercoder.coding.SingleChoiceTrace}
 * says which of the two decided, for {@code explain}.
 */
package org.dossiercoder.coding;
