package org.dossiercoder.refi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Pipeline;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.codebook.CodebookKind;
import org.dossiercoder.codebook.Codebooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codebooks to .qdc and back: the bundled codebooks, a codebook from another tool, bad files. */
class RefiCodebookTest {
  static Pipeline.Setup bundled;

  @TempDir Path dir;

  @BeforeAll
  static void loadBundled() throws Exception {
    bundled = Pipeline.loadCodebooks(Path.of("codebooks"));
  }

  private Path export() throws Exception {
    Path qdc = dir.resolve("codebooks.qdc");
    RefiExport.writeCodebook(bundled.codebooks().list(), qdc);
    return qdc;
  }

  @Test
  void exportValidatesAgainstTheOfficialCodebookSchema() throws Exception {
    byte[] xml = Files.readAllBytes(export());
    QdaXml.validate(xml, QdaXml.Kind.CODEBOOK);
    QdaXml.Element root = QdaXml.read(xml);
    assertEquals("urn:QDA-XML:codebook:1.0", root.namespace());
    List<QdaXml.Element> top = root.first("Codes").all("Code");
    assertEquals(bundled.codebooks().list().size(), top.size());
    // A codebook is a non-codable grouping; its codes are codable and nested by parent.
    QdaXml.Element risico = top.stream().filter(e -> e.attr("name").equals("Risicoprofielen")).findFirst().orElseThrow();
    assertEquals("false", risico.attr("isCodable"));
    QdaXml.Element gedrag = risico.all("Code").stream()
        .filter(e -> e.attr("name").equals("Gedragsproblematiek")).findFirst().orElseThrow();
    assertEquals("true", gedrag.attr("isCodable"));
    assertTrue(gedrag.all("Code").stream().anyMatch(e -> e.attr("name").startsWith("agressief")));
    String description = gedrag.first("Code").childText("Description");
    assertTrue(description.startsWith("KBA: agressief, boos."), description);
    assertTrue(description.contains("\n--- dossiercoder ---\ncode: gedrag_agressief\n"), description);
  }

  @Test
  void bundledCodebooksSurviveTheRoundTripWithTheirRules() throws Exception {
    List<Codebook> back = RefiImport.readCodebook(export(), bundled.analysis());
    assertEquals(CodebookViews.of(bundled.codebooks().list()), CodebookViews.of(back));
    assertTrue(back.stream().allMatch(b -> b.file().equals(dir.resolve("codebooks.qdc"))));
  }

  @Test
  void guidsAreStableAcrossExportsAndDerivedFromIds() throws Exception {
    byte[] first = Files.readAllBytes(export());
    Path again = dir.resolve("again.qdc");
    RefiExport.writeCodebook(bundled.codebooks().list(), again);
    assertArrayEquals(first, Files.readAllBytes(again));
    String expected = UUID.nameUUIDFromBytes(
        "dossiercoder:code:risicoprofiel.gedrag".getBytes(StandardCharsets.UTF_8)).toString();
    assertEquals(expected, Guids.code("risicoprofiel", "gedrag"));
    assertTrue(new String(first, StandardCharsets.UTF_8).contains("guid=\"" + expected + "\""));
    assertNotEquals(Guids.code("partij", "school"), Guids.code("risicoprofiel", "gedrag"));
  }

  @Test
  void writtenYamlLoadsBackToTheSameCodebooks() throws Exception {
    Path out = dir.resolve("yaml");
    List<Codebook> back = new ArrayList<>();
    for (Codebook b : bundled.codebooks().list()) {
      back.add(Codebooks.loadFile(RefiImport.writeCodebookYaml(b, out), bundled.analysis()));
    }
    assertEquals(CodebookViews.of(bundled.codebooks().list()), CodebookViews.of(back));
  }

  static final String OTHER_TOOL = """
      <?xml version="1.0" encoding="utf-8"?>
      <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder 3.6">
        <Codes>
          <Code guid="{6E5B2D1A-3C4F-4A8B-9D0E-1F2A3B4C5D6E}" name="Verzuim" isCodable="true" color="#FF0000">
            <Description>Alles over afwezigheid van school.</Description>
            <Code guid="{0A1B2C3D-4E5F-4061-8273-948596A7B8C9}" name="Ziekteverzuim" isCodable="true">
              <Description>Ziekmeldingen, ook langdurig.</Description>
              <Code guid="{11111111-2222-4333-8444-555555555555}" name="Ziek gemeld door ouders" isCodable="true"/>
            </Code>
            <Code guid="{22222222-3333-4444-8555-666666666666}" name="Luxeverzuim" isCodable="true"/>
          </Code>
          <Code guid="33333333-4444-4555-8666-777777777777" name="Hulpverlening (extern)" isCodable="false">
            <Code guid="44444444-5555-4666-8777-888888888888" name="Jeugdzorg" isCodable="true"/>
            <Code guid="55555555-6666-4777-8888-999999999999" name="Jeugdzorg!" isCodable="true"/>
            <Code guid="66666666-7777-4888-8999-aaaaaaaaaaaa" name="Één-op-één begeleiding" isCodable="true"/>
          </Code>
          <Code guid="77777777-8888-4999-8aaa-bbbbbbbbbbbb" name="Opvallend citaat" isCodable="true"/>
        </Codes>
      </CodeBook>
      """;

  @Test
  void codebookFromAnotherToolBecomesCodesCodedByHand() throws Exception {
    Path qdc = dir.resolve("teamcodes.qdc");
    Files.writeString(qdc, OTHER_TOOL, StandardCharsets.UTF_8);
    List<Codebook> books = RefiImport.readCodebook(qdc, bundled.analysis());
    assertEquals(List.of("verzuim", "hulpverlening_extern", "teamcodes"), books.stream().map(Codebook::id).toList());

    Codebook verzuim = books.get(0);
    assertEquals("Verzuim", verzuim.label());
    assertEquals(CodebookKind.MULTI, verzuim.kind());
    assertEquals("Alles over afwezigheid van school.", verzuim.description());
    assertEquals("REFI-QDA: teamcodes.qdc (QualCoder 3.6)", verzuim.source());
    assertEquals(List.of("ziekteverzuim", "ziek_gemeld_door_ouders", "luxeverzuim"),
        verzuim.codes().stream().map(Code::id).toList());
    Code ziek = verzuim.code("ziekteverzuim");
    assertEquals("Ziekteverzuim", ziek.label());
    assertEquals("Ziekmeldingen, ook langdurig.", ziek.description());
    assertEquals(null, ziek.parent());
    assertEquals("ziekteverzuim", verzuim.code("ziek_gemeld_door_ouders").parent());
    assertEquals("Ziek gemeld door ouders", verzuim.code("ziek_gemeld_door_ouders").label());
    assertEquals(8, verzuim.code("ziek_gemeld_door_ouders").line());

    Codebook hulp = books.get(1);
    assertEquals(List.of("jeugdzorg", "jeugdzorg_2", "een_op_een_begeleiding"), hulp.codes().stream().map(Code::id).toList());
    assertEquals("Één-op-één begeleiding", hulp.code("een_op_een_begeleiding").label());

    Codebook loose = books.get(2);
    assertEquals("teamcodes", loose.label());
    assertEquals(List.of("opvallend_citaat"), loose.codes().stream().map(Code::id).toList());

    assertTrue(books.stream().flatMap(b -> b.codes().stream()).allMatch(c -> c.allRules().isEmpty()),
        "codes from another tool have no rules");

    // Written as YAML, they load as ordinary codebooks.
    Path folder = dir.resolve("books");
    for (Codebook b : books) {
      RefiImport.writeCodebookYaml(b, folder);
    }
    CodebookFixtures.lexicon(folder);
    Codebooks loaded = Pipeline.loadCodebooks(folder).codebooks();
    assertEquals(CodebookViews.of(books).stream().sorted(java.util.Comparator.comparing(CodebookViews.BookView::id)).toList(),
        CodebookViews.of(loaded.list()).stream().sorted(java.util.Comparator.comparing(CodebookViews.BookView::id)).toList());
  }

  @Test
  void importIntoAFolderIsAllOrNothing() throws Exception {
    Path qdc = dir.resolve("teamcodes.qdc");
    Files.writeString(qdc, OTHER_TOOL, StandardCharsets.UTF_8);
    Path folder = dir.resolve("books");
    CodebookFixtures.lexicon(folder);
    CodebookFixtures.codebook(folder, "hulpverlening_extern", """
        id: hulpverlening_extern
        label: Bestaand
        kind: multi
        codes:
          - id: bestaand
            label: Bestaand
        """);
    DossierInputException e = assertThrows(DossierInputException.class,
        () -> RefiImport.importCodebooks(qdc, folder, false));
    assertTrue(e.getMessage().contains("codebook 'hulpverlening_extern' exists already"), e.getMessage());
    assertEquals(List.of("hulpverlening_extern.yaml", "lexicon"), listing(folder));

    List<Path> written = RefiImport.importCodebooks(qdc, folder, true);
    assertEquals(3, written.size());
    assertEquals(List.of("hulpverlening_extern.yaml", "lexicon", "teamcodes.yaml", "verzuim.yaml"), listing(folder));
    Codebooks loaded = Pipeline.loadCodebooks(folder).codebooks();
    assertEquals("Hulpverlening (extern)", loaded.get("hulpverlening_extern").label());
  }

  private static List<String> listing(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private DossierInputException rejected(String name, String xml) throws Exception {
    Path qdc = dir.resolve(name);
    Files.writeString(qdc, xml, StandardCharsets.UTF_8);
    DossierInputException e =
        assertThrows(DossierInputException.class, () -> RefiImport.readCodebook(qdc, bundled.analysis()));
    assertEquals(qdc, e.file());
    return e;
  }

  @Test
  void aCodebookThatDoesNotValidateIsRejectedWithLineAndSchemaMessage() throws Exception {
    DossierInputException e = rejected("bad.qdc", """
        <?xml version="1.0" encoding="UTF-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0">
          <Codes>
            <Code guid="6E5B2D1A-3C4F-4A8B-9D0E-1F2A3B4C5D6E" name="Verzuim" isCodable="true"/>
            <Code guid="not-a-guid" name="Ziek" isCodable="true"/>
          </Codes>
        </CodeBook>
        """);
    assertEquals(5, e.line());
    assertTrue(e.problem().startsWith("does not validate against the REFI-QDA schema Codebook.xsd: "), e.problem());
    assertTrue(e.problem().contains("not-a-guid"), e.problem());

    DossierInputException missing = rejected("missing.qdc", """
        <?xml version="1.0" encoding="UTF-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0">
          <Codes>
            <Code guid="6E5B2D1A-3C4F-4A8B-9D0E-1F2A3B4C5D6E" name="Verzuim"/>
          </Codes>
        </CodeBook>
        """);
    assertEquals(4, missing.line());
    assertTrue(missing.problem().contains("isCodable"), missing.problem());
  }

  @Test
  void wrongNamespaceProjectFileAndBrokenXmlAreRejected() throws Exception {
    DossierInputException ns = rejected("ns.qdc", """
        <?xml version="1.0" encoding="UTF-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:0.9"><Codes/></CodeBook>
        """);
    assertEquals(2, ns.line());
    assertEquals("not a REFI-QDA codebook: root element is {urn:QDA-XML:codebook:0.9}CodeBook; expected CodeBook "
        + "in namespace urn:QDA-XML:codebook:1.0", ns.problem());

    DossierInputException project = rejected("project.qdc", """
        <Project xmlns="urn:QDA-XML:project:1.0" name="x"/>
        """);
    assertTrue(project.problem().contains("this is a REFI-QDA project, not a codebook"), project.problem());

    DossierInputException broken = rejected("broken.qdc", """
        <?xml version="1.0" encoding="UTF-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0">
          <Codes>
        </CodeBook>
        """);
    assertEquals(4, broken.line());
    assertTrue(broken.problem().startsWith("not well-formed XML: "), broken.problem());
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "geheim", StandardCharsets.UTF_8);
    DossierInputException e = rejected("xxe.qdc", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE CodeBook [<!ENTITY x SYSTEM "%s">]>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0">
          <Codes><Code guid="6E5B2D1A-3C4F-4A8B-9D0E-1F2A3B4C5D6E" name="&x;" isCodable="true"/></Codes>
        </CodeBook>
        """.formatted(secret.toUri()));
    assertFalse(e.getMessage().contains("geheim"), e.getMessage());
    assertEquals("a DOCTYPE is not allowed in REFI-QDA files", e.problem());
    assertEquals(2, e.line());
  }

  @Test
  void aBrokenRuleInADossiercoderBlockNamesTheCodeLine() throws Exception {
    String xml = new String(Files.readAllBytes(export()), StandardCharsets.UTF_8);
    String broken = xml.replaceFirst("query: ", "query: '(unbalanced' # ");
    assertNotEquals(xml, broken);
    Path qdc = dir.resolve("edited.qdc");
    Files.writeString(qdc, broken, StandardCharsets.UTF_8);
    DossierInputException e =
        assertThrows(DossierInputException.class, () -> RefiImport.readCodebook(qdc, bundled.analysis()));
    assertTrue(e.problem().contains("query does not parse"), e.problem());
    int line = e.line();
    String atLine = xml.lines().skip(line - 1).findFirst().orElseThrow();
    assertTrue(atLine.contains("<Code "), "line " + line + " is a Code element: " + atLine);
  }
}
