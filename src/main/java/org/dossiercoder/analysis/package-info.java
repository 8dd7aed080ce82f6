/**
 * Cross-tabulations and accuracy: the case table (Tablesaw), tables 2–9 of the Utrecht report,
 * and evaluation against gold codings.
 *
 * <p>{@link org.dossiercoder.analysis.CaseTable} holds one row per case; {@link
 * org.dossiercoder.analysis.UtrechtTables} builds the {@link org.dossiercoder.analysis.ReportTable}s,
 * each cell knowing the cases behind its count; {@link org.dossiercoder.analysis.Evaluation} scores
 * automatic against gold coding.
 */
package org.dossiercoder.analysis;
