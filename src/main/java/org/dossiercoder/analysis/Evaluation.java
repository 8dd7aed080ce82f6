package org.dossiercoder.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dossiercoder.coding.CaseCodes;

/**
 * Accuracy of automatic case-level coding against a gold coding: per code column, support,
 * precision, recall, F1 and Cohen's kappa (DKPro Agreement), over the cases both files hold.
 */
public final class Evaluation {
  /**
   * The figures of one code column.
   *
   * @param column {@code <codebook>.<code>}
   * @param n cases compared
   * @param support cases where gold says 1
   * @param tp true positives
   * @param fp false positives
   * @param fn false negatives
   * @param tn true negatives
   * @param precision tp / (tp + fp), NaN when nothing was coded
   * @param recall tp / (tp + fn), NaN when gold has no positives
   * @param f1 harmonic mean of precision and recall, NaN when undefined
   * @param kappa Cohen's kappa, NaN when undefined (both coders constant)
   * @param agreement observed agreement
   */
  public record CodeScore(
      String column, int n, int support, int tp, int fp, int fn, int tn,
      double precision, double recall, double f1, double kappa, double agreement) {}

  private Evaluation() {}

  /**
   * Scores every column that gold and coded share, over the given cases.
   *
   * @param gold the gold coding
   * @param coded the automatic coding
   * @param cases the cases to compare (present in both)
   */
  public static List<CodeScore> score(CaseCodes gold, CaseCodes coded, List<String> cases) {
    Set<String> codedColumns = Set.copyOf(coded.columns());
    List<CodeScore> out = new ArrayList<>();
    for (String column : gold.columns()) {
      if (!codedColumns.contains(column)) {
        continue;
      }
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      CodingAnnotationStudy study = new CodingAnnotationStudy(2);
      for (String c : cases) {
        int g = gold.value(c, column);
        int a = coded.value(c, column);
        study.addItem(g, a);
        if (g == 1 && a == 1) {
          tp++;
        } else if (g == 0 && a == 1) {
          fp++;
        } else if (g == 1) {
          fn++;
        } else {
          tn++;
        }
      }
      double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
      double f1 =
          Double.isNaN(precision) || Double.isNaN(recall) || precision + recall == 0
              ? Double.NaN
              : 2 * precision * recall / (precision + recall);
      int n = cases.size();
      double agreement = n == 0 ? Double.NaN : (double) (tp + tn) / n;
      double kappa = kappa(study, tp, fp, fn, tn);
      out.add(new CodeScore(column, n, tp + fn, tp, fp, fn, tn, precision, recall, f1, kappa, agreement));
    }
    return out;
  }

  private static double kappa(CodingAnnotationStudy study, int tp, int fp, int fn, int tn) {
    int n = tp + fp + fn + tn;
    // With one category only, expected agreement is 1 and kappa is undefined.
    boolean constant = (tp + fn == 0 || tp + fn == n) && (tp + fp == 0 || tp + fp == n);
    if (n == 0 || constant) {
      return Double.NaN;
    }
    return new CohenKappaAgreement(study).calculateAgreement();
  }
}
