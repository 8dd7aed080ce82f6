package org.dossiercoder.refi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;

/**
 * A whole project as exchanged with other QDA tools: codebooks, coders, documents, cases, codings
 * and memos. The constructor checks that every reference resolves (a coding's document, code and
 * coder; a document's case; a memo's target), since an export with a dangling GUID is rejected
 * by the tools that import it.
 *
 * @param name the project name
 * @param codebooks the codebooks, in output order
 * @param users every coder referred to by codings and memos
 * @param sources the documents
 * @param cases the cases
 * @param codings the codings of all coders, automatic and manual
 * @param notes memos not attached to one coding
 */
public record QdaProject(
    String name,
    List<Codebook> codebooks,
    List<QdaUser> users,
    List<QdaSource> sources,
    List<QdaCase> cases,
    List<QdaCoding> codings,
    List<QdaNote> notes) {
  /** Validates references and copies. */
  public QdaProject {
    Objects.requireNonNull(name, "name");
    codebooks = List.copyOf(codebooks);
    users = List.copyOf(users);
    sources = List.copyOf(sources);
    cases = List.copyOf(cases);
    codings = List.copyOf(codings);
    notes = List.copyOf(notes);
    Set<String> columns = new HashSet<>();
    Set<String> bookIds = new HashSet<>();
    for (Codebook b : codebooks) {
      unique(bookIds, b.id(), "codebook");
      for (Code c : b.codes()) {
        columns.add(b.column(c));
      }
    }
    Set<String> userIds = new HashSet<>();
    users.forEach(u -> unique(userIds, u.id(), "user"));
    Set<String> caseIds = new HashSet<>();
    for (QdaCase c : cases) {
      unique(caseIds, c.caseId(), "case");
      for (String column : c.codes()) {
        known(columns, column, "case " + c.caseId() + ": code");
      }
    }
    Map<String, QdaSource> docs = new HashMap<>();
    for (QdaSource s : sources) {
      if (docs.put(s.docId(), s) != null) {
        throw new IllegalArgumentException("document " + s.docId() + " appears twice");
      }
      if (s.caseId() != null) {
        known(caseIds, s.caseId(), "document " + s.docId() + ": case");
      }
    }
    Set<String> codingKeys = new HashSet<>();
    for (QdaCoding c : codings) {
      QdaSource s = docs.get(c.docId());
      if (s == null) {
        throw new IllegalArgumentException("coding of unknown document " + c.docId());
      }
      known(columns, c.column(), "coding in " + c.docId() + ": code");
      known(userIds, c.coderId(), "coding in " + c.docId() + ": coder");
      if (!c.wholeDocument()) {
        Offsets.toCodePoints(s.plainText(), c.start());
        Offsets.toCodePoints(s.plainText(), c.end());
      }
      if (!codingKeys.add(RefiExport.codingKey(c))) {
        throw new IllegalArgumentException("coding appears twice: " + c);
      }
    }
    Set<String> noteIds = new HashSet<>();
    for (QdaNote n : notes) {
      unique(noteIds, n.noteId(), "note");
      if (n.authorId() != null) {
        known(userIds, n.authorId(), "note " + n.noteId() + ": author");
      }
      switch (n.target()) {
        case SOURCE -> known(docs.keySet(), n.targetId(), "note " + n.noteId() + ": document");
        case CODE -> known(columns, n.targetId(), "note " + n.noteId() + ": code");
        case PROJECT -> {}
      }
    }
  }

  private static void unique(Set<String> seen, String id, String what) {
    if (!seen.add(id)) {
      throw new IllegalArgumentException(what + " " + id + " appears twice");
    }
  }

  private static void known(Set<String> ids, String id, String what) {
    if (!ids.contains(id)) {
      throw new IllegalArgumentException(what + " " + id + " is not in the project");
    }
  }
}
