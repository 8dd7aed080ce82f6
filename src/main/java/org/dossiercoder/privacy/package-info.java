/**
 * Privacy by default: finding residual personal data in extracted dossier text before it is
 * indexed, pseudonymising case ids, and making shared tables safe.
 *
 * <p>Dossiers are anonymised by hand, and hand anonymisation misses things: a BSN in a forwarded
 * letter, a mother's mobile number, a birth date in an OPP header. {@link
 * org.dossiercoder.privacy.PrivacyScanner} finds such values ({@link
 * org.dossiercoder.privacy.PersonalDataCategory}: BSN, telephone number, e-mail address, street
 * address, birth date, IBAN) and reports them as {@link org.dossiercoder.privacy.Finding}s that
 * carry offsets and a masked value only, so a report of findings can itself be shared; {@link
 * org.dossiercoder.privacy.Redactor} replaces the spans by placeholders such as {@code [BSN]}.
 *
 * <p>For outputs: {@link org.dossiercoder.privacy.Pseudonymiser} turns case ids into keyed
 * pseudonyms (HMAC-SHA256 with a key kept outside the project), and {@link
 * org.dossiercoder.privacy.SmallCellSuppression} decides which cells of a cross-table must be
 * hidden so that no count below the threshold can be read or recomputed from the margins.
 *
 * <p>Every detector is rule-based and deliberately leans towards reporting: a missed BSN is a
 * data leak, a false alarm costs a reviewer a glance. The detectors are package-private; the
 * scanner is the entry point. Nothing in this package writes or logs a full personal value.
 */
package org.dossiercoder.privacy;
