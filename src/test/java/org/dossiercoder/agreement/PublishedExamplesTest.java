package org.dossiercoder.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dossiercoder.coding.CaseCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coefficients against published worked examples, to the third decimal. */
class PublishedExamplesTest {
  private static final double THIRD_DECIMAL = 0.0005;

  @TempDir Path dir;

  /** One row per coder, "." for a missing value. */
  private static ReliabilityData data(String... coderRows) {
    List<String> coders = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < coderRows.length; i++) {
      coders.add(Character.toString('A' + i));
      rows.add(coderRows[i].trim().split("\\s+"));
    }
    List<ReliabilityData.Unit> units = new ArrayList<>();
    for (int u = 0; u < rows.get(0).length; u++) {
      List<String> values = new ArrayList<>();
      for (String[] row : rows) {
        values.add(row[u].equals(".") ? null : row[u]);
      }
      units.add(new ReliabilityData.Unit("u" + (u + 1), values));
    }
    return new ReliabilityData(coders, units);
  }

  @Test
  void krippendorffFourCodersTwelveUnitsWithMissingValuesNominalAlphaIs0743() {
    // Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), reliability data of
    // 4 observers x 12 units with missing values; nominal alpha = 0.743. Unit 12 has one value
    // (not pairable), so 11 units and 40 pairable values: D_o = 8/40 = 0.200, D_e = 0.779.
    ReliabilityData k = data(
        "1 2 3 3 2 1 4 1 2 . . .",
        "1 2 3 3 2 2 4 1 2 5 . 3",
        ". 3 3 3 2 3 4 2 2 5 1 .",
        "1 2 3 3 2 4 4 1 2 5 1 .");
    AgreementRow row = Agreement.measure("k", k);
    assertEquals(0.743, row.krippendorffAlpha(), THIRD_DECIMAL);
    assertEquals(11, row.units());
    assertEquals(4, row.coders());
    // pairs of values within units that agree: 1 - D_o
    assertEquals(0.800, row.observed(), THIRD_DECIMAL);
    assertTrue(row.cohenKappa() > 0 && row.cohenKappa() < 1, "mean pairwise kappa " + row.cohenKappa());

    // DKPro on all 12 units agrees here: unit 12's value 3 is a category paired elsewhere.
    CodingAnnotationStudy all = new CodingAnnotationStudy(4);
    k.units().forEach(u -> all.addItemAsArray(u.values().toArray()));
    assertEquals(0.743, new KrippendorffAlphaAgreement(all, new NominalDistanceFunction()).calculateAgreement(),
        THIRD_DECIMAL);
  }

  @Test
  void krippendorffBinaryTwoCodersAlphaIs0095() {
    // Krippendorff (2011), binary data, two observers, no missing data.
    // Coincidences: o00 = 10 (units 4,5,7,8,10), o11 = 2 (unit 2), o01 = o10 = 4 (units 1,3,6,9);
    // n0 = 14, n1 = 6, n = 20: alpha = 1 - (n-1) o01 / (n0 n1) = 1 - 19*4/84 = 0.0952.
    ReliabilityData binary = data("0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0");
    AgreementRow row = Agreement.measure("binary", binary);
    assertEquals(0.095, row.krippendorffAlpha(), THIRD_DECIMAL);
    assertEquals(1 - 19.0 * 4 / (14 * 6), row.krippendorffAlpha(), 1e-12);
    assertEquals(10, row.units());
    assertEquals(0.600, row.observed(), 1e-12);
    // Cohen: po = 0.6; A says 1 in 2/10, B in 4/10: pe = 0.2*0.4 + 0.8*0.6 = 0.56;
    // kappa = (0.6 - 0.56) / 0.44 = 0.0909
    assertEquals(0.04 / 0.44, row.cohenKappa(), 1e-9);
  }

  @Test
  void cohenKappaOnTheClassicTwoByTwoTable() throws Exception {
    // 50 cases, two coders: both 1: 20, A 1 / B 0: 5, A 0 / B 1: 10, both 0: 15.
    // po = (20 + 15) / 50 = 0.70; A codes 1 in 25/50 = 0.5, B in 30/50 = 0.6;
    // pe = 0.5*0.6 + 0.5*0.4 = 0.50; kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40.
    // Alpha: n = 100 values, n1 = 25 + 30 = 55, n0 = 45, o01 = 15 disagreeing units;
    // D_o = 2*15/100 = 0.30, D_e = 2*45*55/(100*99) = 0.50: alpha = 1 - 0.30/0.50 = 0.40.
    List<String> ids = new ArrayList<>();
    Map<String, Map<String, Integer>> a = new HashMap<>();
    Map<String, Map<String, Integer>> b = new HashMap<>();
    int[][] cells = {{1, 1, 20}, {1, 0, 5}, {0, 1, 10}, {0, 0, 15}};
    for (int[] cell : cells) {
      for (int i = 0; i < cell[2]; i++) {
        String id = "c" + (ids.size() + 1);
        ids.add(id);
        a.put(id, Map.of("risico.gedrag", cell[0]));
        b.put(id, Map.of("risico.gedrag", cell[1]));
      }
    }
    Map<String, CaseCodes> coders = new LinkedHashMap<>();
    coders.put("A", CaseCodes.of(ids, List.of("risico.gedrag"), a));
    coders.put("B", CaseCodes.of(ids, List.of("risico.gedrag"), b));
    List<AgreementRow> rows = Agreement.compute(coders, AgreementFixtures.codebooks(dir));
    AgreementRow gedrag = rows.get(0);
    assertEquals("risico.gedrag", gedrag.variable());
    assertEquals(50, gedrag.units());
    assertEquals(2, gedrag.coders());
    assertEquals(0.70, gedrag.observed(), 1e-12);
    assertEquals(0.40, gedrag.cohenKappa(), 1e-9);
    assertEquals(0.40, gedrag.krippendorffAlpha(), 1e-9);
    // one binary variable: overall is the same study
    assertEquals(Agreement.OVERALL, rows.get(rows.size() - 1).variable());
    assertEquals(gedrag.krippendorffAlpha(), rows.get(rows.size() - 1).krippendorffAlpha(), 1e-12);
  }

  @Test
  void unitsWithOneCoderDoNotTurnAnUndefinedAlphaIntoZero() {
    // Both coders say 0 on every shared case; coder A alone says 1 on a case B did not code.
    // DKPro counts the lone 1 as a category, finds D_o = D_e = 0 and reports 0.0; alpha is 0/0.
    ReliabilityData d = data("0 0 0 1", "0 0 0 .");
    CodingAnnotationStudy raw = new CodingAnnotationStudy(2);
    d.units().forEach(u -> raw.addItemAsArray(u.values().toArray()));
    assertEquals(0.0, new KrippendorffAlphaAgreement(raw, new NominalDistanceFunction()).calculateAgreement(), 0);
    AgreementRow row = Agreement.measure("x", d);
    assertTrue(Double.isNaN(row.krippendorffAlpha()));
    assertTrue(Double.isNaN(row.cohenKappa()));
    assertEquals(1.0, row.observed(), 0);
    assertEquals(3, row.units());
  }

  @Test
  void cohenKappaUsesOnlyTheUnitsBothCodersCoded() {
    // A: 1 0 1 0 1, B: 1 0 0 0 . -> on the 4 shared units po = 0.75, pe = 0.5*0.25 + 0.5*0.75
    // = 0.5, kappa = 0.5. DKPro on all 5 items takes pe over A's 5 values: (3*1 + 2*3)/25 = 0.36
    // and gives (0.75 - 0.36)/0.64 = 0.609.
    ReliabilityData d = data("1 0 1 0 1", "1 0 0 0 .");
    CodingAnnotationStudy raw = new CodingAnnotationStudy(2);
    d.units().forEach(u -> raw.addItemAsArray(u.values().toArray()));
    assertEquals(0.39 / 0.64, new CohenKappaAgreement(raw).calculateAgreement(), 1e-9);
    assertEquals(0.5, Agreement.measure("x", d).cohenKappa(), 1e-9);
  }

  @Test
  void reliabilityDataRejectsUnitsOfTheWrongWidth() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new ReliabilityData(List.of("A", "B"), List.of(new ReliabilityData.Unit("u", Arrays.asList("1")))));
  }
}
