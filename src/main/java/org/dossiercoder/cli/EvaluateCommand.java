package org.dossiercoder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.dossiercoder.analysis.TurnEvaluation;
import org.dossiercoder.codebook.CodebookKind;
import org.dossiercoder.coding.TurnCodes;
import org.dossiercoder.index.Segment;
import org.dossiercoder.index.SpeakerKind;
import org.dossiercoder.store.CodingStore;
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
      "support, precision, recall, F1 and Cohen's kappa; also writes them as CSV.",
      "With --turn-gold, compares the topic-list codes of every respondent turn of the listed",
      "transcripts with a turn-level gold file (file,turn,codebook,code) instead."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE", description = "Gold case codes (columns as case-codes.csv).")
  Path gold;

  @Option(names = "--turn-gold", paramLabel = "FILE",
      description = "Turn-level gold of topic lists (file,turn,codebook,code); scored against the codings stored"
          + " in dossiercoder.db next to --coded.")
  Path turnGold;

  @Option(names = "--turn-files", paramLabel = "FILE",
      description = "Transcripts the turn-level gold covers, one path per line relative to the corpus"
          + " (default: turn-gold-files.txt next to --turn-gold).")
  Path turnFiles;

  @Option(names = "--codebook", paramLabel = "ID",
      description = "With --turn-gold: only this topic list (default: every codebook named in the gold).")
  String codebook;

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

  @Option(names = "--disagreements", paramLabel = "FILE",
      description = {"Also write every disagreement with the gold as CSV: each case-level code that differs, with the"
          + " sentences behind the automatic value (counted ones for a code the coder did not give, matched but"
          + " uncounted ones for a code the coder gave), and with --contexts each mention counted or left"
          + " uncounted against its annotation."})
  Path disagreements;

  @Option(names = "--codebooks", paramLabel = "DIR", description = "Codebooks, to map child codes to their top-level code (default: ${DEFAULT-VALUE}).")
  Path codebooks = ProjectOptions.home("codebooks");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if ((gold == null) == (turnGold == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --gold or --turn-gold");
    }
    if (turnGold != null) {
      return turnLevel(out);
    }
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
    printScores(out, scores);
    List<ContextEvaluation.Coded> codings = contexts != null || disagreements != null ? readCodings() : List.of();
    List<ContextEvaluation.Outcome> outcomes = contexts != null ? printContexts(out, cases, codings) : List.of();
    if (disagreements != null) {
      writeDisagreements(goldCodes, codedCodes, cases, scores, codings, outcomes);
      out.println("disagreements written to " + disagreements);
    }
    Path target = csv != null ? csv : coded.toAbsolutePath().getParent().resolve("evaluation.csv");
    CsvFiles.writeEvaluation(target, scores);
    out.println("scores written to " + target);
    return ExitCodes.OK;
  }

  /** The score table and, per codebook, the mean and lowest kappa. */
  private static void printScores(PrintWriter out, List<Evaluation.CodeScore> scores) {
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
  }

  /**
   * Turn-level evaluation: every respondent turn of the listed transcripts is a unit; the gold
   * gives its codes (no row: no code), the stored automatic codings of the last run give the
   * other side.
   */
  private int turnLevel(PrintWriter out) throws Exception {
    Codebooks books = Pipeline.loadCodebooks(codebooks).codebooks();
    Path filesList = turnFiles != null ? turnFiles
        : turnGold.toAbsolutePath().getParent().resolve("turn-gold-files.txt");
    List<String> lines = readLines(filesList);
    List<String> files = lines.stream().filter(f -> !f.isEmpty()).toList();
    if (files.isEmpty()) {
      throw new DossierInputException(filesList, 0, "no transcript listed; expected one path per line, e.g. c015/interview-ouder.txt");
    }
    Path db = coded.toAbsolutePath().getParent().resolve(Pipeline.DATABASE);
    if (!Files.isRegularFile(db)) {
      throw new DossierInputException(db, 0, "no coded project here; run 'dossiercoder run' first");
    }
    // Units: every respondent turn of every listed file, as the last run read it.
    List<String> units = new ArrayList<>();
    Map<String, Set<Integer>> respondentTurns = new LinkedHashMap<>();
    Map<String, List<org.dossiercoder.coding.SegmentCoding>> codingsByBook = new LinkedHashMap<>();
    try (CodingStore store = CodingStore.open(db)) {
      int line = 0;
      for (String file : lines) {
        line++;
        if (file.isEmpty()) {
          continue;
        }
        Set<Integer> turns = new java.util.TreeSet<>();
        for (Segment s : store.segments(file)) {
          if (s.speakerKind() == SpeakerKind.RESPONDENT) {
            turns.add(s.turn());
          }
        }
        if (turns.isEmpty()) {
          throw new DossierInputException(filesList, line, "'" + file + "' has no respondent turn in the last run"
              + " (not in the corpus, not readable, or without speaker turns)");
        }
        respondentTurns.put(file, turns);
        turns.forEach(t -> units.add(file + "#" + t));
      }
      for (Codebook b : books.list()) {
        codingsByBook.put(b.id(), store.automaticCodings(b.id()));
      }
    }
    Map<String, Map<String, Set<String>>> gold = readTurnGold(books, respondentTurns);
    List<String> bookIds = new ArrayList<>(gold.keySet());
    if (codebook != null) {
      if (books.get(codebook) == null) {
        throw new DossierInputException(codebooks, 0, "no codebook '" + codebook + "' here");
      }
      bookIds = List.of(codebook);
    }
    if (bookIds.isEmpty()) {
      throw new DossierInputException(turnGold, 0, "no gold rows for the listed transcripts; nothing to compare");
    }
    List<Evaluation.CodeScore> scores = new ArrayList<>();
    for (String id : bookIds) {
      Codebook book = books.get(id);
      Map<String, Set<String>> auto = new LinkedHashMap<>();
      TurnCodes.decide(book, codingsByBook.get(id)).forEach((turn, codes) -> auto.put(turn.docId() + "#" + turn.turn(), codes));
      scores.addAll(TurnEvaluation.score(book, units, gold.getOrDefault(id, Map.of()), auto));
    }
    out.println(units.size() + " respondent turns in " + files.size() + " transcripts");
    printScores(out, scores);
    Path target = csv != null ? csv : coded.toAbsolutePath().getParent().resolve("evaluation-turns.csv");
    CsvFiles.writeEvaluation(target, scores);
    out.println("scores written to " + target);
    return ExitCodes.OK;
  }

  /** Codebook id to turn id to gold codes, checked against the codebooks and the stored turns. */
  private Map<String, Map<String, Set<String>>> readTurnGold(Codebooks books, Map<String, Set<Integer>> respondentTurns)
      throws DossierInputException {
    Map<String, Map<String, Set<String>>> gold = new LinkedHashMap<>();
    for (CSVRecord r : CsvFiles.readRecords(turnGold)) {
      int line = (int) r.getRecordNumber() + 1;
      if (!r.isConsistent() || !r.isMapped("file") || !r.isMapped("turn") || !r.isMapped("codebook") || !r.isMapped("code")) {
        throw new DossierInputException(turnGold, line, "expected columns file,turn,codebook,code");
      }
      String file = r.get("file").strip();
      Set<Integer> turns = respondentTurns.get(file);
      if (turns == null) {
        continue; // a transcript not in the evaluated list
      }
      int turn;
      try {
        turn = Integer.parseInt(r.get("turn").strip());
      } catch (NumberFormatException e) {
        throw new DossierInputException(turnGold, line, "turn must be a number, found '" + r.get("turn") + "'");
      }
      if (!turns.contains(turn)) {
        throw new DossierInputException(turnGold, line, "turn " + turn + " of " + file
            + " is not a respondent turn as the last run read it; respondent turns are " + turns);
      }
      String bookId = r.get("codebook").strip();
      Codebook book = books.get(bookId);
      if (book == null || book.kind() != CodebookKind.TOPICS) {
        throw new DossierInputException(turnGold, line, "'" + bookId + "' is not a topic-list codebook");
      }
      String code = r.get("code").strip();
      if (book.code(code) == null) {
        throw new DossierInputException(turnGold, line, "code '" + code + "' is not a code of " + bookId);
      }
      if (codebook == null || codebook.equals(bookId)) {
        gold.computeIfAbsent(bookId, k -> new LinkedHashMap<>())
            .computeIfAbsent(file + "#" + turn, k -> new java.util.LinkedHashSet<>()).add(code);
      }
    }
    return gold;
  }

  /** The lines of a list file, stripped; blank and comment lines are empty strings (line numbers kept). */
  private static List<String> readLines(Path file) throws DossierInputException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip).map(s -> s.startsWith("#") ? "" : s.replace('\\', '/')).toList();
    } catch (IOException e) {
      throw new DossierInputException(file, 0, "cannot read list of transcripts: " + e.getMessage(), e);
    }
  }

  private List<ContextEvaluation.Outcome> printContexts(
      PrintWriter out, List<String> cases, List<ContextEvaluation.Coded> codings) throws Exception {
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
    out.println();
    out.printf(Locale.ROOT, "%-28s %8s %8s %15s %15s%n", "context", "mentions", "matched", "counted wrongly", "missed counting");
    int shouldNot = 0;
    int wrong = 0;
    List<ContextEvaluation.Outcome> outcomes = ContextEvaluation.outcomes(mentions, codings);
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
    return outcomes;
  }

  /** The codings of segments.csv next to --coded, each under its top-level code column. */
  private List<ContextEvaluation.Coded> readCodings() throws Exception {
    Codebooks books = Pipeline.loadCodebooks(codebooks).codebooks();
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
    return codings;
  }

  /**
   * One row per disagreement: a case-level code with the sentences behind the automatic value, and
   * a mention counted against its annotation. A researcher reads these to see why a code differs.
   */
  private void writeDisagreements(CaseCodes goldCodes, CaseCodes codedCodes, List<String> cases,
      List<Evaluation.CodeScore> scores, List<ContextEvaluation.Coded> codings,
      List<ContextEvaluation.Outcome> outcomes) throws IOException {
    // A sentence matched by several rules of one code is one piece of evidence.
    LinkedHashSet<List<String>> rows = new LinkedHashSet<>();
    for (String c : cases) {
      for (Evaluation.CodeScore score : scores) {
        String column = score.column();
        int g = goldCodes.value(c, column);
        int a = codedCodes.value(c, column);
        if (g == a) {
          continue;
        }
        // For an automatic 1 the counted sentences are the evidence; for an automatic 0 the
        // matches that did not count (negated, hypothetical, another person) show what was seen.
        List<ContextEvaluation.Coded> behind = codings.stream()
            .filter(x -> x.caseId().equals(c) && x.code().equals(column) && x.counted() == (a == 1))
            .toList();
        if (behind.isEmpty()) {
          rows.add(List.of("case", c, column, String.valueOf(g), String.valueOf(a), "", "", ""));
        }
        for (ContextEvaluation.Coded x : behind) {
          rows.add(List.of("case", c, column, String.valueOf(g), String.valueOf(a), x.file(), x.text(),
              x.counted() ? "counted" : "not counted"));
        }
      }
    }
    for (ContextEvaluation.Outcome o : outcomes) {
      if (o.disagrees()) {
        ContextEvaluation.Mention m = o.mention();
        rows.add(List.of("mention", m.caseId(), m.code(), m.counts() ? "1" : "0", o.counted() ? "1" : "0",
            m.file(), m.sentence(), m.context()));
      }
    }
    CsvFiles.writeRows(disagreements,
        List.of("kind", "case_id", "code", "gold", "auto", "file", "sentence", "note"), new ArrayList<>(rows));
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
