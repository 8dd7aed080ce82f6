package org.dossiercoder.refi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A case (a pupil's dossier) with its registration attributes and case-level codes.
 *
 * @param caseId the case id of {@code cases.csv}; the case's name and the source of its GUID
 * @param variables attribute name to value (age, sex, schooltype …), exported as text variables;
 *     order is kept, blank values are left out
 * @param codes case-level codes that hold for the case, as {@code <codebook>.<code>} columns
 *     (the manual decision where there is one); exported as the case's CodeRefs
 */
public record QdaCase(String caseId, Map<String, String> variables, List<String> codes) {
  /** Validates and copies. */
  public QdaCase {
    Objects.requireNonNull(caseId, "caseId");
    Map<String, String> copy = new LinkedHashMap<>();
    variables.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        copy.put(Objects.requireNonNull(k, "variable name"), v);
      }
    });
    variables = Collections.unmodifiableMap(copy);
    codes = List.copyOf(codes);
  }

  /** A case with attributes and no case-level codes. */
  public QdaCase(String caseId, Map<String, String> variables) {
    this(caseId, variables, List.of());
  }
}
