package org.dossiercoder.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossiercoder.Pipeline;
import org.dossiercoder.Project;
import org.dossiercoder.RunOptions;
import org.dossiercoder.analysis.AttributeScheme;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.ingest.Corpus;
import org.dossiercoder.store.StoredSegment;

/** A small synthetic coded project for the review screen's tests: three cases, two codebooks. */
final class ReviewFixture {
  static final String RISICO = """
      id: risicoprofiel
      label: Risicoprofielen
      kind: multi
      codes:
        - id: gedrag
          label: Gedragsproblematiek
          description: Gedrag dat de schoolgang belemmert.
          rules: [{id: agressie, query: 'agressief OR brutaal'}]
        - id: persoonlijk
          label: Persoonlijke problematiek
          rules: [{id: thuis, query: 'scheiding'}]
        - id: niveau
          label: Niveauproblematiek
          rules: [{id: achterstand, query: 'leerachterstand'}]
        - id: niveau_lezen
          parent: niveau
          label: zwakke lezer
          rules: [{id: lezen, query: 'leesprobleem'}]
      """;

  static final String INTERVENTIE = """
      id: interventie
      label: Interventies
      kind: multi
      codes:
        - id: sanctionerend
          label: Sanctionerende interventies
          rules: [{id: waarschuwing, query: 'waarschuwing'}]
        - id: hulp
          label: Hulpondersteunende interventies
          rules: [{id: buurtteam, query: 'buurtteam OR jeugdarts'}]
      """;

  final Path corpus;
  final Path books;
  final Path out;

  private ReviewFixture(Path dir) {
    corpus = dir.resolve("corpus");
    books = dir.resolve("codebooks");
    out = dir.resolve("out");
  }

  /** Writes the corpus and codebooks and codes them. */
  static ReviewFixture create(Path dir) throws Exception {
    ReviewFixture f = new ReviewFixture(dir);
    CodebookFixtures.lexicon(f.books);
    CodebookFixtures.codebook(f.books, "risicoprofiel", RISICO);
    CodebookFixtures.codebook(f.books, "interventie", INTERVENTIE);
    for (String c : new String[] {"k1", "k2", "k3"}) {
      Files.createDirectories(f.corpus.resolve(c));
    }
    Files.writeString(f.corpus.resolve("cases.csv"), "case_id,age,sex,schooltype\nk1,14,M,vmbo_bb\nk2,15,V,havo\nk3,13,M,vwo\n");
    Files.writeString(f.corpus.resolve("k1/journaal.txt"), """
        01-02-2015 Melding door school. Lln was brutaal tegen de mentor.
        02-02-2015 Er zijn geen aanwijzingen voor een scheiding van de ouders.
        03-02-2015 Gesprek met moeder. Lln heeft moeite met plannen en haalt lage cijfers.
        10-02-2015 Officiële waarschuwing verstuurd. Het buurtteam wordt ingeschakeld.
        """);
    Files.writeString(f.corpus.resolve("k2/journaal.txt"), """
        01-03-2015 Broer is agressief op straat.
        02-03-2015 Lln heeft een leerachterstand van twee jaar.
        09-03-2015 Afspraak bij de jeugdarts gemaakt.
        """);
    Files.writeString(f.corpus.resolve("k3/journaal.txt"), """
        05-03-2015 Lln is brutaal in de klas en heeft een leesprobleem.
        12-03-2015 Moeder meldt een scheiding; lln slaapt slecht.
        """);
    Pipeline.run(RunOptions.builder().corpus(f.corpus).codebooks(f.books).out(f.out).threads(1).build(), s -> { });
    return f;
  }

  /** Starts a server on any free port. */
  ReviewServer start(String coder) throws Exception {
    return ReviewServer.start(out, Corpus.load(corpus), Pipeline.loadCodebooks(books).codebooks(),
        AttributeScheme.load(books), coder, 0, new PrintWriter(new StringWriter()));
  }

  /** Opens the project beside the server, as another reader of the same database. */
  Project project() throws Exception {
    return Project.open(out, Corpus.load(corpus), Pipeline.loadCodebooks(books).codebooks());
  }

  /** The key of the sentence of a case that contains some words. */
  static StoredSegment segment(Project p, String caseId, String words) throws Exception {
    for (StoredSegment s : p.store().segments().values()) {
      if (s.caseId().equals(caseId) && s.text().contains(words)) {
        return s;
      }
    }
    throw new AssertionError("no segment with '" + words + "'");
  }
}
