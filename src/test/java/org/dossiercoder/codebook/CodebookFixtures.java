package org.dossiercoder.codebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small codebook folders for tests. */
public final class CodebookFixtures {
  private CodebookFixtures() {}

  /** A lexicon with a few compound parts, one synonym list and a trigger list. */
  public static void lexicon(Path codebooks) throws IOException {
    Path lex = codebooks.resolve("lexicon");
    Files.createDirectories(lex);
    Files.writeString(lex.resolve("compound-parts.txt"),
        "# test parts\nverzuim\nschool\nziekte\ngedrag\nproblemen\nprobleem\nleerplicht\nambtenaar\n",
        StandardCharsets.UTF_8);
    Files.writeString(lex.resolve("afkortingen.txt"),
        "lpa, leerplichtambtenaar\npv, proces-verbaal, procesverbaal\n", StandardCharsets.UTF_8);
    Files.writeString(lex.resolve("context-triggers.txt"),
        "# negation\ngeen\tnegated\tforward\ngeen aanwijzingen voor\tnegated\tforward\nniet\tnegated\tforward\n"
            + "uitgesloten\tnegated\tbackward\ngeen verbetering\tpseudo\t-\n"
            + "indien\thypothetical\tforward\nbroer\tother_person\tforward\nmaar\ttermination\t-\n",
        StandardCharsets.UTF_8);
  }

  /** Writes a codebook file. */
  public static Path codebook(Path codebooks, String id, String yaml) throws IOException {
    Files.createDirectories(codebooks);
    Path file = codebooks.resolve(id + ".yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }
}
