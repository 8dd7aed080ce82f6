package org.dossiercoder.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.coding.CaseCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three coders' case-code files with missing cases and a missing column, through reading,
 * computing and writing. Every figure below is computed by hand in the comments.
 */
class AgreementRoundTripTest {
  @TempDir Path dir;
  Codebooks books;
  Path a;
  Path b;
  Path c;

  @BeforeEach
  void files() throws Exception {
    books = AgreementFixtures.codebooks(dir.resolve("codebooks"));
    String header = "case_id,risico.gedrag,risico.ziekte,patroon.eenmalig,patroon.langdurig,patroon.escalerend";
    a = AgreementFixtures.csv(dir, "A.csv", header,
        "c1,1,0,1,0,0",
        "c2,0,0,0,1,0",
        "c3,1,1,0,0,0",
        "c4,0,1,0,0,1",
        "c5,1,0,0,1,0");
    b = AgreementFixtures.csv(dir, "B.csv", header,
        "c1,1,0,1,0,0",
        "c2,1,0,0,1,0",
        "c3,1,1,0,0,1",
        "c4,0,0,0,0,1",
        "c6,0,1,1,0,0");
    // C did not code c1 and c4 and has no ziekte column (and an extra column that is no code)
    c = AgreementFixtures.csv(dir, "C.csv",
        "case_id,risico.gedrag,patroon.eenmalig,patroon.langdurig,patroon.escalerend,opmerking.x",
        "c2,0,0,1,0,0",
        "c3,1,0,0,0,0",
        "c5,1,0,0,1,0",
        "c6,0,1,0,0,0");
  }

  private static AgreementRow row(List<AgreementRow> rows, String variable) {
    return rows.stream().filter(r -> r.variable().equals(variable)).findFirst().orElseThrow();
  }

  @Test
  void threeCodersWithMissingCasesAndColumns() throws Exception {
    Map<String, CaseCodes> coders = AgreementFiles.readCoders(List.of(a, b, c));
    assertEquals(List.of("A", "B", "C"), List.copyOf(coders.keySet()));
    List<AgreementRow> rows = Agreement.compute(coders, books);
    assertEquals(List.of("risico.gedrag", "risico.ziekte", "patroon.eenmalig", "patroon.langdurig",
        "patroon.escalerend", "patroon", "overall"), rows.stream().map(AgreementRow::variable).toList());

    // gedrag, cases c1..c6: A 1 0 1 0 1 . / B 1 1 1 0 . 0 / C . 0 1 . 1 0 -> 6 units, 14 values.
    // Agreeing pairs per unit, sum n_c(n_c-1)/(m-1): 2+1+3+2+2+2 = 12 of 14: observed 0.857.
    // Coincidences: o00 = 1+2+2 = 5, o11 = 2+3+2 = 7, o01 = o10 = 1 (unit c2); n0 = 6, n1 = 8:
    // alpha = 1 - 13*1/48 = 0.729. Kappa A-B (c1-c4) 0.5, A-C (c2,c3,c5) 1.0, B-C (c2,c3,c6)
    // (2/3 - 4/9)/(5/9) = 0.4: mean 0.633.
    AgreementRow gedrag = row(rows, "risico.gedrag");
    assertEquals(6, gedrag.units());
    assertEquals(3, gedrag.coders());
    assertEquals(12.0 / 14, gedrag.observed(), 1e-9);
    assertEquals(1 - 13.0 / 48, gedrag.krippendorffAlpha(), 1e-9);
    assertEquals(1.9 / 3, gedrag.cohenKappa(), 1e-9);

    // ziekte, only A and B: c1-c4 A 0 0 1 1 / B 0 0 1 0 (c5, c6 have one coder): 4 units,
    // observed 0.75, kappa (0.75-0.5)/0.5 = 0.5; n0 = 5, n1 = 3, o01 = 1: alpha = 1 - 7/15.
    AgreementRow ziekte = row(rows, "risico.ziekte");
    assertEquals(4, ziekte.units());
    assertEquals(2, ziekte.coders());
    assertEquals(0.75, ziekte.observed(), 1e-9);
    assertEquals(0.5, ziekte.cohenKappa(), 1e-9);
    assertEquals(1 - 7.0 / 15, ziekte.krippendorffAlpha(), 1e-9);

    // eenmalig: all coders agree; A-C share only 0s (kappa undefined, left out of the mean).
    AgreementRow eenmalig = row(rows, "patroon.eenmalig");
    assertEquals(1.0, eenmalig.observed(), 1e-12);
    assertEquals(1.0, eenmalig.krippendorffAlpha(), 1e-12);
    assertEquals(1.0, eenmalig.cohenKappa(), 1e-12);

    // patroon as one nominal variable: c1 e,e,. c2 l,l,l c3 geen,s,geen c4 s,s,. c5 l,.,s c6 .,e,e
    // agreeing 2+3+1+2+0+2 = 10 of 14 values: 0.714. Marginals e 4, l 4, g 2, s 4 (n 14),
    // disagreeing coincidences 4: D_o = 4/14, D_e = (196-52)/182: alpha = 1 - 728/2016 = 0.639.
    // Kappa A-B 2/3, A-C 0.5, B-C 4/7: mean 0.579.
    AgreementRow patroon = row(rows, "patroon");
    assertEquals(6, patroon.units());
    assertEquals(3, patroon.coders());
    assertEquals(10.0 / 14, patroon.observed(), 1e-9);
    assertEquals(1 - 728.0 / 2016, patroon.krippendorffAlpha(), 1e-9);
    assertEquals((2.0 / 3 + 0.5 + 4.0 / 7) / 3, patroon.cohenKappa(), 1e-9);

    // overall pools the five binary variables: 6+4+6+6+6 = 28 case x code units
    AgreementRow overall = row(rows, "overall");
    assertEquals(28, overall.units());
    assertEquals(3, overall.coders());
    assertEquals(alphaByHand(coders, List.of("risico.gedrag", "risico.ziekte", "patroon.eenmalig",
        "patroon.langdurig", "patroon.escalerend")), overall.krippendorffAlpha(), 1e-9);
  }

  /** Nominal alpha from the coincidence matrix, written out independently of DKPro. */
  private static double alphaByHand(Map<String, CaseCodes> coders, List<String> columns) {
    Map<String, Double> marginal = new HashMap<>();
    double disagreeing = 0;
    for (String column : columns) {
      List<String> allCases = new ArrayList<>();
      coders.values().forEach(cc -> cc.caseIds().stream().filter(x -> !allCases.contains(x)).forEach(allCases::add));
      for (String id : allCases) {
        List<String> values = new ArrayList<>();
        for (CaseCodes cc : coders.values()) {
          if (cc.caseIds().contains(id) && cc.columns().contains(column)) {
            values.add(Integer.toString(cc.value(id, column)));
          }
        }
        int m = values.size();
        if (m < 2) {
          continue;
        }
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < m; j++) {
            if (i != j) {
              marginal.merge(values.get(i), 1.0 / (m - 1), Double::sum);
              if (!values.get(i).equals(values.get(j))) {
                disagreeing += 1.0 / (m - 1);
              }
            }
          }
        }
      }
    }
    double n = marginal.values().stream().mapToDouble(Double::doubleValue).sum();
    double sumSquares = marginal.values().stream().mapToDouble(x -> x * x).sum();
    return 1 - (n - 1) * disagreeing / (n * n - sumSquares);
  }

  @Test
  void listsDisagreementsPerCase() throws Exception {
    List<Disagreement> ds = Agreement.disagreements(AgreementFiles.readCoders(List.of(a, b, c)), books);
    assertEquals(List.of("c2 risico.gedrag", "c3 patroon.escalerend", "c3 patroon", "c4 risico.ziekte",
        "c5 patroon.langdurig", "c5 patroon.escalerend", "c5 patroon"),
        ds.stream().map(d -> d.caseId() + " " + d.variable()).toList());
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("A", "geen");
    expected.put("B", "escalerend");
    expected.put("C", "geen");
    assertEquals(expected, ds.get(2).valueByCoder());
    assertEquals(List.of("A", "C"), List.copyOf(ds.get(6).valueByCoder().keySet()));

    Path out = dir.resolve("out/disagreements.csv");
    AgreementFiles.writeDisagreements(out, ds, List.of("A", "B", "C"));
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("case_id,variable,A,B,C", lines.get(0));
    assertEquals("c2,risico.gedrag,0,1,0", lines.get(1));
    assertEquals("c5,patroon,langdurig,,escalerend", lines.get(7));
  }

  @Test
  void writesTheFiguresAsCsv() throws Exception {
    List<AgreementRow> rows = Agreement.compute(AgreementFiles.readCoders(List.of(a, b, c)), books);
    Path out = dir.resolve("agreement.csv");
    AgreementFiles.writeRows(out, rows);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("variable,n,coders,observed,kappa,alpha", lines.get(0));
    assertEquals("risico.gedrag,6,3,0.857,0.633,0.729", lines.get(1));
    assertEquals("risico.ziekte,4,2,0.750,0.500,0.533", lines.get(2));
    assertEquals("patroon,6,3,0.714,0.579,0.639", lines.get(6));
    assertTrue(lines.get(7).startsWith("overall,28,3,"));
  }

  @Test
  void twoCodersWithNoCaseInCommonIsOneClearLine() throws Exception {
    Path d = AgreementFixtures.csv(dir, "D.csv", "case_id,risico.gedrag", "x1,1", "x2,0");
    DossierInputException e = assertThrows(DossierInputException.class,
        () -> Agreement.compute(AgreementFiles.readCoders(List.of(a, d)), books));
    assertEquals("coders 'A' and 'D' have no case in common; nothing to compare", e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void twoCodesOfASingleChoiceCodebookAreBadInput() throws Exception {
    Path d = AgreementFixtures.csv(dir, "D.csv",
        "case_id,patroon.eenmalig,patroon.langdurig,patroon.escalerend", "c1,1,1,0");
    DossierInputException e = assertThrows(DossierInputException.class,
        () -> Agreement.compute(AgreementFiles.readCoders(List.of(a, d)), books));
    assertTrue(e.getMessage().contains("coder 'D', case 'c1': patroon is a single-choice codebook"), e.getMessage());
  }

  @Test
  void needsTwoCodersAndACommonCodeColumn() throws Exception {
    assertThrows(DossierInputException.class, () -> Agreement.compute(AgreementFiles.readCoders(List.of(a)), books));
    Path d = AgreementFixtures.csv(dir, "D.csv", "case_id,other.code", "c1,1");
    DossierInputException e = assertThrows(DossierInputException.class,
        () -> Agreement.compute(AgreementFiles.readCoders(List.of(a, d)), books));
    assertTrue(e.getMessage().startsWith("no code column of the codebooks is in two or more"), e.getMessage());
  }

  @Test
  void sameFileNameInTwoFoldersKeepsTheCodersApart() throws Exception {
    Path other = AgreementFixtures.csv(dir.resolve("second"), "A.csv",
        "case_id,risico.gedrag", "c1,1", "c2,1");
    Map<String, CaseCodes> coders = AgreementFiles.readCoders(List.of(a, other));
    assertEquals(List.of(a.toString(), other.toString()), List.copyOf(coders.keySet()));
    assertThrows(DossierInputException.class, () -> AgreementFiles.readCoders(List.of(a, a)));
  }

  @Test
  void noCodeIsGeenUnlessTheCodebookHasACodeGeen() throws Exception {
    Codebooks real = org.dossiercoder.Pipeline.loadCodebooks(Path.of("codebooks")).codebooks();
    assertEquals("geen", Variables.none(real.get("verzuimpatroon")));
    assertEquals("(geen)", Variables.none(real.get("resultaat")));
    assertEquals("geen", Variables.none(books.get("patroon")));
  }
}
