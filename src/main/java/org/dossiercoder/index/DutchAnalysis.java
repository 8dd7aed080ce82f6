package org.dossiercoder.index;

import java.io.Reader;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.dossiercoder.DossierInputException;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Dutch analysis chain, in two variants that must agree token for token.
 *
 * <ul>
 *   <li>Index side: standard tokens, lower case, accents folded, compounds split into their parts
 *       (the whole word is kept), stem overrides, Dutch Snowball stemming. So {@code
 *       schoolverzuim} is indexed as {@code schoolverzuim}, {@code school} and {@code verzuim}.
 *   <li>Query side: the same without compound splitting (a rule on {@code schoolverzuim} must not
 *       match every {@code school}), plus the codebook's synonym lists, so that a rule on {@code
 *       leerplichtambtenaar} also finds {@code LPA}.
 * </ul>
 */
public final class DutchAnalysis {
  /** The field that holds segment text. */
  public static final String TEXT_FIELD = "text";
  /** The field that holds the question a transcript turn answers. */
  public static final String QUESTION_FIELD = "question";
  /**
   * The field that holds a sentence's label, the words before a colon that opens it
   * ("Afspraken:", "Besluit: …"); rules address it as {@code label:afspraken}.
   */
  public static final String LABEL_FIELD = "label";

  private static final int MIN_WORD = 6;
  private static final int MIN_PART = 4;
  private static final int MAX_PART = 24;

  private final Lexicon lexicon;
  private final Analyzer indexAnalyzer;

  /** A chain over the lists of a lexicon. */
  public DutchAnalysis(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.indexAnalyzer = new Chain(lexicon, true, null);
  }

  /** The lexicon behind this chain. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /** The analyzer used when indexing segment text. */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /**
   * A query parser for rules of a codebook with the given synonym lists: classic Lucene syntax,
   * OR as default operator, multi-word terms and synonyms as phrases, no leading wildcards.
   *
   * @throws DossierInputException when a synonym list is unknown or malformed
   */
  public QueryParser ruleParser(List<String> synonymLists) throws DossierInputException {
    SynonymMap synonyms = synonymLists.isEmpty() ? null : lexicon.synonyms(synonymLists);
    return parser(new Chain(lexicon, false, synonyms));
  }

  /**
   * A parser like {@link #ruleParser} whose default field is the question a turn answers, for a
   * rule's {@code question:} query.
   *
   * @throws DossierInputException when a synonym list is unknown or malformed
   */
  public QueryParser questionParser(List<String> synonymLists) throws DossierInputException {
    SynonymMap synonyms = synonymLists.isEmpty() ? null : lexicon.synonyms(synonymLists);
    return parser(new Chain(lexicon, false, synonyms), QUESTION_FIELD);
  }

  private static QueryParser parser(Analyzer analyzer) {
    return parser(analyzer, TEXT_FIELD);
  }

  private static QueryParser parser(Analyzer analyzer, String field) {
    QueryParser parser = new SlopKeepingParser(field, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    // Whitespace separates terms as a rule writer expects ("a b" unquoted is a OR b); within a
    // term, words the tokenizer splits ("proces-verbaal") must stay together as a phrase.
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    parser.setAllowLeadingWildcard(false);
    return parser;
  }

  /**
   * The classic parser, except that a phrase's slop also reaches the phrases a synonym expands it
   * into: {@code "buurtteam besproken"~2} becomes one phrase per form of "buurtteam" (bt,
   * bt-medewerker, …), and the classic parser applies the slop only to a single phrase, so each
   * of those phrases would have to match word for word.
   */
  static final class SlopKeepingParser extends QueryParser {
    SlopKeepingParser(String field, Analyzer analyzer) {
      super(field, analyzer);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return withSlop(super.getFieldQuery(field, queryText, slop), slop);
    }

    static Query withSlop(Query query, int slop) {
      if (slop <= 0) {
        return query;
      }
      if (query instanceof BooleanQuery b) {
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        out.setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        for (BooleanClause c : b.clauses()) {
          out.add(withSlop(c.getQuery(), slop), c.getOccur());
        }
        return out.build();
      }
      if (query instanceof PhraseQuery p && p.getSlop() != slop) {
        PhraseQuery.Builder out = new PhraseQuery.Builder();
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        for (int i = 0; i < terms.length; i++) {
          out.add(terms[i], positions[i]);
        }
        return out.setSlop(slop).build();
      }
      if (query instanceof MultiPhraseQuery m && m.getSlop() != slop) {
        return new MultiPhraseQuery.Builder(m).setSlop(slop).build();
      }
      return query;
    }
  }

  /** One analysis chain; see the class comment for the two variants. */
  static final class Chain extends Analyzer {
    private static final Pattern CAPITAL_ZAT = Pattern.compile("\\bZAT\\b");
    private final Lexicon lexicon;
    private final boolean splitCompounds;
    private final SynonymMap synonyms;

    Chain(Lexicon lexicon, boolean splitCompounds, SynonymMap synonyms) {
      this.lexicon = lexicon;
      this.splitCompounds = splitCompounds;
      this.synonyms = synonyms;
    }

    /**
     * "ZAT" in capitals is the zorg- en adviesteam; in lower case "zat" is a verb ("hij zat thuis"),
     * which is why the abbreviation list cannot hold it: the case is read before it is folded.
     */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new PatternReplaceCharFilter(CAPITAL_ZAT, "zorgadviesteam", reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream ts = new LowerCaseFilter(source);
      ts = new ASCIIFoldingFilter(ts);
      if (synonyms != null) {
        ts = new SynonymGraphFilter(ts, synonyms, true);
      }
      if (splitCompounds && !lexicon.compoundParts().isEmpty()) {
        ts = new CompoundSplitter(ts, lexicon.compoundParts(), MIN_WORD, MIN_PART, MAX_PART);
      }
      ts = new StemmerOverrideFilter(ts, lexicon.stemOverrides());
      ts = new SnowballFilter(ts, new DutchStemmer());
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      // Wildcard and prefix terms are not stemmed, only folded like the text.
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
