package org.dossiercoder.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A unit on which coders differ: one case and one variable, with every coder's value.
 *
 * @param caseId the case
 * @param variable {@code <codebook>.<code>} (value {@code 0} or {@code 1}) or {@code <codebook>}
 *     of a single-choice codebook (value: the code id, or {@code geen} when no code holds;
 *     {@code (geen)} when the codebook has a code {@code geen} itself, as {@code resultaat} has)
 * @param valueByCoder coder name to value, in coder order; only coders who coded the case
 */
public record Disagreement(String caseId, String variable, Map<String, String> valueByCoder) {
  /** Validates and copies, keeping the coder order. */
  public Disagreement {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(variable, "variable");
    valueByCoder = Collections.unmodifiableMap(new LinkedHashMap<>(valueByCoder));
  }
}
