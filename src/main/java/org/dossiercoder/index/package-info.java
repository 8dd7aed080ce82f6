/**
 * Segmentation and the Lucene index with Dutch analysis.
 *
 * <p>{@link org.dossiercoder.index.SentenceSplitter} cuts a document into sentences with offsets,
 * journal dates (in the forms writers use: {@code 12-11-14}, {@code 14 januari 2015}, week numbers,
 * month lines of figures) and OPP headings; {@link org.dossiercoder.index.DutchAnalysis} is the analysis
 * chain (folding, compound splitting from the researcher-editable {@link
 * org.dossiercoder.index.Lexicon}, stem overrides, Dutch Snowball stemming, synonym lists at query
 * time); {@link org.dossiercoder.index.SegmentIndex} stores one Lucene document per sentence.
 * {@link org.dossiercoder.index.TranscriptSplitter} reads interview transcripts as speaker turns,
 * each sentence keeping its turn, speaker ({@link org.dossiercoder.index.SpeakerKind}), respondent
 * role and the question it answers.
 */
package org.dossiercoder.index;
