package org.dossiercoder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVRecord;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Pipeline;
import org.dossiercoder.analysis.ContextEvaluation;
import org.dossiercoder.analysis.Evaluation;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.report.CsvFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossiercoder evaluate}: automatic coding against a gold coding. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Compares case-level codes with a gold file of the same columns and prints, per code,",
      "support, precision, recall, F1 and Cohen's kappa; also writes them as CSV."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold case codes (columns as case-codes.csv).")
  Path gold;

  @Option(names = "--coded", paramLabel = "FILE", description = "Automatic case codes (default: ${DEFAULT-VALUE}).")
  Path coded = ProjectOptions.home("outputs").resolve("case-codes.csv");

  @Option(names = "--cases", paramLabel = "FILE", description = "Only these case ids (one per line), e.g. a held-out list.")
  Path casesFile;

  @Option(names = "--csv", paramLabel = "FILE", description = "Where to write the scores (default: evaluation.csv next to --coded).")
  Path csv;

  @Option(names = "--contexts", paramLabel = "FILE",
      description = "Also score match contexts against hand-annotated mentions (case_id,file,sentence,code,context,counts),"
          + " using segments.csv next to --coded.")
  Path contexts;

  @Option(names = "--codebooks", paramLabel = "DIR", description = "Codebooks, to map child codes to their top-level code (default: ${DEFAULT-VALUE}).")
  Path codebooks = ProjectOptions.home("codebooks");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CaseCodes goldCodes = CsvFiles.readCaseCodes(gold);
    CaseCodes codedCodes = CsvFiles.readCaseCodes(coded);
    Set<String> codedIds = Set.copyOf(codedCodes.caseIds());
    List<String> cases = new ArrayList<>();
    for (String c : goldCodes.caseIds()) {
      if (codedIds.contains(c)) {
        cases.add(c);
      }
    }
    if (casesFile != null) {
      Set<String> only = readIds(casesFile);
      cases.removeIf(c -> !only.contains(c));
    }
    if (cases.isEmpty()) {
      throw new DossierInputException(gold, 0, "no case in common with " + coded + "; nothing to compare");
    }
    List<Evaluation.CodeScore> scores = Evaluation.score(goldCodes, codedCodes, cases);
    if (scores.isEmpty()) {
      throw new DossierInputException(gold, 1, "no code column in common with " + coded);
    }
    out.printf(Locale.ROOT, "%-44s %4s %7s %9s %7s %6s %6s%n", "code", "n", "support", "precision", "recall", "f1", "kappa");
    Map<String, List<Double>> kappas = new LinkedHashMap<>();
    for (Evaluation.CodeScore s : scores) {
      out.printf(Locale.ROOT, "%-44s %4d %7d %9s %7s %6s %6s%n", s.column(), s.n(), s.support(),
          CsvFiles.num(s.precision()), CsvFiles.num(s.recall()), CsvFiles.num(s.f1()), CsvFiles.num(s.kappa()));
      String book = s.column().substring(0, s.column().indexOf('.'));
      if (!Double.isNaN(s.kappa())) {
        kappas.computeIfAbsent(book, k -> new ArrayList<>()).add(s.kappa());
      }
    }
    out.println();
    for (Map.Entry<String, List<Double>> e : kappas.entrySet()) {
      double mean = e.getValue().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      double min = e.getValue().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
      out.printf(Locale.ROOT, "%-20s mean kappa %s, lowest %s (over %d codes with defined kappa)%n",
          e.getKey(), CsvFiles.num(mean), CsvFiles.num(min), e.getValue().size());
    }
    if (contexts != null) {
      printContexts(out, cases);
    }
    Path target = csv != null ? csv : coded.toAbsolutePath().getParent().resolve("evaluation.csv");
    CsvFiles.writeEvaluation(target, scores);
    out.println("scores written to " + target);
    return ExitCodes.OK;
  }

  private void printContexts(PrintWriter out, List<String> cases) throws Exception {
    Codebooks books = Pipeline.loadCodebooks(codebooks).codebooks();
    Set<String> only = Set.copyOf(cases);
    List<ContextEvaluation.Mention> mentions = new ArrayList<>();
    // Every row is a mention, several per case: read as plain CSV, not as a case registry.
    for (CSVRecord r : CsvFiles.readRecords(contexts)) {
      if (!r.isConsistent()) {
        throw new DossierInputException(contexts, (int) r.getRecordNumber() + 1,
            "expected columns case_id,file,sentence,code,context,counts");
      }
      if (only.contains(r.get("case_id"))) {
        mentions.add(new ContextEvaluation.Mention(r.get("case_id"), r.get("file"),
            r.get("sentence"), r.get("code"), r.get("context"), r.get("counts").equals("yes")));
      }
    }
    Path segments = coded.toAbsolutePath().getParent().resolve("segments.csv");
    List<ContextEvaluation.Coded> codings = new ArrayList<>();
    for (CSVRecord r : CsvFiles.readRecords(segments)) {
      Codebook book = books.get(r.get("codebook"));
      if (book == null || book.topLevelOf(r.get("code")) == null) {
        continue;
      }
      String doc = r.get("doc_id");
      codings.add(new ContextEvaluation.Coded(r.get("case_id"),
          doc.substring(doc.indexOf('/') + 1), r.get("text"),
          book.id() + "." + book.topLevelOf(r.get("code")).id(), r.get("counted").equals("1")));
    }
    out.println();
    out.printf(Locale.ROOT, "%-28s %8s %8s %15s %15s%n", "context", "mentions", "matched", "counted wrongly", "missed counting");
    int shouldNot = 0;
    int wrong = 0;
    for (ContextEvaluation.Row row
        : ContextEvaluation.score(mentions, codings)) {
      out.printf(Locale.ROOT, "%-28s %8d %8d %15d %15d%n", row.context(), row.mentions(), row.matched(),
          row.countedWrongly(), row.missedCounting());
      if (!row.context().endsWith("(counts)")) {
        shouldNot += row.mentions();
        wrong += row.countedWrongly();
      }
    }
    out.printf(Locale.ROOT, "mentions that must not count but were counted as affirmed: %d of %d (%s)%n",
        wrong, shouldNot, CsvFiles.num(shouldNot == 0 ? Double.NaN : (double) wrong / shouldNot));
  }

  private static Set<String> readIds(Path file) throws DossierInputException {
    try {
      return Set.copyOf(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList());
    } catch (IOException e) {
      throw new DossierInputException(file, 0, "cannot read case list: " + e.getMessage(), e);
    }
  }
}
