package org.dossiercoder.agreement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.Lexicon;

/** A small codebook folder (multi {@code risico}, single {@code patroon}) and case-code files. */
final class AgreementFixtures {
  private AgreementFixtures() {}

  /** Writes the codebooks into a folder and loads them. */
  static Codebooks codebooks(Path dir) throws IOException, DossierInputException {
    CodebookFixtures.lexicon(dir);
    CodebookFixtures.codebook(dir, "risico", """
        id: risico
        label: Risico
        kind: multi
        order: 1
        codes:
          - id: gedrag
            label: Gedrag
            rules:
              - query: 'gedrag'
          - id: gedrag_agressief
            parent: gedrag
            label: Agressief
            rules:
              - query: 'agressief'
          - id: ziekte
            label: Ziekte
            rules:
              - query: 'ziek'
        """);
    CodebookFixtures.codebook(dir, "patroon", """
        id: patroon
        label: Patroon
        kind: single
        order: 2
        codes:
          - id: eenmalig
            label: Eenmalig
            rules:
              - query: 'eenmalig'
          - id: langdurig
            label: Langdurig
            rules:
              - query: 'langdurig'
          - id: escalerend
            label: Escalerend
            rules:
              - query: 'escalerend'
        """);
    return Codebooks.load(dir, new DutchAnalysis(Lexicon.load(dir)));
  }

  /** Writes a case-code file from lines of text. */
  static Path csv(Path dir, String name, String... lines) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }
}
