package org.dossiercoder.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookKind;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.coding.CaseCodes;

/** Turns coders' case codes into the variables to compare, in codebook order. */
final class Variables {
  /** The value of a single-choice codebook when none of its codes holds. */
  static final String NONE = "geen";

  /**
   * One variable to compare.
   *
   * @param name the variable name
   * @param binary whether it is a 0/1 code column (else the nominal variable of a single codebook)
   * @param data its values, one unit per case
   */
  record Variable(String name, boolean binary, ReliabilityData data) {}

  private Variables() {}

  /**
   * Every top-level code column present in two or more coders' files, and after the columns of a
   * single-choice codebook its nominal variable (for the coders whose file has all its columns).
   *
   * @throws DossierInputException with fewer than two coders, when no two coders share a case, or
   *     when no code column of the codebooks is in two files
   */
  static List<Variable> of(Map<String, CaseCodes> coders, Codebooks codebooks) throws DossierInputException {
    if (coders.size() < 2) {
      throw new DossierInputException(null, 0, "agreement needs the codings of at least two coders; got " + coders.size());
    }
    List<String> names = new ArrayList<>(coders.keySet());
    List<Set<String>> caseSets = new ArrayList<>();
    Set<String> allCases = new LinkedHashSet<>();
    for (CaseCodes c : coders.values()) {
      caseSets.add(new HashSet<>(c.caseIds()));
      allCases.addAll(c.caseIds());
    }
    checkSharedCases(names, caseSets);
    List<String> cases = List.copyOf(allCases);
    List<Variable> out = new ArrayList<>();
    for (Codebook book : codebooks.list()) {
      List<String> columns = new ArrayList<>();
      for (Code code : book.topLevelCodes()) {
        String column = book.column(code);
        columns.add(column);
        List<String> who = codersWith(coders, List.of(column));
        if (who.size() >= 2) {
          out.add(new Variable(column, true, binary(coders, caseSets, names, who, cases, column)));
        }
      }
      if (book.kind() == CodebookKind.SINGLE) {
        List<String> who = codersWith(coders, columns);
        if (who.size() >= 2) {
          out.add(new Variable(book.id(), false, nominal(coders, caseSets, names, who, cases, book, columns)));
        }
      }
    }
    if (out.isEmpty()) {
      throw new DossierInputException(null, 0,
          "no code column of the codebooks is in two or more of the files " + names
              + "; expected columns such as " + codebooks.topLevelColumns().stream().limit(3).toList());
    }
    return out;
  }

  /** The value a single-choice codebook takes when no code holds; never the id of one of its codes. */
  static String none(Codebook book) {
    String none = NONE;
    while (book.code(none) != null) {
      none = "(" + none + ")";
    }
    return none;
  }

  private static void checkSharedCases(List<String> names, List<Set<String>> caseSets) throws DossierInputException {
    for (int i = 0; i < caseSets.size(); i++) {
      for (int j = i + 1; j < caseSets.size(); j++) {
        for (String c : caseSets.get(i)) {
          if (caseSets.get(j).contains(c)) {
            return;
          }
        }
      }
    }
    String who = names.size() == 2
        ? "coders '" + names.get(0) + "' and '" + names.get(1) + "' have"
        : "no two of the coders " + names + " have";
    throw new DossierInputException(null, 0, who + " no case in common; nothing to compare");
  }

  private static List<String> codersWith(Map<String, CaseCodes> coders, List<String> columns) {
    List<String> out = new ArrayList<>();
    coders.forEach((name, codes) -> {
      if (codes.columns().containsAll(columns)) {
        out.add(name);
      }
    });
    return out;
  }

  private static ReliabilityData binary(
      Map<String, CaseCodes> coders, List<Set<String>> caseSets, List<String> names, List<String> who,
      List<String> cases, String column) {
    List<ReliabilityData.Unit> units = new ArrayList<>();
    for (String c : cases) {
      List<String> values = new ArrayList<>();
      for (String coder : who) {
        boolean has = caseSets.get(names.indexOf(coder)).contains(c);
        values.add(has ? Integer.toString(coders.get(coder).value(c, column)) : null);
      }
      units.add(new ReliabilityData.Unit(c, values));
    }
    return new ReliabilityData(who, units);
  }

  private static ReliabilityData nominal(
      Map<String, CaseCodes> coders, List<Set<String>> caseSets, List<String> names, List<String> who,
      List<String> cases, Codebook book, List<String> columns) throws DossierInputException {
    String none = none(book);
    List<ReliabilityData.Unit> units = new ArrayList<>();
    for (String c : cases) {
      List<String> values = new ArrayList<>();
      for (String coder : who) {
        if (!caseSets.get(names.indexOf(coder)).contains(c)) {
          values.add(null);
          continue;
        }
        List<String> holding = new ArrayList<>();
        for (String column : columns) {
          if (coders.get(coder).value(c, column) == 1) {
            holding.add(column.substring(book.id().length() + 1));
          }
        }
        if (holding.size() > 1) {
          throw new DossierInputException(null, 0, "coder '" + coder + "', case '" + c + "': " + book.id()
              + " is a single-choice codebook but " + holding.size() + " of its codes are 1 " + holding
              + "; expected at most one");
        }
        values.add(holding.isEmpty() ? none : holding.get(0));
      }
      units.add(new ReliabilityData.Unit(c, values));
    }
    return new ReliabilityData(who, units);
  }
}
