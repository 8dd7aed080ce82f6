package org.dossiercoder.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossiercoder.Pipeline;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.ingest.CaseRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables built from a hand-made case-code fixture; every expected count below was worked out by
 * hand from the six rows of {@link #FIXTURE}, not by the code under test.
 */
class UtrechtTablesTest {
  /** case, age, sex, ethnicity, schooltype, then codes. */
  static final String[][] FIXTURE = {
    {"c1", "14", "M", "1", "vmbo_bb", "gedrag persoonlijk licht procedureel geen"},
    {"c2", "15", "V", "2", "havo", "persoonlijk niveau zwaar procedureel sanctionerend geen"},
    {"c3", "15", "M", "3", "vmbo_bb", "gedrag zwaar sanctionerend afname"},
    {"c4", "16", "M", "1", "pro_vso", "gedrag persoonlijk niveau licht procedureel sanctionerend afname"},
    {"c5", "14", "V", "1", "havo", ""},
    {"c6", "17", "M", "2", "vmbo_bb", "persoonlijk licht procedureel geen"},
  };

  @TempDir Path dir;
  Map<String, ReportTable> tables = new LinkedHashMap<>();

  @BeforeEach
  void build() throws Exception {
    CodebookFixtures.lexicon(dir);
    CodebookFixtures.codebook(dir, "risicoprofiel", "id: risicoprofiel\nlabel: R\nkind: multi\norder: 1\ncodes:\n"
        + "  - {id: gedrag, label: gedragsproblematiek}\n  - {id: persoonlijk, label: persoonlijke problematiek}\n"
        + "  - {id: niveau, label: niveauproblematiek}\n");
    CodebookFixtures.codebook(dir, "verzuimpatroon", "id: verzuimpatroon\nlabel: V\nkind: single\norder: 2\ncodes:\n"
        + "  - {id: licht, label: langdurig licht}\n  - {id: zwaar, label: langdurig zwaar}\n");
    CodebookFixtures.codebook(dir, "interventie", "id: interventie\nlabel: I\nkind: multi\norder: 3\ncodes:\n"
        + "  - {id: procedureel, label: procedurele interventies}\n  - {id: sanctionerend, label: sanctionerende interventies}\n");
    CodebookFixtures.codebook(dir, "resultaat", "id: resultaat\nlabel: Res\nkind: single\norder: 4\ncodes:\n"
        + "  - {id: geen, label: geen}\n  - {id: afname, label: afname}\n");
    Codebooks books = Pipeline.loadCodebooks(dir).codebooks();
    List<CaseRecord> cases = new ArrayList<>();
    Map<String, Map<String, Integer>> values = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (String[] row : FIXTURE) {
      cases.add(new CaseRecord(row[0], Map.of("age", row[1], "sex", row[2], "ethnicity", row[3], "schooltype", row[4])));
      ids.add(row[0]);
      Map<String, Integer> v = new HashMap<>();
      for (String code : row[5].split(" ")) {
        if (code.isEmpty()) {
          continue;
        }
        String book = switch (code) {
          case "gedrag", "persoonlijk", "niveau" -> "risicoprofiel";
          case "licht", "zwaar" -> "verzuimpatroon";
          case "procedureel", "sanctionerend" -> "interventie";
          default -> "resultaat";
        };
        v.put(book + "." + code, 1);
      }
      values.put(row[0], v);
    }
    CaseCodes codes = CaseCodes.of(ids, books.topLevelColumns(), values);
    CaseTable table = CaseTable.of(cases, List.of("age", "sex", "ethnicity", "schooltype"), codes);
    for (ReportTable t : UtrechtTables.build(table, books, AttributeScheme.defaults())) {
      tables.put(t.id(), t);
    }
  }

  @Test
  void buildsTheSevenTablesInReportOrder() {
    assertEquals(List.of("tabel2", "tabel3", "tabel4", "tabel5", "tabel7", "tabel8", "tabel9"), List.copyOf(tables.keySet()));
  }

  @Test
  void table2CountsPatternsWithARowForUndecidedCases() {
    ReportTable t = tables.get("tabel2");
    assertEquals(3, t.count("verzuimpatroon.licht", "n"));
    assertEquals(2, t.count("verzuimpatroon.zwaar", "n"));
    assertEquals(1, t.count("verzuimpatroon.none", "n"));
    assertEquals("50%", t.percent(3));
    assertEquals("33%", t.percent(2));
  }

  @Test
  void table3And7AreFrequenciesOfN() {
    assertEquals(3, tables.get("tabel3").count("risicoprofiel.gedrag", "n"));
    assertEquals(4, tables.get("tabel3").count("risicoprofiel.persoonlijk", "n"));
    assertEquals(2, tables.get("tabel3").count("risicoprofiel.niveau", "n"));
    assertEquals(4, tables.get("tabel7").count("interventie.procedureel", "n"));
    assertEquals(3, tables.get("tabel7").count("interventie.sanctionerend", "n"));
    assertEquals(6, tables.get("tabel3").n());
  }

  @Test
  void table4IsTheSymmetricCooccurrenceMatrixWithEmptyDiagonal() {
    ReportTable t = tables.get("tabel4");
    assertNull(t.count("risicoprofiel.gedrag", "risicoprofiel.gedrag"));
    assertEquals(2, t.count("risicoprofiel.gedrag", "risicoprofiel.persoonlijk"));
    assertEquals(2, t.count("risicoprofiel.persoonlijk", "risicoprofiel.gedrag"));
    assertEquals(1, t.count("risicoprofiel.gedrag", "risicoprofiel.niveau"));
    assertEquals(2, t.count("risicoprofiel.persoonlijk", "risicoprofiel.niveau"));
    assertEquals(List.of("c2", "c4"),
        t.rows().get(1).cases().get(2), "each count knows the cases behind it");
  }

  @Test
  void table5BreaksProfilesDownByEveryAttributeValue() {
    ReportTable t = tables.get("tabel5");
    String g = "risicoprofiel.gedrag";
    String p = "risicoprofiel.persoonlijk";
    assertEquals(3, t.count(g, "n"));
    assertEquals(1, t.count(g, "age=14"));
    assertEquals(1, t.count(g, "age=15"));
    assertEquals(1, t.count(g, "age=16"));
    assertEquals(0, t.count(g, "age=17"));
    assertEquals(3, t.count(g, "sex=M"));
    assertEquals(0, t.count(g, "sex=V"));
    assertEquals(2, t.count(g, "ethnicity=1"));
    assertEquals(0, t.count(g, "ethnicity=2"));
    assertEquals(1, t.count(g, "ethnicity=3"));
    assertEquals(2, t.count(g, "schooltype=vmbo_bb"));
    assertEquals(1, t.count(g, "schooltype=pro_vso"));
    assertEquals(0, t.count(g, "schooltype=havo"));
    assertEquals(4, t.count(p, "n"));
    assertEquals(3, t.count(p, "sex=M"));
    assertEquals(1, t.count(p, "sex=V"));
    assertEquals(2, t.count(p, "ethnicity=2"));
    assertEquals(1, t.count(p, "age=17"));
    assertEquals(1, t.count(p, "schooltype=havo"));
  }

  @Test
  void table8CrossesProfilesWithInterventions() {
    ReportTable t = tables.get("tabel8");
    assertEquals(2, t.count("risicoprofiel.gedrag", "interventie.procedureel"));
    assertEquals(2, t.count("risicoprofiel.gedrag", "interventie.sanctionerend"));
    assertEquals(4, t.count("risicoprofiel.persoonlijk", "interventie.procedureel"));
    assertEquals(2, t.count("risicoprofiel.persoonlijk", "interventie.sanctionerend"));
    assertEquals(2, t.count("risicoprofiel.niveau", "interventie.procedureel"));
    assertEquals(2, t.count("risicoprofiel.niveau", "interventie.sanctionerend"));
  }

  @Test
  void table9BreaksResultsDownByProfileAndIntervention() {
    ReportTable t = tables.get("tabel9");
    assertEquals(3, t.count("resultaat.geen", "n"));
    assertEquals(1, t.count("resultaat.geen", "risicoprofiel.gedrag"));
    assertEquals(3, t.count("resultaat.geen", "risicoprofiel.persoonlijk"));
    assertEquals(1, t.count("resultaat.geen", "risicoprofiel.niveau"));
    assertEquals(3, t.count("resultaat.geen", "interventie.procedureel"));
    assertEquals(1, t.count("resultaat.geen", "interventie.sanctionerend"));
    assertEquals(2, t.count("resultaat.afname", "n"));
    assertEquals(2, t.count("resultaat.afname", "risicoprofiel.gedrag"));
    assertEquals(1, t.count("resultaat.afname", "risicoprofiel.persoonlijk"));
    assertEquals(1, t.count("resultaat.afname", "interventie.procedureel"));
    assertEquals(2, t.count("resultaat.afname", "interventie.sanctionerend"));
    assertEquals(1, t.count("resultaat.none", "n"));
    assertEquals(0, t.count("resultaat.none", "interventie.procedureel"));
  }
}
