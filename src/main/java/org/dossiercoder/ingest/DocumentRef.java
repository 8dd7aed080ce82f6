package org.dossiercoder.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A document file of a case, before its text is read.
 *
 * @param docId stable id {@code <case_id>/<file name>}, used everywhere a document is named
 * @param caseId the case it belongs to
 * @param path the file
 * @param type the type derived from the file name
 * @param role the respondent role for interviews, else empty
 */
public record DocumentRef(String docId, String caseId, Path path, DocumentType type, String role) {
  /** Validates the fields. */
  public DocumentRef {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
  }

  /** The file name. */
  public String fileName() {
    return path.getFileName().toString();
  }
}
