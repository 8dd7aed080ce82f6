package org.dossiercoder.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PrivacyScannerTest {
  private final PrivacyScanner scanner = new PrivacyScanner();

  private static final String DOSSIER = String.join("\n",
      "OPP 2015-2016",
      "Leerling: S. (geb. 12-03-2001), BSN 1234.56.782",
      "Adres: Kerkstraat 12, 3512 AB Utrecht",
      "",
      "12-03-2015 Melding van school (receptie 030-2345678). Moeder bereikbaar op 06-12345678,",
      "mail jan.jansen@example.nl; boete € 150,00 naar NL91 ABNA 0417 1643 00.",
      "20-03-2015 Vader belt vanaf +31 30 1234567 over dossiernr. 2015-0347.");

  @Test
  void findsEveryCategoryInOrderWithLinesAndMasks() {
    List<Finding> findings = scanner.scan(DOSSIER, 14);
    assertEquals(List.of(
            "GEBOORTEDATUM 2 ••-••-•••1",
            "BSN 2 1234.••.•82",
            "ADRES 3 Kerk•••••• ••, •••• •• •••••ht",
            "TELEFOON 5 06-12••••78",
            "EMAIL 6 jan.j•••••@•••••••.nl",
            "IBAN 6 NL91 •••• •••• •••• 00",
            "TELEFOON 7 +31 30 •••••67"),
        findings.stream().map(f -> f.category() + " " + f.line() + " " + f.masked())
            .collect(Collectors.toList()));
    for (int i = 1; i < findings.size(); i++) {
      assertFalse(findings.get(i).start() < findings.get(i - 1).end(), "sorted, no overlap");
    }
  }

  @Test
  void redactedTextKeepsNothingPersonal() {
    String redacted = Redactor.redact(DOSSIER, scanner.scan(DOSSIER, 14));
    assertEquals(String.join("\n",
        "OPP 2015-2016",
        "Leerling: S. (geb. [GEBOORTEDATUM]), BSN [BSN]",
        "Adres: [ADRES]",
        "",
        "12-03-2015 Melding van school (receptie 030-2345678). Moeder bereikbaar op [TELEFOON],",
        "mail [EMAIL]; boete € 150,00 naar [IBAN].",
        "20-03-2015 Vader belt vanaf [TELEFOON] over dossiernr. 2015-0347."), redacted);
    assertEquals(List.of(), scanner.scan(redacted, 14), "a redacted text scans clean");
  }

  @Test
  void theLongerOfOverlappingFindingsWins() {
    // The IBAN's last ten digits are a 10-digit number starting with 0, and 8 of them pass
    // the 11-proef as a BSN read with a leading zero: only the IBAN is kept.
    String text = "Rekening NL02ABNA0123456789 en 0123456789.";
    List<Finding> findings = scanner.scan(text, null);
    assertEquals(PersonalDataCategory.IBAN, findings.get(0).category());
    assertEquals(9, findings.get(0).start());
    assertEquals(27, findings.get(0).end());
  }

  @Test
  void overlapResolutionUsesLengthThenCategoryOrder() {
    Detector a = detector(PersonalDataCategory.TELEFOON, new Span(0, 10));
    Detector b = detector(PersonalDataCategory.BSN, new Span(2, 11));
    Detector c = detector(PersonalDataCategory.ADRES, new Span(0, 10));
    List<Finding> findings = new PrivacyScanner(List.of(c, b, a)).scan("0123456789ab", null);
    assertEquals(1, findings.size());
    assertEquals(PersonalDataCategory.TELEFOON, findings.get(0).category(),
        "equal length: the category declared first");
  }

  @Test
  void pathologicalInputsStayFast() {
    // Long runs that make naive patterns backtrack: letters without an @, digits, @-signs,
    // capitals, dots and spaces; 1.2 million characters in all.
    String text = "a".repeat(200_000) + " " + "7".repeat(200_000) + " " + "@".repeat(200_000)
        + " " + "A".repeat(200_000) + " " + "0.".repeat(100_000) + " 1" + " ".repeat(200_000)
        + " BSN 123456782";
    List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> scanner.scan(text, 14));
    assertEquals(1, findings.size());
    assertEquals(PersonalDataCategory.BSN, findings.get(0).category());
  }

  @Test
  void linesCountFromOne() {
    List<Finding> findings = scanner.scan("\n\nBSN 123456782\n", null);
    assertEquals(3, findings.get(0).line());
  }

  @Test
  void aNegativeAgeCountsAsUnknown() {
    String text = "Intake (12-03-2001).";
    assertEquals(1, scanner.scan(text, 14).size());
    assertEquals(List.of(), scanner.scan(text, -14));
    assertEquals(List.of(), scanner.scan(text, null));
    assertEquals(List.of(), scanner.scan("", null));
  }

  private static Detector detector(PersonalDataCategory category, Span span) {
    return new Detector() {
      @Override
      public PersonalDataCategory category() {
        return category;
      }

      @Override
      public List<Span> find(String text, Integer caseAge) {
        return List.of(span);
      }
    };
  }
}
