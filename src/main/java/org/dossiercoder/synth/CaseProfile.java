package org.dossiercoder.synth;

import java.util.List;

/**
 * Everything drawn for one synthetic case: its cases.csv row and the hidden story its documents
 * tell (absence pattern, risk factors, interventions, parties).
 *
 * @param caseId the case id, {@code b00001}, ...
 * @param age 12 to 18
 * @param sex M or V
 * @param ethnicity 1, 2 or 3
 * @param schooltype one of {@link CaseSampler#SCHOOLTYPES}
 * @param wijk one of {@link CaseSampler#WIJKEN}
 * @param days2015 days of absence in 2015
 * @param looptDoor whether the case was still open at the end of 2015
 * @param pattern the absence pattern, a verzuimpatroon code
 * @param risks risk categories present, from {@link PhraseBank#RISKS}
 * @param interventions intervention types carried out, from {@link PhraseBank#INTERVENTIONS}
 * @param parties parties involved besides school, from {@link PhraseBank#PARTIES}
 * @param parent the parent in contact with leerplicht: moeder or vader
 * @param hasOpp whether the case has an OPP
 */
record CaseProfile(
    String caseId,
    int age,
    String sex,
    int ethnicity,
    String schooltype,
    String wijk,
    int days2015,
    boolean looptDoor,
    String pattern,
    List<String> risks,
    List<String> interventions,
    List<String> parties,
    String parent,
    boolean hasOpp) {

  /** The cases.csv row, in the column order of {@link CaseSampler#CSV_HEADER}. */
  String csvRow() {
    return String.join(
        ",",
        caseId,
        Integer.toString(age),
        sex,
        Integer.toString(ethnicity),
        schooltype,
        wijk,
        Integer.toString(days2015),
        looptDoor ? "ja" : "nee");
  }
}
