package org.dossiercoder.privacy;

import java.util.Locale;

/**
 * The kinds of personal data the {@link PrivacyScanner} looks for in dossier text.
 *
 * <p>Each category has the placeholder {@link Redactor} writes in place of a value ({@code [BSN]})
 * and a lower-case key for file formats and column names ({@code bsn}).
 */
public enum PersonalDataCategory {
  /** Burgerservicenummer: 9 digits (8 with an implied leading zero) passing the 11-proef. */
  BSN,
  /** A Dutch mobile or landline number of a person, not an organisation's switchboard. */
  TELEFOON,
  /** An e-mail address of a person, not an organisation's general mailbox. */
  EMAIL,
  /** A street with a house number, or a postcode with a house number. */
  ADRES,
  /** A birth date: a date named as one, or whose year fits the case's age. */
  GEBOORTEDATUM,
  /** An international bank account number passing the ISO 13616 mod-97 check. */
  IBAN;

  /**
   * The text {@link Redactor} puts in place of a value of this category.
   *
   * @return the name in square brackets, e.g. {@code [BSN]}
   */
  public String placeholder() {
    return "[" + name() + "]";
  }

  /**
   * The key for columns and files.
   *
   * @return the lower-case name, e.g. {@code geboortedatum}
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
