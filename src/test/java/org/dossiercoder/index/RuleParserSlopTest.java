package org.dossiercoder.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** A phrase's slop holds for every phrase a synonym list expands it into. */
class RuleParserSlopTest {

  @Test
  void slopReachesEveryPhraseOfASynonymExpansion() throws Exception {
    DutchAnalysis analysis = new DutchAnalysis(Lexicon.load(Path.of("codebooks")));
    Query q = analysis.ruleParser(List.of("afkortingen")).parse("\"buurtteam besproken\"~2");
    assertTrue(q instanceof BooleanQuery, "buurtteam has synonyms (bt, bt-medewerker, …): " + q);
    List<BooleanClause> clauses = ((BooleanQuery) q).clauses();
    assertTrue(clauses.size() > 1, q.toString());
    for (BooleanClause c : clauses) {
      assertEquals(2, ((PhraseQuery) c.getQuery()).getSlop(), c.getQuery().toString());
    }
  }

  @Test
  void phrasesWithOneWordSynonymsOrNoneKeepTheirSlop() throws Exception {
    DutchAnalysis analysis = new DutchAnalysis(Lexicon.load(Path.of("codebooks")));
    Query plain = analysis.ruleParser(List.of("afkortingen")).parse("\"slaapt slecht\"~3");
    assertEquals(3, ((PhraseQuery) plain).getSlop(), plain.toString());
    Query oneWord = analysis.ruleParser(List.of("afkortingen")).parse("\"moeder belt\"~3");
    assertEquals(3, ((MultiPhraseQuery) oneWord).getSlop(), oneWord.toString());
  }
}
