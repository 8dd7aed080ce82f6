package org.dossiercoder.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The values of one variable in Krippendorff's canonical form: one column per coder, one row per
 * unit, {@code null} where a coder gave no value.
 *
 * @param coders the coder names, in order
 * @param units the units, each with one value per coder
 */
public record ReliabilityData(List<String> coders, List<ReliabilityData.Unit> units) {
  /** Validates and copies; every unit has as many values as there are coders. */
  public ReliabilityData {
    coders = List.copyOf(coders);
    units = List.copyOf(units);
    for (Unit u : units) {
      if (u.values().size() != coders.size()) {
        throw new IllegalArgumentException(
            "unit '" + u.id() + "' has " + u.values().size() + " values for " + coders.size() + " coders");
      }
    }
  }

  /**
   * One unit: a case (or case × variable).
   *
   * @param id the unit id
   * @param values one value per coder, in coder order; {@code null} for a missing value
   */
  public record Unit(String id, List<String> values) {
    /** Validates and copies (nulls allowed). */
    public Unit {
      Objects.requireNonNull(id, "id");
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** How many coders gave a value. */
    public int coded() {
      int n = 0;
      for (String v : values) {
        if (v != null) {
          n++;
        }
      }
      return n;
    }
  }
}
