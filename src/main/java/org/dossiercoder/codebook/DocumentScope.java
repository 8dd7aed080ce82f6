package org.dossiercoder.codebook;

import org.apache.lucene.search.Query;

/**
 * Which documents a rule listens in, told by what else the document says: only documents where
 * some sentence matches {@code with}, and none where some sentence matches {@code without}.
 *
 * <p>A word's referent can hang on the document around it: a trajectbegeleider in an mbo student's
 * BPV report or Entree intake works for the school, since samenwerkingsverbanden passend onderwijs
 * serve primary and secondary schools only; in a VO pupil's file the same word is the
 * samenwerkingsverband's worker.
 *
 * @param with the {@code document_with:} query as written (fragments expanded), or empty
 * @param compiledWith its parsed form, or null when empty
 * @param without the {@code document_without:} query as written, or empty
 * @param compiledWithout its parsed form, or null when empty
 */
public record DocumentScope(String with, Query compiledWith, String without, Query compiledWithout) {
  /** No condition on the document. */
  public static final DocumentScope ANY = new DocumentScope("", null, "", null);

  /** Checks that each query goes with its parsed form. */
  public DocumentScope {
    if (with == null || without == null) {
      throw new NullPointerException("with/without");
    }
    if (with.isEmpty() != (compiledWith == null) || without.isEmpty() != (compiledWithout == null)) {
      throw new IllegalArgumentException("a document query goes with its parsed form");
    }
  }

  /** Whether the scope sets no condition. */
  public boolean isAny() {
    return compiledWith == null && compiledWithout == null;
  }
}
