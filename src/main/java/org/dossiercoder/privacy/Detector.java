package org.dossiercoder.privacy;

import java.util.List;

/**
 * Finds the values of one {@link PersonalDataCategory} in a text. Implementations are stateless
 * and thread-safe; the spans they return may overlap those of other detectors (the scanner keeps
 * the longer one), never each other.
 */
interface Detector {
  /** The category of everything this detector finds. */
  PersonalDataCategory category();

  /**
   * The spans of the values in {@code text}, in text order.
   *
   * @param text the text to scan
   * @param caseAge the case's age on 01-01-{@value PrivacyScanner#REFERENCE_YEAR}, or null when
   *     unknown; only detectors that need it look at it
   */
  List<Span> find(String text, Integer caseAge);
}
