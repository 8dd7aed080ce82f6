package org.dossiercoder.synth;

/** Derives independent random seeds from the corpus seed. */
final class Seeds {

  static final long JOURNAL_FORMATS = 0x4A4F55524E41414CL;
  static final long OPP_FORMATS = 0x4F50505F464D5453L;

  private Seeds() {}

  /**
   * A well-spread seed for item {@code index} of stream {@code seed} (SplitMix64's finalizer):
   * each case gets its own generator, so case 7 is the same in a corpus of 10 or of 10,000.
   */
  static long mix(long seed, long index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
