package org.dossiercoder.refi;

import java.util.List;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.Rule;

/** Codebooks reduced to what a round trip must keep (not the file they came from, not lines). */
final class CodebookViews {
  private CodebookViews() {}

  record BookView(String id, String label, String kind, String description, String source, int order,
      String decision, List<String> synonyms, List<CodeView> codes) {}

  record CodeView(String id, String label, String description, String parent, int minSegments,
      List<RuleView> rules, List<RuleView> unless) {}

  record RuleView(String id, String query, String documents, String sections, String from, String until,
      String counts, boolean strong, String compiled, String speakers, String roles, String question,
      boolean letterhead, String documentWith, String documentWithout) {}

  static List<BookView> of(List<Codebook> books) {
    return books.stream().map(CodebookViews::of).toList();
  }

  static BookView of(Codebook b) {
    return new BookView(b.id(), b.label(), b.kind().name(), b.description(), b.source(), b.order(),
        b.decision().name(), b.synonyms(), b.codes().stream().map(CodebookViews::of).toList());
  }

  static CodeView of(Code c) {
    return new CodeView(c.id(), c.label(), c.description(), c.parent(), c.minSegments(),
        c.rules().stream().map(CodebookViews::of).toList(), c.unless().stream().map(CodebookViews::of).toList());
  }

  static RuleView of(Rule r) {
    return new RuleView(r.id(), r.query(), new java.util.TreeSet<>(r.documents()).toString(),
        new java.util.TreeSet<>(r.sections()).toString(), String.valueOf(r.from()), String.valueOf(r.until()),
        new java.util.TreeSet<>(r.counts()).toString(), r.strong(), r.compiled().toString(),
        new java.util.TreeSet<>(r.speakers()).toString(), new java.util.TreeSet<>(r.roles()).toString(), r.question(),
        r.letterhead(), r.scope().with(), r.scope().without());
  }
}
