package org.dossiercoder.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.coding.CaseCodes;

/**
 * Intercoder agreement on case-level codes: observed agreement, Cohen's kappa and Krippendorff's
 * alpha (nominal) per variable, and the disagreements behind them.
 *
 * <p>Coders are given as a map from coder name to their case codes; its iteration order is the
 * coder order (use a {@link LinkedHashMap}). A case missing from a coder's codes is a missing value
 * for that coder; a code column missing from a coder's file leaves that coder out of the variable.
 *
 * <p>How DKPro Agreement (2.2.1) is used, and why:
 *
 * <ul>
 *   <li>Only units with values from at least two coders go into a study. Such units add nothing to
 *       Krippendorff's coincidences, but DKPro would still count their categories, so that a
 *       variable whose paired values are all {@code 0} gave alpha 0 instead of undefined.
 *   <li>Cohen's kappa is computed per coder pair on the units both coded. DKPro's kappa assumes
 *       complete data: with a missing value it takes expected agreement over all units while the
 *       observed agreement skips the incomplete ones.
 *   <li>Where DKPro finds too little variation (one category) the figure is {@link Double#NaN};
 *       observed agreement is then 1.0.
 * </ul>
 */
public final class Agreement {
  /** The variable name of the row that pools all binary code variables. */
  public static final String OVERALL = "overall";

  private Agreement() {}

  /**
   * The agreement per variable: every top-level code column of the codebooks present in two or
   * more coders' files (in codebook order), after the columns of a single-choice codebook one row
   * {@code <codebook>} for its nominal variable, and last {@value #OVERALL}, which pools all binary
   * code variables into one study whose units are case × variable pairs.
   *
   * @param coders coder name to case codes, in coder order
   * @param codebooks the codebooks that say which columns are codes and which codebooks are single
   * @return the rows; {@value #OVERALL} is always last
   * @throws DossierInputException with fewer than two coders, when no two coders have a case in
   *     common, when no code column is in two files, or when a coder has two codes of a
   *     single-choice codebook for one case
   */
  public static List<AgreementRow> compute(Map<String, CaseCodes> coders, Codebooks codebooks)
      throws DossierInputException {
    List<Variables.Variable> variables = Variables.of(coders, codebooks);
    List<AgreementRow> rows = new ArrayList<>();
    for (Variables.Variable v : variables) {
      rows.add(measure(v.name(), v.data()));
    }
    rows.add(measure(OVERALL, pooled(variables, List.copyOf(coders.keySet()))));
    return rows;
  }

  /**
   * Every unit on which the coders' values differ, grouped by case (cases in the order they first
   * appear in the coders' codes), then in variable order as in {@link #compute}.
   *
   * @param coders coder name to case codes, in coder order
   * @param codebooks the codebooks
   * @throws DossierInputException as {@link #compute}
   */
  public static List<Disagreement> disagreements(Map<String, CaseCodes> coders, Codebooks codebooks)
      throws DossierInputException {
    List<Variables.Variable> variables = Variables.of(coders, codebooks);
    Map<String, List<Disagreement>> byCase = new LinkedHashMap<>();
    for (CaseCodes codes : coders.values()) {
      for (String c : codes.caseIds()) {
        byCase.putIfAbsent(c, new ArrayList<>());
      }
    }
    for (Variables.Variable v : variables) {
      List<String> who = v.data().coders();
      for (ReliabilityData.Unit u : v.data().units()) {
        Set<String> distinct = new LinkedHashSet<>(u.values());
        distinct.remove(null);
        if (u.coded() < 2 || distinct.size() < 2) {
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < who.size(); i++) {
          if (u.values().get(i) != null) {
            values.put(who.get(i), u.values().get(i));
          }
        }
        byCase.get(u.id()).add(new Disagreement(u.id(), v.name(), values));
      }
    }
    List<Disagreement> out = new ArrayList<>();
    byCase.values().forEach(out::addAll);
    return out;
  }

  /**
   * The agreement on one variable given as reliability data (any values, nominal).
   *
   * @param variable the name to put in the row
   * @param data one value per coder and unit, null where missing
   * @return units and coders, observed agreement, Cohen's kappa (mean pairwise with more than two
   *     coders) and Krippendorff's alpha; NaN where undefined
   */
  public static AgreementRow measure(String variable, ReliabilityData data) {
    int coders = data.coders().size();
    List<ReliabilityData.Unit> pairable = data.units().stream().filter(u -> u.coded() >= 2).toList();
    if (pairable.isEmpty()) {
      return new AgreementRow(variable, 0, coders, Double.NaN, Double.NaN, Double.NaN);
    }
    CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
    for (ReliabilityData.Unit u : pairable) {
      study.addItemAsArray(u.values().toArray());
    }
    double observed;
    double alpha;
    if (study.getCategoryCount() < 2) {
      observed = 1.0;
      alpha = Double.NaN;
    } else {
      observed = new PercentageAgreement(study).calculateAgreement();
      alpha = new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement();
    }
    return new AgreementRow(variable, pairable.size(), coders, observed, meanPairwiseKappa(pairable, coders), alpha);
  }

  /**
   * Cohen's kappa of two coders on the units both coded; NaN when they share no unit or used one
   * category between them.
   */
  static double cohenKappa(List<ReliabilityData.Unit> units, int first, int second) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(2);
    for (ReliabilityData.Unit u : units) {
      String a = u.values().get(first);
      String b = u.values().get(second);
      if (a != null && b != null) {
        study.addItem(a, b);
      }
    }
    if (study.getItemCount() == 0 || study.getCategoryCount() < 2) {
      return Double.NaN;
    }
    try {
      return new CohenKappaAgreement(study).calculateAgreement();
    } catch (InsufficientDataException e) {
      return Double.NaN;
    }
  }

  private static double meanPairwiseKappa(List<ReliabilityData.Unit> units, int coders) {
    double sum = 0;
    int defined = 0;
    for (int i = 0; i < coders; i++) {
      for (int j = i + 1; j < coders; j++) {
        double k = cohenKappa(units, i, j);
        if (!Double.isNaN(k)) {
          sum += k;
          defined++;
        }
      }
    }
    return defined == 0 ? Double.NaN : sum / defined;
  }

  /** All binary variables as one study: units are case × variable, coders all who coded any. */
  private static ReliabilityData pooled(List<Variables.Variable> variables, List<String> names) {
    Set<String> coding = new LinkedHashSet<>();
    for (Variables.Variable v : variables) {
      if (v.binary()) {
        coding.addAll(v.data().coders());
      }
    }
    List<String> coders = names.stream().filter(coding::contains).toList();
    List<ReliabilityData.Unit> units = new ArrayList<>();
    for (Variables.Variable v : variables) {
      if (!v.binary()) {
        continue;
      }
      int[] position = v.data().coders().stream().mapToInt(coders::indexOf).toArray();
      for (ReliabilityData.Unit u : v.data().units()) {
        String[] values = new String[coders.size()];
        for (int i = 0; i < position.length; i++) {
          values[position[i]] = u.values().get(i);
        }
        units.add(new ReliabilityData.Unit(u.id() + " " + v.name(), Arrays.asList(values)));
      }
    }
    return new ReliabilityData(coders, units);
  }
}
