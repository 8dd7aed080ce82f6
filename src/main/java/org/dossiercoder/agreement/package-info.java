/**
 * Intercoder agreement: how well several coders' case-level codings of the same dossiers agree.
 *
 * <p>{@link org.dossiercoder.agreement.Agreement#compute} turns coders' {@code case-codes.csv}
 * codings into one {@link org.dossiercoder.agreement.AgreementRow} per variable: observed
 * agreement, Cohen's kappa and Krippendorff's alpha (nominal), each with the number of units
 * behind it. A {@code multi} code is one binary variable per case; a {@code single} codebook is
 * also one nominal variable per case (the code that holds, or {@code geen} when none does; {@code
 * (geen)} in a codebook that has a code {@code geen}, such as {@code resultaat}). A case absent from a
 * coder's file is a missing value for that coder. {@link
 * org.dossiercoder.agreement.Agreement#disagreements} lists the units on which coders differ, for
 * a consensus meeting; {@link org.dossiercoder.agreement.AgreementFiles} writes both as CSV.
 *
 * <p>The coefficients are computed with DKPro Agreement on studies built here so that its
 * known limits do not show: units coded by fewer than two coders are left out (they cannot be
 * paired, and in DKPro they would still add categories, turning an undefined alpha into 0), and
 * Cohen's kappa is computed on the units both coders of a pair coded (DKPro's kappa assumes
 * complete data).
 */
package org.dossiercoder.agreement;
