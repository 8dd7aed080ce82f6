package org.dossiercoder.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.dossiercoder.ingest.DocumentRef;
import org.dossiercoder.ingest.DocumentType;
import org.dossiercoder.ingest.TextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transcripts become speaker turns; every sentence keeps its turn, speaker, role and question. */
class TranscriptSplitterTest {
  @TempDir Path dir;

  /** One segment as a line: turn, kind, speaker, role, text, question. */
  private static List<String> render(TranscriptSplitter.Result r) {
    return r.segments().stream()
        .map(s -> s.turn() + "|" + s.speakerKind().key() + "|" + s.speaker() + "|" + s.role() + "|" + s.text()
            + "|" + s.question())
        .toList();
  }

  private static void offsetsPointIntoText(String text, TranscriptSplitter.Result r) {
    for (int i = 0; i < r.segments().size(); i++) {
      Segment s = r.segments().get(i);
      assertEquals(i, s.ordinal(), "ordinals count from 0 in document order");
      assertEquals(s.text(), text.substring(s.start(), s.end()), "offsets of " + s);
    }
  }

  @Test
  void shortLabelsGiveNumberedTurnsWithTheirQuestion() {
    String text = """
        Interview leerling, casus c901, maart 2016
        I: Hoe gaat het op school?
        R: Niet zo goed.
        I: Wat is er gebeurd? Vertel eens.
        R: Ik ben vaak ziek. Dan blijf ik thuis.
        R: En mijn broer ook.
        """;
    TranscriptSplitter.Result r = TranscriptSplitter.split(text, "leerling");
    assertTrue(r.hasTurns());
    assertEquals(5, r.turns());
    assertEquals("leerling", r.role());
    assertEquals(List.of(
        "0|header||leerling|Interview leerling, casus c901, maart 2016|",
        "1|interviewer|I|leerling|Hoe gaat het op school?|",
        "2|respondent|R|leerling|Niet zo goed.|Hoe gaat het op school?",
        "3|interviewer|I|leerling|Wat is er gebeurd?|",
        "3|interviewer|I|leerling|Vertel eens.|",
        "4|respondent|R|leerling|Ik ben vaak ziek.|Wat is er gebeurd? Vertel eens.",
        "4|respondent|R|leerling|Dan blijf ik thuis.|Wat is er gebeurd? Vertel eens.",
        "5|respondent|R|leerling|En mijn broer ook.|Wat is er gebeurd? Vertel eens."), render(r));
    offsetsPointIntoText(text, r);
  }

  @Test
  void aTranscriptionServicesLettersAndTimestampsGiveTurns() {
    String text = """
        Transcriptie TZ-31 – duo-interview moeder (M) en dochter (J, 15)
        [00:00:05] I: Hoe begon het?
        [00:00:09] M: Met buikpijn. Elke ochtend.
        [00:00:15] J: Ik wilde gewoon niet.
        [00:00:20] I: En daarna?
        [00:00:22] J: Toen ging ik weer.
        [00:00:30] M: Gelukkig.
        """;
    TranscriptSplitter.Result r = TranscriptSplitter.split(text, "ouder");
    assertTrue(r.hasTurns());
    assertEquals(List.of(
        "0|header||ouder|Transcriptie TZ-31 – duo-interview moeder (M) en dochter (J, 15)|",
        "1|interviewer|I|ouder|Hoe begon het?|",
        "2|respondent|M|ouder|Met buikpijn.|Hoe begon het?",
        "2|respondent|M|ouder|Elke ochtend.|Hoe begon het?",
        "3|respondent|J|leerling|Ik wilde gewoon niet.|Hoe begon het?",
        "4|interviewer|I|ouder|En daarna?|",
        "5|respondent|J|leerling|Toen ging ik weer.|En daarna?",
        "6|respondent|M|ouder|Gelukkig.|En daarna?"), render(r));
    offsetsPointIntoText(text, r);
  }

  @Test
  void aLegendInTheHeaderWinsOverTheBuiltInLetters() {
    String text = """
        Transcriptie interview TZ-14 – vader
        I = interviewer, V = vader, O = oom van de jongere. Namen vervangen door [naam].
        I: Hoe ging het?
        V: Niet goed.
        O: Hij zegt: slecht.
        """;
    assertEquals(List.of("2|respondent|V|ouder", "3|respondent|O|"), respondents(text, ""),
        "V is the father here, not the 'vraag' of a question-and-answer transcript");
    String qa = """
        V: Hoe gaat het?
        A: Goed.
        V: En op school?
        A: Ook goed.
        """;
    assertEquals(List.of("2|respondent|A|ouder", "4|respondent|A|ouder"), respondents(qa, "ouder"),
        "without another interviewer label V asks the questions");
    String letters = """
        INT: Wanneer kwam hij in beeld?
        T: In maart.
        INT: En toen?
        T: Een thuiszitterstafel.
        NB: opname haperde hier.
        """;
    assertEquals(List.of("2|respondent|T|swv", "4|respondent|T|swv"), respondents(letters, "swv"),
        "an unknown letter beside an interviewer is a respondent of the document's role; a note is none");
  }

  /** The respondent turns as turn, kind, speaker and role, one line per turn. */
  private static List<String> respondents(String text, String fileRole) {
    return TranscriptSplitter.split(text, fileRole).segments().stream()
        .filter(s -> s.speakerKind() == SpeakerKind.RESPONDENT)
        .map(s -> s.turn() + "|" + s.speakerKind().key() + "|" + s.speaker() + "|" + s.role())
        .distinct().toList();
  }

  @Test
  void longLabelsAndRoleNamesGiveTheSpeakersRole() {
    String text = """
        Interviewer: Kunt u de thuissituatie schetsen?
        Moeder: We wonen met z'n drieën.
        Vader: Ik werk veel.
        Onderzoeker 2: En de school?
        LPA: Ik ben er later bij gekomen.
        Respondent: Dat klopt.
        """;
    TranscriptSplitter.Result r = TranscriptSplitter.split(text, "ouder");
    assertEquals(List.of(
        "1|interviewer|Interviewer|ouder|Kunt u de thuissituatie schetsen?|",
        "2|respondent|Moeder|ouder|We wonen met z'n drieën.|Kunt u de thuissituatie schetsen?",
        "3|respondent|Vader|ouder|Ik werk veel.|Kunt u de thuissituatie schetsen?",
        "4|interviewer|Onderzoeker|ouder|En de school?|",
        "5|respondent|LPA|leerplichtambtenaar|Ik ben er later bij gekomen.|En de school?",
        "6|respondent|Respondent|ouder|Dat klopt.|En de school?"), render(r));
    offsetsPointIntoText(text, r);
  }

  @Test
  void aHeaderLineNamesTheRoleOverTheFileName() {
    String text = "Casus c902\nRespondent: zorgcoördinator\n\nI: Wat deed de school?\nR: We belden meteen.\n";
    TranscriptSplitter.Result r = TranscriptSplitter.split(text, "leerling");
    assertEquals("zorgcoordinator", r.role());
    assertEquals(List.of(
        "0|header||zorgcoordinator|Casus c902|",
        "0|header||zorgcoordinator|Respondent: zorgcoördinator|",
        "1|interviewer|I|zorgcoordinator|Wat deed de school?|",
        "2|respondent|R|zorgcoordinator|We belden meteen.|Wat deed de school?"), render(r));
    assertEquals("mentor", TranscriptSplitter.split("Rol: Mentor\nV: Hoe ging het?\nA: Goed.\n", "").role());
    // 'Respondent:' followed by an answer is a turn, not a header.
    TranscriptSplitter.Result answer = TranscriptSplitter.split("Vraag: Klopt dat?\nRespondent: Ja, dat klopt.\n", "ouder");
    assertEquals("ouder", answer.role());
    assertEquals(2, answer.turns());
  }

  @Test
  void aLongTurnIsSplitIntoSentencesThatKeepTheTurn() {
    String answer = "Het begon in de brugklas. Ze was vaak moe. Toen kwamen de buikpijn en de angst. "
        + "Na de kerstvakantie ging ze helemaal niet meer. Nu gaat ze twee ochtenden.";
    String text = "I: Hoe is het begonnen?\nR: " + answer + "\nI: Dank u.\n";
    TranscriptSplitter.Result r = TranscriptSplitter.split(text, "ouder");
    List<Segment> turn2 = r.segments().stream().filter(s -> s.turn() == 2).toList();
    assertEquals(5, turn2.size());
    for (Segment s : turn2) {
      assertEquals(SpeakerKind.RESPONDENT, s.speakerKind());
      assertEquals("Hoe is het begonnen?", s.question());
      assertEquals("R", s.speaker());
    }
    assertEquals("Nu gaat ze twee ochtenden.", turn2.get(4).text());
    assertEquals(3, r.segments().get(r.segments().size() - 1).turn());
    offsetsPointIntoText(text, r);
  }

  @Test
  void aTranscriptWithoutTurnsIsPlainText() {
    String text = "Gesprek met moeder over de thuissituatie.\nZe vertelt dat het slecht gaat.\n";
    TranscriptSplitter.Result r = TranscriptSplitter.split(text, "ouder");
    assertFalse(r.hasTurns());
    assertEquals(List.of(
        "0|||ouder|Gesprek met moeder over de thuissituatie.|",
        "0|||ouder|Ze vertelt dat het slecht gaat.|"), render(r));
    // Interviewer lines alone are no interview either.
    assertFalse(TranscriptSplitter.split("I: Hallo?\nI: Is daar iemand?\n", "").hasTurns());
  }

  @Test
  void aDocxTableWithASpeakerColumnGivesTurns() throws Exception {
    Path file = dir.resolve("interview-mentor.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText("Interview mentor, casus c903");
      XWPFTable table = doc.createTable(4, 2);
      String[][] rows = {
        {"Spreker", "Tekst"},
        {"Interviewer", "Hoe was haar werkhouding?"},
        {"Mentor", "Huiswerk niet af. Geen agenda."},
        {"Interviewer", "En nu?"}
      };
      for (int i = 0; i < rows.length; i++) {
        table.getRow(i).getCell(0).setText(rows[i][0]);
        table.getRow(i).getCell(1).setText(rows[i][1]);
      }
      doc.write(out);
    }
    DocumentRef ref = new DocumentRef("c903/interview-mentor.docx", "c903", file, DocumentType.INTERVIEW, "mentor");
    TextExtractor.Result extracted = new TextExtractor().extract(ref);
    assertTrue(extracted.ok(), String.valueOf(extracted.problem()));
    String text = extracted.document().text();
    // Tika renders every cell on its own line, tab-indented: the label stands alone on a line.
    assertTrue(text.contains("\tMentor\n"), text);
    TranscriptSplitter.Result r = TranscriptSplitter.split(text, ref.role());
    assertEquals(List.of(
        "0|header||mentor|Interview mentor, casus c903|",
        "0|header||mentor|Spreker|",
        "0|header||mentor|Tekst|",
        "1|interviewer|Interviewer|mentor|Hoe was haar werkhouding?|",
        "2|respondent|Mentor|mentor|Huiswerk niet af.|Hoe was haar werkhouding?",
        "2|respondent|Mentor|mentor|Geen agenda.|Hoe was haar werkhouding?",
        "3|interviewer|Interviewer|mentor|En nu?|"), render(r));
    offsetsPointIntoText(text, r);
  }

  @Test
  void rolesOfLabelsAndFileNames() {
    assertEquals("ouder", TranscriptSplitter.roleOf("Moeder"));
    assertEquals("zorgcoordinator", TranscriptSplitter.roleOf("Zorgcoördinator"));
    assertEquals("schoolmaatschappelijk_werker", TranscriptSplitter.roleOf("Schoolmaatschappelijk werker"));
    assertEquals("swv", TranscriptSplitter.roleOf("consulent"));
    assertEquals(null, TranscriptSplitter.roleOf("R"));
    assertEquals("schoolmaatschappelijk_werker",
        DocumentType.roleOfFileName("interview-schoolmaatschappelijk_werker-2.txt"));
    assertEquals("ouder", TranscriptSplitter.split("I: Hoe ging het?\nR: Slecht.\n", "moeder").role(),
        "interview-moeder.txt is a parent's interview");
    assertEquals("oma", TranscriptSplitter.split("I: Hoe ging het?\nR: Slecht.\n", "oma").role(),
        "a file role outside the conventions stays as written");
  }
}
