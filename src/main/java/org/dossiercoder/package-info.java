/**
 * dossiercoder: rule-based qualitative coding of Dutch school-absence dossiers.
 *
 * <p>Start at {@link org.dossiercoder.Pipeline}: {@link org.dossiercoder.Pipeline#run} reads a
 * corpus, codes it with a codebook folder and returns a {@link org.dossiercoder.RunResult};
 * {@link org.dossiercoder.Pipeline#writeOutputs} writes the files. Bad user input is reported as
 * {@link org.dossiercoder.DossierInputException}; bad documents as {@link
 * org.dossiercoder.Problem}s that do not stop a run.
 */
package org.dossiercoder;
