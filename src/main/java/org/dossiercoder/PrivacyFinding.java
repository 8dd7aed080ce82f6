package org.dossiercoder;

import java.util.Objects;
import org.dossiercoder.privacy.Finding;

/**
 * A possible piece of personal data found in a document; holds only a masked value.
 *
 * @param file the document id ({@code <case>/<file>})
 * @param finding what was found where
 */
public record PrivacyFinding(String file, Finding finding) {
  /** Validates the fields. */
  public PrivacyFinding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(finding, "finding");
  }
}
