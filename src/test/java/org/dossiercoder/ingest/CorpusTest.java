package org.dossiercoder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  @TempDir Path dir;

  @Test
  void readsSemicolonWindows1252CasesFileAsDutchExcelWritesIt() throws Exception {
    Files.write(
        dir.resolve("cases.csv"),
        "case_id;age;sex;wijk\r\nk1;14;M;Zuilen\r\nk2;15;V;Oost-Sïde\r\n".getBytes(TextDecoding.WINDOWS_1252));
    Files.createDirectories(dir.resolve("k1"));
    Files.createDirectories(dir.resolve("k2"));
    Corpus corpus = Corpus.load(dir);
    assertEquals(List.of("age", "sex", "wijk"), corpus.attributeNames());
    assertEquals("Oost-Sïde", corpus.cases().get(1).attribute("wijk"));
    assertEquals(List.of(), corpus.problems());
  }

  @Test
  void readsCommaSeparatedUtf8WithBom() throws Exception {
    byte[] body = "case_id,age,wijk\nk1,14,Zuidwest\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(dir.resolve("cases.csv"), bytes);
    Files.createDirectories(dir.resolve("k1"));
    Corpus corpus = Corpus.load(dir);
    assertEquals("k1", corpus.cases().get(0).caseId());
    assertEquals("Zuidwest", corpus.cases().get(0).attribute("wijk"));
  }

  @Test
  void reportsLayoutProblemsAndKeepsGoing() throws Exception {
    Files.writeString(dir.resolve("cases.csv"), "case_id,age\nk1,14\nk1,15\nk2,16\n", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("k1"));
    Files.createDirectories(dir.resolve("stray"));
    Files.writeString(dir.resolve("k1/journaal.txt"), "01-02-2015 lln afwezig.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("k1/notes.xyz"), "x", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("stray/journaal.txt"), "x", StandardCharsets.UTF_8);
    Corpus corpus = Corpus.load(dir);
    List<String> kinds = corpus.problems().stream().map(Problem::kind).sorted().toList();
    assertEquals(List.of("case-without-row", "duplicate-case-id", "row-without-case", "unknown-extension"), kinds);
    assertEquals(2, corpus.cases().size());
    assertEquals(1, corpus.documents().size());
    assertEquals("k1/journaal.txt", corpus.documents().get(0).docId());
    assertEquals("14", corpus.cases().get(0).attribute("age"), "first of duplicate rows wins");
    Problem dup = corpus.problems().stream().filter(p -> p.kind().equals("duplicate-case-id")).findFirst().orElseThrow();
    assertEquals("cases.csv:3", dup.file());
  }

  @Test
  void missingCaseIdColumnIsAnInputErrorNamingTheFile() throws Exception {
    Files.writeString(dir.resolve("cases.csv"), "id,age\nk1,14\n", StandardCharsets.UTF_8);
    DossierInputException e = assertThrows(DossierInputException.class, () -> Corpus.load(dir));
    assertTrue(e.getMessage().startsWith(dir.resolve("cases.csv") + ":1: no column case_id"), e.getMessage());
  }

  @Test
  void documentTypesComeFromFileNames() {
    assertEquals(DocumentType.LEERPLICHTDOSSIER, DocumentType.ofFileName("Journaal 2015.docx"));
    assertEquals(DocumentType.LEERPLICHTDOSSIER, DocumentType.ofFileName("dossier.pdf"));
    assertEquals(DocumentType.OPP, DocumentType.ofFileName("OPP-sterk-vo.odt"));
    assertEquals(DocumentType.INTERVIEW, DocumentType.ofFileName("interview-ouder-2.rtf"));
    assertEquals("ouder", DocumentType.roleOfFileName("interview-ouder-2.rtf"));
    assertEquals(DocumentType.OVERIG, DocumentType.ofFileName("brief-school.txt"));
    assertEquals(DocumentType.OVERIG, DocumentType.ofFileName("interview.txt"));
  }
}
