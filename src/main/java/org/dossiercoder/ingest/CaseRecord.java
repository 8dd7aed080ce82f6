package org.dossiercoder.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of {@code cases.csv}: a case id and its registration attributes, all kept as
 * categorical strings in file order.
 *
 * @param caseId the case id, also the name of the case's folder
 * @param attributes attribute name to value (empty string when the cell was empty)
 */
public record CaseRecord(String caseId, Map<String, String> attributes) {
  /** Validates and copies. */
  public CaseRecord {
    Objects.requireNonNull(caseId, "caseId");
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** The value of an attribute, or the empty string when absent. */
  public String attribute(String name) {
    return attributes.getOrDefault(name, "");
  }
}
