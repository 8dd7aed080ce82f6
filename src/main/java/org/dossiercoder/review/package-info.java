/**
 * The researcher stays in charge: manual decisions applied over automatic coding
 * ({@link org.dossiercoder.review.EffectiveCodings}), the review spreadsheet of proposals
 * ({@link org.dossiercoder.review.ReviewSheet}) and the Bijlage VI coding sheet
 * ({@link org.dossiercoder.review.CodingSheet}). Decisions themselves are kept in the store's
 * audit trail ({@link org.dossiercoder.store.Decision}).
 */
package org.dossiercoder.review;
