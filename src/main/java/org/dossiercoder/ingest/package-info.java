/**
 * Reading a corpus: the {@code cases.csv} registration file, the case folders and the text of
 * every document.
 *
 * <p>{@link org.dossiercoder.ingest.Corpus#load} reads the layout; {@link
 * org.dossiercoder.ingest.TextExtractor} reads one document at a time (Apache Tika for .docx, .pdf,
 * .odt and .rtf; a deterministic UTF-8 / UTF-16 / Windows-1252 decoder for .txt). Bad files never
 * stop a run: they become {@link org.dossiercoder.Problem}s.
 */
package org.dossiercoder.ingest;
