package org.dossiercoder.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analysis chain with the lexicon shipped in codebooks/lexicon. */
class BundledLexiconTest {
  static final Path CODEBOOKS = Path.of("codebooks");

  private static boolean matches(String rule, String text) throws Exception {
    DutchAnalysis analysis = new DutchAnalysis(Lexicon.load(CODEBOOKS));
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analysis.indexAnalyzer()))) {
      Document d = new Document();
      d.add(new TextField(DutchAnalysis.TEXT_FIELD, text, Field.Store.NO));
      w.addDocument(d);
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        QueryParser parser = analysis.ruleParser(List.of("afkortingen"));
        return new IndexSearcher(r).count(parser.parse(rule)) == 1;
      }
    }
  }

  @ParameterizedTest(name = "rule {0} finds \"{1}\"")
  @CsvSource({
    "verzuim, Het schoolverzuim loopt op",
    "verzuim, Veel ziekteverzuim in periode 3",
    "verzuim, Verzuimmelding gedaan bij DUO",
    "gedrag, Er zijn gedragsproblemen in de klas",
    "gedrag, Lln vertoont probleemgedrag",
    "leerplichtambtenaar, Gesprek met de LPA gepland",
    "samenwerkingsverband, Aanmelding bij het SWV",
    "coordinator, De zorgcoördinator belt moeder",
    "geinterviewd, Moeder is geïnterviewd",
    "proces-verbaal, Er wordt een PV opgemaakt",
    "jeugdgezondheidszorg, Verwezen naar JGZ",
    "pesten, Lln wordt op school gepest",
    "schorsen, Hij is drie dagen geschorst",
    "kind, De kinderen wonen bij vader",
    "agressief, Agressieve uitbarsting in de klas",
    "verwijzen, Lln is verwezen naar de GGZ",
    "mentor, Met mnt afgesproken: achterstand bijwerken",
  })
  void findsCompoundsAbbreviationsAndAccents(String rule, String text) throws Exception {
    assertEquals(true, matches(rule, text));
  }

  @Test
  void aCompoundInARuleDoesNotMatchItsPartsAlone() throws Exception {
    assertEquals(false, matches("schoolverzuim", "De school belt over verzuim van broer"));
  }

  @ParameterizedTest(name = "rule {0} does not find: {1}")
  @CsvSource({
    "vervolging, Vervolg: gesprek met de mentor volgende week",
    "vakken, Lln is vaak te laat",
    "spraak, Er is geen sprake van pesten",
    "gaten, Hij gaat weer naar school",
    "afstandelijk, Er is afstand tot school",
  })
  void theStemmerDoesNotConflateUnrelatedWords(String rule, String text) throws Exception {
    assertEquals(false, matches(rule, text));
  }
}
