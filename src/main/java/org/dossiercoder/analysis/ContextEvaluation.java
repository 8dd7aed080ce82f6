package org.dossiercoder.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How well match contexts agree with a careful coder: for every hand-annotated mention (a sentence,
 * the code it could trigger, its context and whether it counts), whether a rule of that code
 * matched it and whether the automatic coding counted it.
 *
 * <p>The headline figure is the share of mentions that should not count (negated, hypothetical,
 * other person) but were counted as affirmed.
 */
public final class ContextEvaluation {
  /**
   * A hand-annotated mention.
   *
   * @param caseId the case
   * @param file the file name inside the case folder
   * @param sentence the sentence, verbatim
   * @param code the top-level code column it concerns
   * @param context negated, hypothetical or other_person
   * @param counts whether it counts for the case according to the coder
   */
  public record Mention(String caseId, String file, String sentence, String code, String context, boolean counts) {}

  /**
   * An automatic coding of a sentence, reduced to what is compared.
   *
   * @param caseId the case
   * @param file the file name inside the case folder
   * @param text the sentence text
   * @param code the top-level code column
   * @param counted whether it counted
   */
  public record Coded(String caseId, String file, String text, String code, boolean counted) {}

  /**
   * Figures for one context type.
   *
   * @param context the context
   * @param mentions annotated mentions
   * @param matched mentions some rule of the code matched
   * @param countedWrongly mentions that should not count but were counted
   * @param missedCounting mentions that should count, were matched, and were not counted
   */
  public record Row(String context, int mentions, int matched, int countedWrongly, int missedCounting) {}

  private ContextEvaluation() {}

  /**
   * What the automatic coding did with one mention.
   *
   * @param mention the annotated mention
   * @param matched whether some rule of its code matched the sentence
   * @param counted whether such a match counted
   */
  public record Outcome(Mention mention, boolean matched, boolean counted) {
    /** A mention that must not count but was counted, or must count, was matched and was not. */
    public boolean disagrees() {
      return mention.counts() ? matched && !counted : counted;
    }
  }

  /** Compares mentions with codings; sentences are compared with white space folded. */
  public static List<Outcome> outcomes(List<Mention> mentions, List<Coded> codings) {
    UnaryOperator<String> norm = s -> s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    // Grouped by case, file and code first: a sample of a few thousand cases has some 10^4
    // mentions and 10^5 codings, too many to compare pair by pair.
    Map<List<String>, List<Coded>> byPlace = new HashMap<>();
    for (Coded c : codings) {
      byPlace.computeIfAbsent(List.of(c.caseId(), c.file(), c.code()), k -> new ArrayList<>()).add(c);
    }
    List<Outcome> out = new ArrayList<>();
    for (Mention m : mentions) {
      String sentence = norm.apply(m.sentence());
      boolean matched = false;
      boolean counted = false;
      for (Coded c : byPlace.getOrDefault(List.of(m.caseId(), m.file(), m.code()), List.of())) {
        String text = norm.apply(c.text());
        if (text.contains(sentence) || sentence.contains(text)) {
          matched = true;
          counted |= c.counted();
        }
      }
      out.add(new Outcome(m, matched, counted));
    }
    return out;
  }

  /** Figures per context type over {@link #outcomes}. */
  public static List<Row> score(List<Mention> mentions, List<Coded> codings) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Outcome o : outcomes(mentions, codings)) {
      Mention m = o.mention();
      int[] x = counts.computeIfAbsent(m.context() + (m.counts() ? " (counts)" : ""), k -> new int[4]);
      x[0]++;
      x[1] += o.matched() ? 1 : 0;
      x[2] += !m.counts() && o.counted() ? 1 : 0;
      x[3] += m.counts() && o.matched() && !o.counted() ? 1 : 0;
    }
    List<Row> out = new ArrayList<>();
    counts.forEach((k, x) -> out.add(new Row(k, x[0], x[1], x[2], x[3])));
    return out;
  }
}
