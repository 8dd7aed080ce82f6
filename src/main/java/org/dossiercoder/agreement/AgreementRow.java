package org.dossiercoder.agreement;

import java.util.Objects;

/**
 * The agreement on one variable.
 *
 * <p>A figure is {@link Double#NaN} where it is undefined: all three when no unit was coded by two
 * coders; kappa and alpha when every pairable value is the same category (agreement by chance is
 * then 1 and there is nothing to correct for; {@code observed} is 1.0); kappa also when no coder
 * pair shares a unit with two categories.
 *
 * @param variable {@code <codebook>.<code>} for a binary code, {@code <codebook>} for the nominal
 *     variable of a single-choice codebook, or {@value Agreement#OVERALL} for all binary code
 *     variables pooled
 * @param units the units behind the figures: cases (for {@code overall}: case × variable pairs)
 *     with a value from at least two coders
 * @param coders the coders who coded this variable (whose file has its column or columns)
 * @param observed the share of agreeing pairs of values within units (for two coders: the share of
 *     units on which they agree)
 * @param cohenKappa Cohen's kappa on the units both coders coded; with more than two coders the
 *     mean of the pairwise kappas that are defined
 * @param krippendorffAlpha Krippendorff's alpha, nominal, over all pairable values (missing values
 *     allowed)
 */
public record AgreementRow(
    String variable, int units, int coders, double observed, double cohenKappa, double krippendorffAlpha) {
  /** Validates. */
  public AgreementRow {
    Objects.requireNonNull(variable, "variable");
    if (units < 0 || coders < 0) {
      throw new IllegalArgumentException("units and coders must not be negative");
    }
  }
}
