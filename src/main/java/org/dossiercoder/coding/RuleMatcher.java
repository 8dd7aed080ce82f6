package org.dossiercoder.coding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.codebook.DocumentScope;
import org.dossiercoder.codebook.MatchContext;
import org.dossiercoder.codebook.Rule;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.SegmentIndex;
import org.dossiercoder.index.SpeakerKind;
import org.dossiercoder.ingest.DocumentType;

/**
 * Runs every rule of every codebook against the segment index, in parallel over rules, and
 * returns one {@link SegmentCoding} per (segment, code, rule) with the context of the match.
 */
public final class RuleMatcher {
  private final ContextClassifier classifier;

  /** A matcher that classifies match contexts with this classifier. */
  public RuleMatcher(ContextClassifier classifier) {
    this.classifier = classifier;
  }

  private record Task(Codebook book, Code code, Rule rule) {}

  /**
   * All codings of the index, sorted by case, document, segment, codebook, code and rule.
   *
   * @param reader the index reader
   * @param codebooks the compiled codebooks
   * @param pool the threads to run rules on
   */
  public List<SegmentCoding> match(DirectoryReader reader, Codebooks codebooks, ExecutorService pool)
      throws IOException {
    IndexSearcher searcher = SegmentIndex.searcher(reader);
    List<Future<List<SegmentCoding>>> futures = new ArrayList<>();
    for (Codebook book : codebooks.list()) {
      for (Code code : book.codes()) {
        for (Rule rule : code.allRules()) {
          Task task = new Task(book, code, rule);
          futures.add(pool.submit(() -> run(searcher, task)));
        }
      }
    }
    List<SegmentCoding> all = new ArrayList<>();
    for (Future<List<SegmentCoding>> f : futures) {
      try {
        all.addAll(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while coding", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UncheckedIOException u) {
          throw u.getCause();
        }
        throw new IllegalStateException("rule failed: " + e.getCause(), e.getCause());
      }
    }
    all.sort(ORDER);
    return all;
  }

  /** Case, document, segment, codebook, code, rule. */
  public static final Comparator<SegmentCoding> ORDER =
      Comparator.comparing(SegmentCoding::caseId)
          .thenComparing(SegmentCoding::docId)
          .thenComparingInt(SegmentCoding::ordinal)
          .thenComparing(SegmentCoding::codebook)
          .thenComparing(SegmentCoding::code)
          .thenComparing(SegmentCoding::rule);

  private List<SegmentCoding> run(IndexSearcher searcher, Task task) {
    try {
      Query query = scoped(task.rule());
      Weight weight =
          searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      DocumentScope scope = task.rule().scope();
      Set<String> with = scope.compiledWith() == null ? null : documentsMatching(searcher, scope.compiledWith());
      Set<String> without =
          scope.compiledWithout() == null ? Set.of() : documentsMatching(searcher, scope.compiledWithout());
      List<SegmentCoding> out = new ArrayList<>();
      eachMatch(searcher, weight, (leaf, doc, stored) -> {
        Document d = stored.document(doc);
        String date = d.get(SegmentIndex.DATE);
        if (!scope.isAny()) {
          String key = documentKey(d);
          if ((with != null && !with.contains(key)) || without.contains(key)) {
            return;
          }
        }
        if (task.rule().appliesOn(date == null ? "" : date)) {
          out.add(coding(task, d, weight.matches(leaf, doc)));
        }
      });
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The documents (case and document id) where some segment, headings and titles included,
   * matches the query: a title such as "INTAKEGESPREK ENTREE" says what kind of file it is.
   */
  private static Set<String> documentsMatching(IndexSearcher searcher, Query query) throws IOException {
    Set<String> keys = new HashSet<>();
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Set<String> fields = Set.of(SegmentIndex.CASE, SegmentIndex.DOC);
    eachMatch(searcher, weight, (leaf, doc, stored) -> keys.add(documentKey(stored.document(doc, fields))));
    return keys;
  }

  /** What is done with one live segment a query matched. */
  private interface MatchVisitor {
    void visit(LeafReaderContext leaf, int doc, StoredFields stored) throws IOException;
  }

  /** Visits every live segment the weight matches, leaf by leaf. */
  private static void eachMatch(IndexSearcher searcher, Weight weight, MatchVisitor visitor) throws IOException {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live == null || live.get(doc)) {
          visitor.visit(leaf, doc, stored);
        }
      }
    }
  }

  private static String documentKey(Document d) {
    return d.get(SegmentIndex.CASE) + '\u0000' + d.get(SegmentIndex.DOC);
  }

  /**
   * Whether a segment outside a transcript is a title or a bare heading: written in capitals, or one
   * word with no punctuation at all ("Overdracht"). Two words may already be a clipped journal line
   * ("Moeder gebeld").
   */
  static boolean isTitle(String text) {
    String t = text.strip();
    int letters = 0;
    boolean lower = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
      }
    }
    if (letters >= 4 && !lower) {
      return true;
    }
    return t.split("\\s+").length == 1 && !t.matches(".*[.:;,!?)\\]].*");
  }

  private SegmentCoding coding(Task task, Document d, Matches matches) throws IOException {
    String text = d.get(DutchAnalysis.TEXT_FIELD);
    int segStart = d.getField(SegmentIndex.START).numericValue().intValue();
    int first = -1;
    int last = -1;
    MatchContext chosen = null;
    boolean counted = false;
    MatchesIterator spans = matches == null ? null : matches.getMatches(DutchAnalysis.TEXT_FIELD);
    if (spans == null && matches != null) {
      // A rule on a sentence's label only: the label's offsets are the sentence's.
      spans = matches.getMatches(DutchAnalysis.LABEL_FIELD);
    }
    if (spans != null) {
      while (spans.next()) {
        int s = spans.startOffset();
        int e = spans.endOffset();
        if (s < 0 || e < s) {
          continue;
        }
        MatchContext context = classifier.classify(text, s, e, task.rule().denials());
        if (task.rule().counts().contains(context)) {
          first = s;
          last = e;
          chosen = context;
          counted = true;
          break;
        }
        if (chosen == null) {
          first = s;
          last = e;
          chosen = context;
        }
      }
    }
    if (chosen == null) {
      // A rule that matches without located words (pure negations); count the whole sentence.
      first = 0;
      last = text.length();
      chosen = classifier.classify(text, 0, text.length());
      counted = task.rule().counts().contains(chosen);
    }
    String date = d.get(SegmentIndex.DATE);
    org.apache.lucene.index.IndexableField turnField = d.getField(SegmentIndex.TURN);
    int turn = turnField == null ? 0 : turnField.numericValue().intValue();
    int ordinal = d.getField(SegmentIndex.ORDINAL).numericValue().intValue();
    if (counted && turn == 0 && isTitle(text) && !(task.rule().letterhead() && ordinal == 0)) {
      // A document title or a bare section heading ("ONTWIKKELINGSPERSPECTIEFPLAN (OPP)",
      // "Overdracht") names a topic; it states nothing that happened to the pupil. A party's name
      // heading the document is its letterhead, where the rule says so.
      counted = false;
    }
    return new SegmentCoding(
        d.get(SegmentIndex.CASE),
        d.get(SegmentIndex.DOC),
        d.get(SegmentIndex.DOCTYPE),
        ordinal,
        segStart,
        d.getField(SegmentIndex.END).numericValue().intValue(),
        segStart + first,
        segStart + last,
        task.book().id(),
        task.code().id(),
        task.rule().id(),
        chosen,
        counted,
        date == null ? "" : date,
        text,
        turn,
        orEmpty(d.get(SegmentIndex.SPEAKER)),
        SpeakerKind.ofKey(d.get(SegmentIndex.SPEAKER_KIND)),
        orEmpty(d.get(SegmentIndex.ROLE)),
        orEmpty(d.get(SegmentIndex.QUESTION)));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  static Query scoped(Rule rule) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(rule.compiled(), BooleanClause.Occur.MUST);
    // Speakers: headers never; interviewer turns only when asked; respondents include all text
    // that is not a transcript turn.
    q.add(term(SegmentIndex.SPEAKER_KIND, SpeakerKind.HEADER.key()), BooleanClause.Occur.MUST_NOT);
    if (!rule.appliesToSpeaker(SpeakerKind.INTERVIEWER)) {
      q.add(term(SegmentIndex.SPEAKER_KIND, SpeakerKind.INTERVIEWER.key()), BooleanClause.Occur.MUST_NOT);
    }
    if (!rule.appliesToSpeaker(SpeakerKind.RESPONDENT)) {
      q.add(term(SegmentIndex.SPEAKER_KIND, SpeakerKind.RESPONDENT.key()), BooleanClause.Occur.MUST_NOT);
      q.add(term(SegmentIndex.SPEAKER_KIND, SpeakerKind.NONE.key()), BooleanClause.Occur.MUST_NOT);
    }
    if (!rule.roles().isEmpty()) {
      BooleanQuery.Builder roles = new BooleanQuery.Builder();
      for (String r : rule.roles()) {
        roles.add(term(SegmentIndex.ROLE, r), BooleanClause.Occur.SHOULD);
      }
      q.add(roles.build(), BooleanClause.Occur.FILTER);
    }
    if (rule.compiledQuestion() != null) {
      q.add(rule.compiledQuestion(), BooleanClause.Occur.FILTER);
    }
    if (!rule.documents().isEmpty()) {
      BooleanQuery.Builder types = new BooleanQuery.Builder();
      for (DocumentType t : rule.documents()) {
        types.add(new TermQuery(new Term(SegmentIndex.DOCTYPE, t.key())), BooleanClause.Occur.SHOULD);
      }
      q.add(types.build(), BooleanClause.Occur.FILTER);
    }
    if (!rule.sections().isEmpty()) {
      BooleanQuery.Builder sections = new BooleanQuery.Builder();
      for (String s : rule.sections()) {
        sections.add(new TermQuery(new Term(SegmentIndex.SECTION, s)), BooleanClause.Occur.SHOULD);
      }
      q.add(sections.build(), BooleanClause.Occur.FILTER);
    }
    return q.build();
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }
}
