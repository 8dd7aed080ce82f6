package org.dossiercoder.ingest;

import java.util.Locale;

/** The kind of a document, derived from its file name (a contract of the corpus layout). */
public enum DocumentType {
  /** {@code journaal*} or {@code dossier*}: the leerplicht journal. */
  LEERPLICHTDOSSIER("leerplichtdossier"),
  /** {@code opp*}: an ontwikkelingsperspectiefplan. */
  OPP("opp"),
  /** {@code interview-<role>*}: an interview transcript with a respondent of that role. */
  INTERVIEW("interview"),
  /** Anything else. */
  OVERIG("overig");

  private final String key;

  DocumentType(String key) {
    this.key = key;
  }

  /** The lower-case key used in codebooks ({@code documents: [opp]}) and outputs. */
  public String key() {
    return key;
  }

  /** The type for a file name, per the corpus layout. */
  public static DocumentType ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.startsWith("journaal") || name.startsWith("dossier")) {
      return LEERPLICHTDOSSIER;
    }
    if (name.startsWith("opp")) {
      return OPP;
    }
    if (name.startsWith("interview-") && name.length() > "interview-".length()) {
      return INTERVIEW;
    }
    return OVERIG;
  }

  /**
   * The respondent role of an interview file name: {@code interview-ouder-2.docx} gives
   * {@code ouder}; empty for other types.
   */
  public static String roleOfFileName(String fileName) {
    if (ofFileName(fileName) != INTERVIEW) {
      return "";
    }
    String rest = fileName.substring("interview-".length()).toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < rest.length() && (Character.isLetter(rest.charAt(end)) || rest.charAt(end) == '_')) {
      end++;
    }
    return rest.substring(0, end);
  }

  /** The type for a codebook key, or null when the key is unknown. */
  public static DocumentType ofKey(String key) {
    for (DocumentType t : values()) {
      if (t.key.equals(key)) {
        return t;
      }
    }
    return null;
  }
}
