package org.dossiercoder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossiercoder.Pipeline;
import org.dossiercoder.Project;
import org.dossiercoder.RunOptions;
import org.dossiercoder.RunResult;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.store.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library example, from outside the library's packages, so the public API it uses
 * stays public and working.
 */
class LibraryExampleTest {
  @TempDir Path out;

  @Test
  void readmeExampleRuns() throws Exception {
    // --- README example starts
    RunOptions options = RunOptions.builder()
        .corpus(Path.of("corpus-sample"))
        .codebooks(Path.of("codebooks"))
        .out(out)
        .build();
    RunResult result = Pipeline.run(options, System.err::println);
    int gedrag = result.caseCodes().value("c001", "risicoprofiel.gedrag");
    ReportTable tabel3 = result.table("tabel3");
    Integer n = tabel3.count("risicoprofiel.gedrag", "n");
    System.out.println("c001 gedrag=" + gedrag + "; gedrag in " + n + " of " + tabel3.n() + " cases");
    Pipeline.writeOutputs(result, out);

    // A researcher decides: reject the first counted risicoprofiel proposal in c001, then read the codes again.
    try (Project project = Project.open(out, result.corpus(), result.codebooks())) {
      SegmentCoding first = project.effective().codings().stream()
          .filter(c -> c.caseId().equals("c001") && c.codebook().equals("risicoprofiel") && c.counted())
          .findFirst().orElseThrow();
      String key = project.segmentKey(first);
      project.record(List.of(Decision.reject("c001", key, "risicoprofiel", first.code(), "anna", "gaat over de broer")),
          null);
      System.out.println("after review: " + project.effective().caseCodes().value("c001", first.column()));
    }
    // --- README example ends
    assertEquals(result.caseCodes().casesWith("risicoprofiel.gedrag").size(), n);
    assertEquals(1, gedrag);
    assertTrue(Files.isRegularFile(out.resolve("report.md")));
    try (Project project = Project.open(out, result.corpus(), result.codebooks())) {
      assertEquals(1, project.history("c001").size());
      assertTrue(project.effective().codings().stream().anyMatch(c -> c.caseId().equals("c001")
          && c.codebook().equals("risicoprofiel") && !c.counted()), "the rejected proposal no longer counts");
    }
  }
}
