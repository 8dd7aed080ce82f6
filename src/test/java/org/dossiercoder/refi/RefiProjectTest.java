package org.dossiercoder.refi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole projects to .qdpx and back; offsets; bad files. All text is synthetic. */
class RefiProjectTest {
  static Pipeline.Setup bundled;

  @TempDir Path dir;

  static final String JOURNAAL = "01-02-2015 Leerling is agressief in de klas.\n"
      + "02-02-2015 Gesprek met moeder \uD83D\uDE00 over het verzuim.\n"
      + "03-02-2015 Mentor belt met moeder.";
  static final String OPP = "Werkhouding\nDe mentor begeleidt bij het plannen.";
  static final Instant T1 = Instant.parse("2024-03-01T09:00:00Z");
  static final Instant T2 = Instant.parse("2024-03-02T14:30:00Z");

  @BeforeAll
  static void loadBundled() throws Exception {
    bundled = Pipeline.loadCodebooks(Path.of("codebooks"));
  }

  static QdaCoding span(String doc, String text, String part, String book, String code, String coder, Instant t, String memo) {
    int start = text.indexOf(part);
    assertTrue(start >= 0, part);
    return new QdaCoding(doc, start, start + part.length(), book, code, coder, t, memo);
  }

  static QdaProject project() {
    Map<String, String> c001 = new LinkedHashMap<>();
    c001.put("age", "14");
    c001.put("sex", "m");
    c001.put("schooltype", "vmbo");
    return new QdaProject(
        "Thuiszitters Utrecht (synthetisch)",
        bundled.codebooks().list(),
        List.of(new QdaUser("dossiercoder", "dossiercoder (automatisch)"), new QdaUser("codeur_a", "Codeur A")),
        List.of(
            new QdaSource("c001/journaal.txt", "c001", "journaal.txt", JOURNAAL, T1),
            new QdaSource("c002/opp.docx", "c002", null, OPP, null)),
        List.of(new QdaCase("c001", c001, List.of("risicoprofiel.gedrag", "partij.ouders")),
            new QdaCase("c002", Map.of("age", "15"))),
        List.of(
            span("c001/journaal.txt", JOURNAAL, "agressief", "risicoprofiel", "gedrag_agressief", "dossiercoder", T1, null),
            span("c001/journaal.txt", JOURNAAL, "agressief", "risicoprofiel", "gedrag_agressief", "codeur_a", T2,
                "Bevestigd: agressie tegen een docent."),
            span("c001/journaal.txt", JOURNAAL, "Mentor belt met moeder.", "partij", "school", "dossiercoder", T1, null),
            span("c001/journaal.txt", JOURNAAL, "Gesprek met moeder \uD83D\uDE00 over het verzuim.", "partij", "ouders",
                "codeur_a", T2, null),
            new QdaCoding("c002/opp.docx", null, null, "opp_domein", "werkhouding", "codeur_a", T2, null)),
        List.of(
            new QdaNote("n1", "Consensus", "Codeur A en dossiercoder zijn het eens over c001.", "codeur_a", T2,
                QdaNote.Target.PROJECT, null),
            new QdaNote("n2", "Let op", "Het OPP is onvolledig.", "codeur_a", T2, QdaNote.Target.SOURCE, "c002/opp.docx"),
            new QdaNote("n3", "Definitie", "Ook schorsing telt mee.", null, null, QdaNote.Target.CODE, "risicoprofiel.gedrag")));
  }

  private Path export() throws Exception {
    Path qdpx = dir.resolve("project.qdpx");
    RefiExport.writeProject(project(), qdpx);
    return qdpx;
  }

  private static byte[] read(ZipFile zip, String name) throws Exception {
    ZipEntry e = zip.getEntry(name);
    assertTrue(e != null, "entry " + name);
    return zip.getInputStream(e).readAllBytes();
  }

  private static String sourceGuid(String docId) {
    return UUID.nameUUIDFromBytes(("dossiercoder:source:" + docId).getBytes(StandardCharsets.UTF_8)).toString();
  }

  @Test
  void projectQdeValidatesAndSourcesAreUtf8TextWithLfLineEnds() throws Exception {
    try (ZipFile zip = new ZipFile(export().toFile())) {
      byte[] qde = read(zip, "project.qde");
      QdaXml.validate(qde, QdaXml.Kind.PROJECT);
      Set<String> names = new HashSet<>();
      zip.stream().forEach(e -> names.add(e.getName()));
      String g1 = sourceGuid("c001/journaal.txt");
      String g2 = sourceGuid("c002/opp.docx");
      assertEquals(Set.of("project.qde", "sources/" + g1 + ".txt", "sources/" + g2 + ".txt"), names);
      assertArrayEquals(JOURNAAL.getBytes(StandardCharsets.UTF_8), read(zip, "sources/" + g1 + ".txt"));

      QdaXml.Element root = QdaXml.read(qde);
      assertEquals("urn:QDA-XML:project:1.0", root.namespace());
      QdaXml.Element source = root.first("Sources").all("TextSource").get(0);
      assertEquals("internal://" + g1 + ".txt", source.attr("plainTextPath"));
      assertEquals("journaal.txt", source.attr("name"));
      // One selection per span: the two coders' codings of "agressief" share one.
      List<QdaXml.Element> selections = source.all("PlainTextSelection");
      assertEquals(3, selections.size());
      QdaXml.Element agressief = selections.get(0);
      assertEquals("agressief", agressief.attr("name"));
      assertEquals(2, agressief.all("Coding").size());
      String codeur = UUID.nameUUIDFromBytes("dossiercoder:user:codeur_a".getBytes(StandardCharsets.UTF_8)).toString();
      QdaXml.Element byA = agressief.all("Coding").stream()
          .filter(c -> c.attr("creatingUser").equals(codeur)).findFirst().orElseThrow();
      assertEquals("2024-03-02T14:30:00Z", byA.attr("creationDateTime"));
      assertEquals(Guids.code("risicoprofiel", "gedrag_agressief"), byA.first("CodeRef").attr("targetGUID"));
      String memoGuid = byA.first("NoteRef").attr("targetGUID");
      QdaXml.Element memo = root.first("Notes").all("Note").stream()
          .filter(n -> n.attr("guid").equals(memoGuid)).findFirst().orElseThrow();
      assertEquals("Bevestigd: agressie tegen een docent.", memo.childText("PlainTextContent"));

      QdaXml.Element c001 = root.first("Cases").all("Case").get(0);
      assertEquals("c001", c001.attr("name"));
      assertEquals(List.of("14", "m", "vmbo"),
          c001.all("VariableValue").stream().map(v -> v.childText("TextValue")).toList());
      assertEquals(List.of(g1), c001.all("SourceRef").stream().map(r -> r.attr("targetGUID")).toList());
      assertEquals(2, c001.all("CodeRef").size());
      assertEquals(List.of("age", "sex", "schooltype"),
          root.first("Variables").all("Variable").stream().map(v -> v.attr("name")).toList());
    }
  }

  @Test
  void positionsCountCodePointsAfterAnEmoji() throws Exception {
    try (ZipFile zip = new ZipFile(export().toFile())) {
      QdaXml.Element root = QdaXml.read(read(zip, "project.qde"));
      List<QdaXml.Element> selections = root.first("Sources").all("TextSource").get(0).all("PlainTextSelection");
      // Before the emoji, char offsets and code points agree.
      int before = JOURNAAL.indexOf("agressief");
      assertEquals(before, Integer.parseInt(selections.get(0).attr("startPosition")));
      // The span holding the emoji is one code point shorter than in chars.
      QdaXml.Element gesprek = selections.get(1);
      String sentence = "Gesprek met moeder \uD83D\uDE00 over het verzuim.";
      int start = Integer.parseInt(gesprek.attr("startPosition"));
      int end = Integer.parseInt(gesprek.attr("endPosition"));
      assertEquals(JOURNAAL.indexOf(sentence), start);
      assertEquals(sentence.length() - 1, end - start);
      // After the emoji every position is one less than the char offset.
      int after = JOURNAAL.indexOf("Mentor belt");
      assertEquals(after - 1, Integer.parseInt(selections.get(2).attr("startPosition")));
      int[] points = JOURNAAL.codePoints().toArray();
      assertEquals("Mentor belt met moeder.", new String(points, after - 1, "Mentor belt met moeder.".length()));
    }
  }

  @Test
  void offsetsConvertBothWaysAndRefuseToSplitAnEmoji() {
    String plain = "geen bijzondere tekens\nmaar wel regels";
    for (int i = 0; i <= plain.length(); i++) {
      assertEquals(i, Offsets.toCodePoints(plain, i));
      assertEquals(i, Offsets.toChars(plain, i));
    }
    String emoji = "a\uD83D\uDE00b";
    assertEquals(2, Offsets.toCodePoints(emoji, 3));
    assertEquals(3, Offsets.toChars(emoji, 2));
    assertEquals(4, Offsets.toChars(emoji, 3));
    assertThrows(IllegalArgumentException.class, () -> Offsets.toCodePoints(emoji, 2));
    assertThrows(IllegalArgumentException.class, () -> Offsets.toChars(emoji, 4));
  }

  @Test
  void guidsAndBytesAreStableAcrossExports() throws Exception {
    byte[] first = Files.readAllBytes(export());
    Path again = dir.resolve("again.qdpx");
    RefiExport.writeProject(project(), again);
    assertArrayEquals(first, Files.readAllBytes(again));
  }

  @Test
  void projectSurvivesTheRoundTrip() throws Exception {
    QdaProject original = project();
    QdaProject back = RefiImport.readProject(export(), bundled.analysis());
    assertEquals(original.name(), back.name());
    assertEquals(CodebookViews.of(original.codebooks()), CodebookViews.of(back.codebooks()));
    assertEquals(original.users(), back.users());
    assertEquals(original.sources(), back.sources().stream()
        .map(s -> s.docId().equals("c002/opp.docx") ? new QdaSource(s.docId(), s.caseId(), null, s.plainText(), s.created()) : s)
        .toList());
    assertEquals(original.cases(), back.cases());
    assertEquals(Set.copyOf(original.codings()), Set.copyOf(back.codings()));
    assertEquals(Set.copyOf(original.notes()), Set.copyOf(back.notes()));
  }

  @Test
  void danglingReferencesAreRefusedBeforeAnythingIsWritten() {
    QdaProject p = project();
    List<QdaCoding> codings = List.of(new QdaCoding("c001/journaal.txt", 0, 5, "risicoprofiel", "bestaat_niet",
        "codeur_a", null, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new QdaProject(
        p.name(), p.codebooks(), p.users(), p.sources(), p.cases(), codings, List.of()));
    assertTrue(e.getMessage().contains("risicoprofiel.bestaat_niet"), e.getMessage());
    int inEmoji = JOURNAAL.indexOf('\uDE00');
    List<QdaCoding> split = List.of(new QdaCoding("c001/journaal.txt", inEmoji, inEmoji + 3, "partij", "ouders",
        "codeur_a", null, null));
    assertThrows(IllegalArgumentException.class, () -> new QdaProject(
        p.name(), p.codebooks(), p.users(), p.sources(), p.cases(), split, List.of()));
  }

  private static void zip(Path file, Map<String, byte[]> entries) throws Exception {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
  }

  private DossierInputException rejected(Path qdpx) {
    DossierInputException e =
        assertThrows(DossierInputException.class, () -> RefiImport.readProject(qdpx, bundled.analysis()));
    assertEquals(qdpx, e.file());
    return e;
  }

  @Test
  void filesThatAreNotProjectsAreRejectedWithOneLine() throws Exception {
    Path text = dir.resolve("text.qdpx");
    Files.writeString(text, "dit is geen zip", StandardCharsets.UTF_8);
    assertTrue(rejected(text).problem().contains("this is not a zip file"));

    Path noQde = dir.resolve("empty.qdpx");
    zip(noQde, Map.of("sources/x.txt", "tekst".getBytes(StandardCharsets.UTF_8)));
    assertEquals("not a REFI-QDA project: the zip has no project.qde", rejected(noQde).problem());

    Path codebook = dir.resolve("codebook.qdpx");
    zip(codebook, Map.of("project.qde", """
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>""".getBytes(StandardCharsets.UTF_8)));
    String problem = rejected(codebook).problem();
    assertTrue(problem.startsWith("project.qde:1: not a REFI-QDA project: root element is {urn:QDA-XML:codebook:1.0}CodeBook"
        + " (this is a REFI-QDA codebook, not a project)"), problem);

    Path invalid = dir.resolve("invalid.qdpx");
    zip(invalid, Map.of("project.qde", """
        <?xml version="1.0" encoding="UTF-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="x">
          <Users>
            <User name="zonder guid"/>
          </Users>
        </Project>
        """.getBytes(StandardCharsets.UTF_8)));
    DossierInputException e = rejected(invalid);
    assertTrue(e.problem().startsWith("project.qde:4: does not validate against the REFI-QDA schema Project.xsd: "),
        e.problem());
    assertTrue(e.problem().contains("guid"), e.problem());
  }

  @Test
  void projectFromAnotherToolWithCrLfTextAndAnEmoji() throws Exception {
    String stored = "Regel een\r\nRegel twee \uD83D\uDE00\r\nZiek gemeld vandaag\r\n";
    String normalised = stored.replace("\r\n", "\n");
    String word = "vandaag";
    int charStart = stored.indexOf(word);
    // The other tool counts code points of the text as it stored it: CR LF is two.
    int start = stored.codePointCount(0, charStart);
    int end = start + word.length();
    String qde = """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="Teamproject" origin="QualCoder 3.6">
          <Users>
            <User guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Codeur B"/>
          </Users>
          <CodeBook>
            <Codes>
              <Code guid="{6E5B2D1A-3C4F-4A8B-9D0E-1F2A3B4C5D6E}" name="Verzuim" isCodable="true">
                <Code guid="{0A1B2C3D-4E5F-4061-8273-948596A7B8C9}" name="Ziekteverzuim" isCodable="true"/>
              </Code>
            </Codes>
          </CodeBook>
          <Variables>
            <Variable guid="BBBBBBBB-0000-4000-8000-000000000001" name="Leeftijd" typeOfVariable="Integer"/>
          </Variables>
          <Cases>
            <Case guid="CCCCCCCC-0000-4000-8000-000000000001" name="Leerling 7">
              <VariableValue>
                <VariableRef targetGUID="BBBBBBBB-0000-4000-8000-000000000001"/>
                <IntegerValue>15</IntegerValue>
              </VariableValue>
              <SourceRef targetGUID="DDDDDDDD-0000-4000-8000-000000000001"/>
            </Case>
          </Cases>
          <Sources>
            <TextSource guid="DDDDDDDD-0000-4000-8000-000000000001" name="Gesprek 1" plainTextPath="internal://DDDDDDDD-0000-4000-8000-000000000001.txt">
              <PlainTextSelection guid="EEEEEEEE-0000-4000-8000-000000000001" startPosition="%d" endPosition="%d"
                  creatingUser="AAAAAAAA-0000-4000-8000-000000000001" creationDateTime="2023-05-04T10:11:12">
                <Coding guid="FFFFFFFF-0000-4000-8000-000000000001" creatingUser="aaaaaaaa-0000-4000-8000-000000000001">
                  <CodeRef targetGUID="0A1B2C3D-4E5F-4061-8273-948596A7B8C9"/>
                  <NoteRef targetGUID="99999999-0000-4000-8000-000000000001"/>
                </Coding>
              </PlainTextSelection>
            </TextSource>
          </Sources>
          <Notes>
            <Note guid="99999999-0000-4000-8000-000000000001" name="memo">
              <PlainTextContent>Twijfel: ziek of spijbelen?</PlainTextContent>
            </Note>
          </Notes>
        </Project>
        """.formatted(start, end);
    Path qdpx = dir.resolve("team.qdpx");
    zip(qdpx, Map.of(
        "project.qde", qde.getBytes(StandardCharsets.UTF_8),
        "sources/DDDDDDDD-0000-4000-8000-000000000001.txt", stored.getBytes(StandardCharsets.UTF_8)));
    QdaProject p = RefiImport.readProject(qdpx, bundled.analysis());
    assertEquals("Teamproject", p.name());
    assertEquals(List.of("verzuim"), p.codebooks().stream().map(b -> b.id()).toList());
    assertEquals(List.of(new QdaUser("Codeur B", "Codeur B")), p.users());
    assertEquals(List.of(new QdaCase("Leerling 7", Map.of("Leeftijd", "15"))), p.cases());
    QdaSource source = p.sources().get(0);
    assertEquals("Gesprek 1", source.docId());
    assertEquals("Leerling 7", source.caseId());
    assertEquals(normalised, source.plainText());
    QdaCoding coding = p.codings().get(0);
    assertEquals(word, source.plainText().substring(coding.start(), coding.end()));
    assertEquals("verzuim.ziekteverzuim", coding.column());
    assertEquals("Codeur B", coding.coderId());
    assertEquals(Instant.parse("2023-05-04T10:11:12Z"), coding.created());
    assertEquals("Twijfel: ziek of spijbelen?", coding.memo());
    assertEquals(List.of(), p.notes());
  }
}
