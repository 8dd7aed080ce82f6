/**
 * Codebooks: YAML files with codes, Dutch labels, definitions and search rules.
 *
 * <p>{@link org.dossiercoder.codebook.Codebooks#load} reads every codebook of a folder strictly and
 * compiles each rule into a Lucene query with the Dutch analysis chain; {@link
 * org.dossiercoder.codebook.Codebook}, {@link org.dossiercoder.codebook.Code} and {@link
 * org.dossiercoder.codebook.Rule} are the immutable result. The file format is documented in the
 * README.
 */
package org.dossiercoder.codebook;
