package org.dossiercoder.index;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;

/**
 * Dictionary compound splitting that leaves inflected words whole: a part that is the word minus
 * an ending of one or two letters is the word itself inflected, not a compound. "oudere" (older)
 * is no "ouder" (parent), while "schoolverzuim" still yields "verzuim" and "oudergesprek"
 * "ouder".
 */
final class CompoundSplitter extends DictionaryCompoundWordTokenFilter {
  /** A tail this short is an inflection (-e, -en, -s, -er, -de, -te), not a second word. */
  private static final int MIN_TAIL = 3;

  CompoundSplitter(TokenStream input, CharArraySet parts, int minWord, int minPart, int maxPart) {
    super(input, parts, minWord, minPart, maxPart, true);
  }

  @Override
  protected void decompose() {
    super.decompose();
    String word = termAtt.toString();
    tokens.removeIf(part -> {
      String p = part.txt.toString();
      return word.startsWith(p) && word.length() - p.length() < MIN_TAIL;
    });
  }
}
