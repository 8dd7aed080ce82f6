package org.dossiercoder.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Picks document formats in the corpus mix: 70% .txt, 10% .docx, 10% .pdf, 5% .odt, 5% .rtf.
 *
 * <p>Every block of 20 consecutive cases gets exactly that mix in a shuffled order rather than an
 * independent draw per document, so even a 20-case corpus contains every format.
 */
final class FormatPlan {

  static final int BLOCK = 20;

  private static final List<String> MIX;

  static {
    List<String> mix = new ArrayList<>();
    mix.addAll(Collections.nCopies(14, "txt"));
    mix.addAll(Collections.nCopies(2, "docx"));
    mix.addAll(Collections.nCopies(2, "pdf"));
    mix.add("odt");
    mix.add("rtf");
    MIX = List.copyOf(mix);
  }

  private final long seed;
  private long block = -1;
  private List<String> order = List.of();

  /** @param seed already specific to one kind of document, so journals and OPPs differ */
  FormatPlan(long seed) {
    this.seed = seed;
  }

  /** The extension (without dot) for the document of case {@code index}. */
  String extension(int index) {
    long b = index / BLOCK;
    if (b != block) {
      List<String> shuffled = new ArrayList<>(MIX);
      CaseSampler.shuffle(shuffled, new Random(Seeds.mix(seed, b)));
      order = shuffled;
      block = b;
    }
    return order.get(index % BLOCK);
  }
}
