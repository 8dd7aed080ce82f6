package org.dossiercoder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossiercoder.Pipeline;
import org.dossiercoder.RunOptions;
import org.dossiercoder.RunResult;
import org.dossiercoder.analysis.ReportTable;
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
    // --- README example ends
    assertEquals(result.caseCodes().casesWith("risicoprofiel.gedrag").size(), n);
    assertTrue(gedrag == 0 || gedrag == 1);
    assertTrue(Files.isRegularFile(out.resolve("report.md")));
  }
}
