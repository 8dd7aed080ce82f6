package org.dossiercoder.codebook;

import java.util.List;
import java.util.Objects;

/**
 * A code of a codebook.
 *
 * @param id id unique within the codebook (snake_case)
 * @param label Dutch label as printed in tables
 * @param description the definition a coder follows
 * @param parent id of the parent code, or null for a top-level code
 * @param minSegments counted segments a case needs before the code holds (unless a strong rule
 *     matched)
 * @param rules the search rules; may be empty for codes coded by hand or through their children
 * @param unless rules whose counted match in a case keeps the code from holding there, unless a
 *     strong rule of the code matched too ("parents who refuse all contact are not coded")
 * @param line line of the code in its codebook file
 */
public record Code(
    String id,
    String label,
    String description,
    String parent,
    int minSegments,
    List<Rule> rules,
    List<Rule> unless,
    int line) {
  /** Validates and copies. */
  public Code {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    rules = List.copyOf(rules);
    unless = List.copyOf(unless);
    if (minSegments < 1) {
      throw new IllegalArgumentException("minSegments must be at least 1: " + minSegments);
    }
  }

  /** The rules and the unless-rules, all of which run against the index. */
  public List<Rule> allRules() {
    List<Rule> all = new java.util.ArrayList<>(rules);
    all.addAll(unless);
    return all;
  }

  /** Whether a rule id is one of the unless-rules. */
  public boolean isUnless(String ruleId) {
    return unless.stream().anyMatch(r -> r.id().equals(ruleId));
  }

  /** Whether this is a top-level code. */
  public boolean isTopLevel() {
    return parent == null;
  }
}
