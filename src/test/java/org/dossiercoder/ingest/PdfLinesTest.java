package org.dossiercoder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dossiercoder.synth.DocumentFormatWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF's lines that the page wrapped are one sentence again; its real line ends stay. */
class PdfLinesTest {
  @TempDir Path dir;

  private static final String WRAPPED = String.join("\n",
      "3. Gegevens uit het dossier",
      "- A. verscheen niet op twee intakes bij het OPDC en moeder reageerde niet op de brief van de",
      "zorgcoördinator, ook niet toen die in vertaling werd verstuurd aan het adres dat school kende.",
      "- Doublure in leerjaar 2.",
      "aanwezig: zorgcoördinator (vz), verzuimcoördinator (verslag), mentor, leerplichtambtenaar, AB",
      "afwezig: moeder (uitgenodigd per brief en telefonisch, geen reactie)",
      "ma 17-11-2014: gesprek met mentor over de schorsing en de afspraken met de leerplichtambtenaar",
      "di 18-11-2014: lln niet op school.",
      "Het verzuim liep in periode 2 op tot 44 lesuren, waaronder drie hele dagen en losse uren aan het",
      "",
      "Conclusie");

  @Test
  void joinsOnlyLinesThatRanOnBecauseTheyWereFull() {
    String out = PdfLines.unwrap(WRAPPED);
    assertEquals(WRAPPED.length(), out.length(), "offsets into the text stay the same");
    String[] lines = out.split("\n", -1);
    assertEquals("- A. verscheen niet op twee intakes bij het OPDC en moeder reageerde niet op de brief van de"
        + " zorgcoördinator, ook niet toen die in vertaling werd verstuurd aan het adres dat school kende.", lines[1],
        "a full line that ends mid-sentence runs on");
    assertEquals("- Doublure in leerjaar 2.", lines[2], "a new item keeps its line");
    assertTrue(lines[3].startsWith("aanwezig:") && lines[4].startsWith("afwezig:"),
        "a label opens a new line, even after a full line without a full stop");
    assertTrue(lines[5].startsWith("ma 17-11-2014") && lines[6].startsWith("di 18-11-2014"),
        "a dated entry opens a new line");
    assertEquals("", lines[8], "a blank line stays a paragraph break");
    assertEquals(10, lines.length);
  }

  @Test
  void aShortLineIsNeverJoined() {
    assertEquals("1. Aanleiding\nA. wordt aangemeld", PdfLines.unwrap("1. Aanleiding\nA. wordt aangemeld"));
  }

  @Test
  void theExtractorUnwrapsAPdfThatThePageWrapped() throws Exception {
    String sentence = "Na twee gesprekken met de jeugdarts en een huisbezoek van het buurtteam verscheen A. niet op"
        + " de twee intakes bij het OPDC, en het OPDC houdt de plek daarom niet langer voor hem open.";
    Path file = dir.resolve("verslag.pdf");
    DocumentFormatWriter.write(file, "Verslag MDO\n" + sentence + "\nActie: LPA belt moeder.");
    DocumentRef ref = new DocumentRef("c1/verslag.pdf", "c1", file, DocumentType.OVERIG, "");
    TextExtractor.Result r = new TextExtractor().extract(ref);
    assertTrue(r.ok(), String.valueOf(r.problem()));
    String text = r.document().text();
    assertTrue(text.contains(sentence), "one line again: " + text);
    assertTrue(text.contains("\nActie: LPA belt moeder."), text);
  }
}
