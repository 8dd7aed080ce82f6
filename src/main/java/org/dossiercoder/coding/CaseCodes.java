package org.dossiercoder.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case-level codes: for every case and every code column ({@code <codebook>.<code>},
 * children included) whether the code holds, and why.
 */
public final class CaseCodes {
  /**
   * Why a code holds or not for a case.
   *
   * @param value 1 when the code holds, else 0
   * @param support number of counted segments behind it
   * @param source {@code auto}, or {@code manual} when a researcher decided
   */
  public record Decision(int value, int support, String source) {}

  private final List<String> caseIds;
  private final List<String> columns;
  private final Map<String, Map<String, Decision>> decisions;

  CaseCodes(List<String> caseIds, List<String> columns, Map<String, Map<String, Decision>> decisions) {
    this.caseIds = List.copyOf(caseIds);
    this.columns = List.copyOf(columns);
    Map<String, Map<String, Decision>> copy = new LinkedHashMap<>();
    decisions.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new HashMap<>(v))));
    this.decisions = Collections.unmodifiableMap(copy);
  }

  /**
   * Case codes from plain values, e.g. read from a file; every decision gets source {@code file}.
   *
   * @param caseIds the cases in order
   * @param columns the code columns in order
   * @param values case id to column to 0/1; missing cells are 0
   */
  public static CaseCodes of(List<String> caseIds, List<String> columns, Map<String, Map<String, Integer>> values) {
    Map<String, Map<String, Decision>> d = new LinkedHashMap<>();
    for (String c : caseIds) {
      Map<String, Decision> row = new HashMap<>();
      Map<String, Integer> v = values.getOrDefault(c, Map.of());
      for (String col : columns) {
        row.put(col, new Decision(v.getOrDefault(col, 0), 0, "file"));
      }
      d.put(c, row);
    }
    return new CaseCodes(caseIds, columns, d);
  }

  /** The same codes under other case ids (for pseudonymised outputs). */
  public CaseCodes renamed(java.util.function.UnaryOperator<String> rename) {
    Map<String, Map<String, Decision>> d = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    for (String c : caseIds) {
      ids.add(rename.apply(c));
      d.put(rename.apply(c), decisions.get(c));
    }
    return new CaseCodes(ids, columns, d);
  }

  /**
   * The same codes with some cells decided otherwise, e.g. by a researcher.
   *
   * @param overrides case id to column to the decision that replaces the current one
   */
  public CaseCodes overriddenBy(Map<String, Map<String, Decision>> overrides) {
    Map<String, Map<String, Decision>> d = new LinkedHashMap<>();
    for (String c : caseIds) {
      Map<String, Decision> row = new HashMap<>(decisions.getOrDefault(c, Map.of()));
      row.putAll(overrides.getOrDefault(c, Map.of()));
      d.put(c, row);
    }
    return new CaseCodes(caseIds, columns, d);
  }

  /** The cases, in cases.csv order. */
  public List<String> caseIds() {
    return caseIds;
  }

  /** Every code column, top-level and child codes. */
  public List<String> columns() {
    return columns;
  }

  /** 1 when the code holds for the case, else 0 (also for unknown cases or columns). */
  public int value(String caseId, String column) {
    Decision d = decision(caseId, column);
    return d == null ? 0 : d.value();
  }

  /** The decision for a case and column, or null. */
  public Decision decision(String caseId, String column) {
    Map<String, Decision> row = decisions.get(caseId);
    return row == null ? null : row.get(column);
  }

  /** The cases for which a column holds. */
  public List<String> casesWith(String column) {
    List<String> out = new ArrayList<>();
    for (String c : caseIds) {
      if (value(c, column) == 1) {
        out.add(c);
      }
    }
    return out;
  }
}
