package org.dossiercoder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Pipeline;
import org.dossiercoder.agreement.Agreement;
import org.dossiercoder.agreement.AgreementFiles;
import org.dossiercoder.agreement.AgreementRow;
import org.dossiercoder.agreement.Disagreement;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.report.CsvFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossiercoder agreement}: intercoder agreement between coders' case-code files. */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two or more coders' case-level codings (files with the columns of",
      "case-codes.csv). Prints per code, per single-choice codebook and overall: the",
      "cases coded by two or more coders (n), observed agreement, Cohen's kappa (with",
      "more than two coders the mean over coder pairs) and Krippendorff's alpha",
      "(nominal). A case missing from a file is a missing value for that coder.",
      "Writes the figures as CSV and, with --disagreements, every case and variable",
      "on which the coders differ, for a consensus meeting."
    })
final class AgreementCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "One case-code file per coder (at least two).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--coders", split = ",", paramLabel = "ID",
      description = {"Instead of files: coders stored in the project (--out), comma-separated;",
        "'auto' is the automatic coding. A coder's coding is the automatic one with their decisions",
        "applied, for the cases (or, with --segments, documents) they decided about."})
  List<String> storedCoders;

  @Option(names = "--segments", description = "With --coders: agreement per sentence (is the sentence coded with the code?) instead of per case.")
  boolean segments;

  @Option(names = "--out", paramLabel = "DIR", description = "The coded project, for --coders (default: ${DEFAULT-VALUE}).")
  Path outDir = ProjectOptions.home("outputs");

  @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus of the project, for --coders (default: ${DEFAULT-VALUE}).")
  Path corpus = ProjectOptions.home("corpus-sample");

  @Option(names = "--codebooks", paramLabel = "DIR", description = "Codebooks: which columns are codes, which codebooks single-choice (default: ${DEFAULT-VALUE}).")
  Path codebooks = ProjectOptions.home("codebooks");

  @Option(names = "--csv", paramLabel = "FILE", description = "Where to write the figures (default: agreement.csv next to the first FILE).")
  Path csv;

  @Option(names = "--disagreements", paramLabel = "FILE", description = "Also write the disagreements: case_id, variable, one column per coder.")
  Path disagreementsFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean stored = storedCoders != null;
    if (stored == !files.isEmpty() || !stored && files.size() < 2) {
      throw new DossierInputException(null, 0,
          "give two or more case-code files, or --coders with two or more coders of the project, not both");
    }
    Path target = csv != null ? csv
        : stored ? outDir.resolve("agreement.csv") : files.get(0).toAbsolutePath().getParent().resolve("agreement.csv");
    notAnInput(target, "--csv");
    if (disagreementsFile != null) {
      notAnInput(disagreementsFile, "--disagreements");
    }
    Codebooks books = Pipeline.loadCodebooks(codebooks).codebooks();
    Map<String, CaseCodes> coders = stored ? StoredCoders.read(outDir, corpus, books, storedCoders, segments)
        : AgreementFiles.readCoders(files);
    List<AgreementRow> rows = Agreement.compute(coders, books);
    List<Disagreement> disagreements =
        disagreementsFile == null ? List.of() : Agreement.disagreements(coders, books);

    out.printf(Locale.ROOT, "coders: %s%n", String.join(", ", coders.keySet()));
    out.printf(Locale.ROOT, "%-44s %5s %6s %8s %6s %6s%n", "variable", "n", "coders", "observed", "kappa", "alpha");
    for (AgreementRow r : rows) {
      out.printf(Locale.ROOT, "%-44s %5d %6d %8s %6s %6s%n", r.variable(), r.units(), r.coders(),
          CsvFiles.num(r.observed()), CsvFiles.num(r.cohenKappa()), CsvFiles.num(r.krippendorffAlpha()));
    }
    out.println(segments
        ? "n: sentences coded by two or more coders (overall: sentence x code pairs); NA: undefined (one category only)"
        : "n: cases coded by two or more coders (overall: case x code pairs); NA: undefined (one category only)");
    if (coders.size() > 2) {
      out.println("kappa: mean of Cohen's kappa over the coder pairs for which it is defined");
    }
    List<String> ignored = ignoredColumns(coders, books);
    if (!ignored.isEmpty()) {
      out.println("columns not compared (no top-level code of the codebooks): " + String.join(", ", ignored));
    }
    AgreementFiles.writeRows(target, rows);
    out.println("agreement written to " + target);
    if (disagreementsFile != null) {
      AgreementFiles.writeDisagreements(disagreementsFile, disagreements, new ArrayList<>(coders.keySet()));
      out.println(disagreements.size() + " disagreements written to " + disagreementsFile);
    }
    return ExitCodes.OK;
  }

  private void notAnInput(Path output, String option) throws DossierInputException {
    for (Path f : files) {
      if (f.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
        throw new DossierInputException(output, 0, option + " would overwrite a coder's file; choose another file");
      }
    }
  }

  private static List<String> ignoredColumns(Map<String, CaseCodes> coders, Codebooks books) {
    Set<String> known = new LinkedHashSet<>();
    for (Codebook b : books.list()) {
      for (Code c : b.topLevelCodes()) {
        known.add(b.column(c));
      }
    }
    Set<String> ignored = new LinkedHashSet<>();
    for (CaseCodes c : coders.values()) {
      for (String col : c.columns()) {
        if (!known.contains(col)) {
          ignored.add(col);
        }
      }
    }
    return new ArrayList<>(ignored);
  }
}
