package org.dossiercoder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVRecord;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.OutputOptions;
import org.dossiercoder.Pipeline;
import org.dossiercoder.Problem;
import org.dossiercoder.Project;
import org.dossiercoder.analysis.AttributeScheme;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.ingest.Corpus;
import org.dossiercoder.report.CsvFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossiercoder tables}: the tables again from a coded project, e.g. with suppression. */
@Command(
    name = "tables",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds tables/ (CSV, XLSX), report.md, report.html and report.pdf from the codes stored by 'run',",
      "without reading documents again; with --min-cell for tables that are shared."
    })
final class TablesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(names = "--min-cell", paramLabel = "K",
      description = "Small-cell suppression: counts 1..K-1 shown as <K, with secondary suppression (K >= 2).")
  Integer minCell;

  @Option(names = "--pseudonymise", paramLabel = "KEYFILE",
      description = "Key file for pseudonymised case ids in the reports (problem list, case lists, coded sentences).")
  Path keyFile;

  @Override
  public Integer call() throws Exception {
    OutputOptions options = OutputChecks.outputOptions(spec, minCell, keyFile);
    Corpus corpus = Corpus.load(project.corpus);
    Pipeline.Setup setup = Pipeline.loadCodebooks(project.codebooks);
    List<ReportTable> tables;
    List<SegmentCoding> codings;
    try (Project stored = Project.open(project.out, corpus, setup.codebooks())) {
      // The codes and sentences as they stand after researchers' decisions.
      var effective = stored.effective();
      tables = stored.tables(AttributeScheme.load(project.codebooks), effective.caseCodes());
      codings = effective.codings();
    }
    Set<String> ids = new java.util.HashSet<>();
    corpus.cases().forEach(c -> ids.add(c.caseId()));
    List<Problem> problems = new ArrayList<>();
    for (CSVRecord r : rows(project.out.resolve("problems.csv"))) {
      problems.add(new Problem(options.casePath(r.get("file"), ids), r.get("problem"), r.get("message")));
    }
    int findings = rows(project.out.resolve("privacy-findings.csv")).size();
    Pipeline.writeTables(tables, corpus, setup.codebooks(), project.out, options, problems,
        Pipeline.storedDocuments(project.out), findings, codings);
    spec.commandLine().getOut().println(tables.size() + " tables written to " + project.out.resolve("tables")
        + (options.minCell() >= 2 ? " with small-cell suppression k=" + options.minCell() : ""));
    return ExitCodes.OK;
  }

  /** The rows of an earlier run's output file; none when that run did not write it. */
  private static List<CSVRecord> rows(Path file) throws DossierInputException {
    return Files.isRegularFile(file) ? CsvFiles.readRecords(file) : List.of();
  }
}
