package org.dossiercoder.codebook;

import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.dossiercoder.index.SpeakerKind;
import org.dossiercoder.ingest.DocumentType;

/**
 * A search rule of a code: a Lucene query over sentences, with its scope and the contexts in
 * which a match counts for the case.
 *
 * <p>In transcripts a rule is also scoped by speaker, respondent role and the question a turn
 * answers: by default it matches respondent turns and text that is not a transcript turn, never
 * interviewer turns or transcript headers, so an interviewer's "Is ze gepest?" is not evidence.
 *
 * @param id id unique within the code
 * @param query the query as written in the codebook, with its {@code ${fragment}} references
 *     expanded; empty when the rule has only a question
 * @param documents document types the rule applies to; empty means all
 * @param sections OPP sections (domain keys) the rule applies to; empty means anywhere
 * @param from first journal date the rule applies to, or null; set with {@code until} or alone,
 *     it limits the rule to dated journal entries
 * @param until last journal date the rule applies to, or null
 * @param counts contexts in which a match counts towards the case-level code
 * @param strong whether one counted match alone makes the code hold
 * @param line line of the rule in its codebook file
 * @param compiled the parsed query ({@code MatchAllDocsQuery} when the rule has only a question)
 * @param speakers who the rule listens to: {@link SpeakerKind#RESPONDENT} (respondent turns and
 *     all text that is not a transcript turn) and/or {@link SpeakerKind#INTERVIEWER}
 * @param roles respondent roles the rule applies to; empty means any (and text of other
 *     documents); non-empty limits it to interview segments of those roles
 * @param question the {@code question:} query as written, or empty
 * @param compiledQuestion the parsed question query over the question field, or null
 * @param denials the words of {@link #DENIAL_WORDS} that the query itself asks for outside its NOT
 *     clauses ("geen structuur", "spreekt geen Nederlands"): one of them inside a match is the
 *     rule's own wording; any other denial word between the words of a proximity match denies it
 *     ("moeder niet gesproken" for "moeder gesproken"~3)
 * @param letterhead whether a match in a document's first line counts even when that line is a
 *     title: a party's name heading a document ("SWV VO - ONDERSTEUNINGSTEAM") says who wrote it,
 *     where another title only names a topic
 * @param scope what the documents the rule listens in must (not) say elsewhere; {@link
 *     DocumentScope#ANY} for all documents
 */
public record Rule(
    String id,
    String query,
    Set<DocumentType> documents,
    Set<String> sections,
    java.time.LocalDate from,
    java.time.LocalDate until,
    Set<MatchContext> counts,
    boolean strong,
    int line,
    Query compiled,
    Set<SpeakerKind> speakers,
    Set<String> roles,
    String question,
    Query compiledQuestion,
    Set<String> denials,
    boolean letterhead,
    DocumentScope scope) {
  /**
   * Words that deny what stands around them in a proximity match. "niets" and "niks" are here as
   * written; the analysis may give them the stem of "niet".
   */
  public static final Set<String> DENIAL_WORDS = Set.of("niet", "geen", "nooit", "niets", "niks");

  /** Validates and copies. */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(compiled, "compiled");
    Objects.requireNonNull(question, "question");
    documents = Set.copyOf(documents);
    sections = Set.copyOf(sections);
    counts = Set.copyOf(counts);
    speakers = speakers.isEmpty() ? Set.of(SpeakerKind.RESPONDENT) : Set.copyOf(speakers);
    roles = Set.copyOf(roles);
    denials = Set.copyOf(denials);
    Objects.requireNonNull(scope, "scope");
    if (question.isEmpty() != (compiledQuestion == null)) {
      throw new IllegalArgumentException("question and compiledQuestion go together");
    }
  }

  /**
   * A rule without transcript scope: respondents (and all non-transcript text), any role or
   * question. All denial words count as its own, so none between its words denies a match.
   */
  public Rule(String id, String query, Set<DocumentType> documents, Set<String> sections,
      java.time.LocalDate from, java.time.LocalDate until, Set<MatchContext> counts, boolean strong,
      int line, Query compiled) {
    this(id, query, documents, sections, from, until, counts, strong, line, compiled,
        Set.of(SpeakerKind.RESPONDENT), Set.of(), "", null, DENIAL_WORDS, false, DocumentScope.ANY);
  }

  /** The same rule, read at another line (a codebook assembled from another file). */
  public Rule withLine(int line) {
    return new Rule(id, query, documents, sections, from, until, counts, strong, line, compiled, speakers, roles,
        question, compiledQuestion, denials, letterhead, scope);
  }

  /** Whether the rule listens to a segment of this speaker kind (headers never). */
  public boolean appliesToSpeaker(SpeakerKind kind) {
    return switch (kind) {
      case NONE, RESPONDENT -> speakers.contains(SpeakerKind.RESPONDENT);
      case INTERVIEWER -> speakers.contains(SpeakerKind.INTERVIEWER);
      case HEADER -> false;
    };
  }

  /** Whether the rule applies to a sentence with this journal date (ISO, or empty). */
  public boolean appliesOn(String entryDate) {
    if (from == null && until == null) {
      return true;
    }
    if (entryDate.isEmpty()) {
      return false;
    }
    java.time.LocalDate d = java.time.LocalDate.parse(entryDate);
    return (from == null || !d.isBefore(from)) && (until == null || !d.isAfter(until));
  }

  /** Whether the rule applies to a document type. */
  public boolean appliesTo(DocumentType type) {
    return documents.isEmpty() || documents.contains(type);
  }
}
