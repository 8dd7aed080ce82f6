/**
 * Synthetic documents in every format dossiercoder reads, for test fixtures, the bundled sample
 * corpus and the benchmark.
 *
 * <p>{@link org.dossiercoder.synth.DocumentFormatWriter} turns plain text into a .txt, .docx,
 * .pdf, .odt or .rtf file (and encrypted .docx/.pdf, Windows-1252 and UTF-16 text) so that tests
 * exercise the real parsers instead of hand-made byte strings. {@link
 * org.dossiercoder.synth.SyntheticCorpusGenerator} writes a deterministic corpus of any size in the
 * corpus layout (cases.csv plus one folder per case) whose Dutch text is composed from a phrase bank
 * and never contains personal data.
 */
package org.dossiercoder.synth;
