package org.dossiercoder.codebook;

import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.dossiercoder.ingest.DocumentType;

/**
 * A search rule of a code: a Lucene query over sentences, with its scope and the contexts in
 * which a match counts for the case.
 *
 * @param id id unique within the code
 * @param query the query as written in the codebook
 * @param documents document types the rule applies to; empty means all
 * @param sections OPP sections (domain keys) the rule applies to; empty means anywhere
 * @param from first journal date the rule applies to, or null; set with {@code until} or alone,
 *     it limits the rule to dated journal entries
 * @param until last journal date the rule applies to, or null
 * @param counts contexts in which a match counts towards the case-level code
 * @param strong whether one counted match alone makes the code hold
 * @param line line of the rule in its codebook file
 * @param compiled the parsed query
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
    Query compiled) {
  /** Validates and copies. */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(compiled, "compiled");
    documents = Set.copyOf(documents);
    sections = Set.copyOf(sections);
    counts = Set.copyOf(counts);
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
