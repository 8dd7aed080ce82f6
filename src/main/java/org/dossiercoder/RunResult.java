package org.dossiercoder;

import java.util.List;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.ingest.Corpus;

/**
 * What a run produced.
 *
 * @param corpus the corpus as loaded
 * @param codebooks the compiled codebooks
 * @param documentsRead documents whose text was read in this run
 * @param codings every segment coding, in case/document/segment order
 * @param caseCodes the case-level codes
 * @param tables the report tables
 * @param problems every problem of the run (layout, files)
 * @param privacyFindings possible personal data found, with masked values only
 * @param stages throughput per stage
 */
public record RunResult(
    Corpus corpus,
    Codebooks codebooks,
    int documentsRead,
    List<SegmentCoding> codings,
    CaseCodes caseCodes,
    List<ReportTable> tables,
    List<Problem> problems,
    List<PrivacyFinding> privacyFindings,
    List<StageStats> stages) {
  /** Copies the lists. */
  public RunResult {
    codings = List.copyOf(codings);
    tables = List.copyOf(tables);
    problems = List.copyOf(problems);
    privacyFindings = List.copyOf(privacyFindings);
    stages = List.copyOf(stages);
  }

  /** The table with an id such as {@code tabel3}. */
  public ReportTable table(String id) {
    for (ReportTable t : tables) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no table " + id + "; have " + tables.stream().map(ReportTable::id).toList());
  }
}
