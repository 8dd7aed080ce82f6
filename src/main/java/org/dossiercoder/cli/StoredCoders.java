package org.dossiercoder.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Project;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.ingest.Corpus;

/** The codings of coders stored in a project, as units (cases or sentences) for agreement. */
final class StoredCoders {
  private StoredCoders() {}

  static Map<String, CaseCodes> read(Path out, Path corpusDir, Codebooks books, List<String> coders, boolean segments)
      throws DossierInputException, IOException {
    if (coders.size() < 2) {
      throw new DossierInputException(null, 0, "--coders needs two or more coders, found " + coders);
    }
    Map<String, CaseCodes> result = new LinkedHashMap<>();
    try (Project p = Project.open(out, Corpus.load(corpusDir), books)) {
      List<String> known = p.coders();
      for (String c : coders) {
        if (!c.equals(Project.AUTO) && !known.contains(c)) {
          throw new DossierInputException(null, 0, "coder '" + c + "' has no decisions in " + out
              + (known.isEmpty() ? "" : "; coders here: " + String.join(", ", known) + ", auto"));
        }
        result.put(c, segments ? sentenceUnits(p, c, books) : p.coderCaseCodes(c));
      }
    }
    return result;
  }

  /** Sentences as units: a sentence "holds" a code column when the coder codes it there. */
  private static CaseCodes sentenceUnits(Project p, String coder, Codebooks books) throws IOException {
    Map<String, Set<String>> coded = p.coderSegments(coder);
    List<String> columns = books.topLevelColumns();
    Map<String, Map<String, Integer>> values = new LinkedHashMap<>();
    coded.forEach((key, cols) -> {
      Map<String, Integer> row = new LinkedHashMap<>();
      cols.forEach(c -> row.put(c, 1));
      values.put(key, row);
    });
    return CaseCodes.of(new ArrayList<>(coded.keySet()), columns, values);
  }
}
