package org.dossiercoder.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Problem;
import org.dossiercoder.analysis.Evaluation;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.ingest.CaseRecord;
import org.dossiercoder.ingest.CasesCsv;

/**
 * The CSV outputs: {@code case-codes.csv}, {@code segments.csv}, {@code problems.csv}, table CSVs
 * and evaluation CSVs. UTF-8 without BOM, comma-separated, RFC 4180 quoting, {@code \n} line ends.
 */
public final class CsvFiles {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private CsvFiles() {}

  /** Writes {@code case_id} and one 0/1 column per top-level code, one row per case. */
  public static void writeCaseCodes(Path file, CaseCodes codes, List<String> topLevelColumns) throws IOException {
    try (CSVPrinter p = printer(file)) {
      List<String> header = new ArrayList<>();
      header.add("case_id");
      header.addAll(topLevelColumns);
      p.printRecord(header);
      for (String c : codes.caseIds()) {
        List<Object> row = new ArrayList<>();
        row.add(c);
        for (String col : topLevelColumns) {
          row.add(codes.value(c, col));
        }
        p.printRecord(row);
      }
    }
  }

  /**
   * Reads a case-code file (case-codes.csv or a gold file with the same columns).
   *
   * @throws DossierInputException naming file, line and column of a value that is not 0 or 1
   */
  public static CaseCodes readCaseCodes(Path file) throws DossierInputException {
    CasesCsv.Rows rows = CasesCsv.read(file);
    if (!rows.problems().isEmpty()) {
      Problem p = rows.problems().get(0);
      throw new DossierInputException(file, 0, p.kind() + ": " + p.message());
    }
    List<String> columns = new ArrayList<>(rows.header());
    columns.remove("case_id");
    List<String> ids = new ArrayList<>();
    Map<String, Map<String, Integer>> values = new HashMap<>();
    int line = 1;
    for (CaseRecord r : rows.rows()) {
      line++;
      ids.add(r.caseId());
      Map<String, Integer> v = new HashMap<>();
      for (String col : columns) {
        String cell = r.attribute(col).strip();
        switch (cell) {
          case "1" -> v.put(col, 1);
          case "0", "" -> v.put(col, 0);
          default -> throw new DossierInputException(
              file, line, "case '" + r.caseId() + "', column '" + col + "': expected 0 or 1, found '" + cell + "'");
        }
      }
      values.put(r.caseId(), v);
    }
    return CaseCodes.of(ids, columns, values);
  }

  /**
   * Reads an output-style CSV (header line, comma-separated, UTF-8) into header-keyed records.
   *
   * @throws DossierInputException naming the file when it is missing, unreadable or malformed
   */
  public static List<org.apache.commons.csv.CSVRecord> readRecords(Path file) throws DossierInputException {
    try (java.io.Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        org.apache.commons.csv.CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return p.getRecords();
    } catch (java.nio.file.NoSuchFileException e) {
      throw new DossierInputException(file, 0, "not found", e);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new DossierInputException(file, 0, "cannot read as CSV with a header line: " + e.getMessage(), e);
    }
  }

  /**
   * Writes every segment coding with its text, then (for transcripts) its turn, speaker label,
   * speaker kind, respondent role and the question the turn answers.
   */
  public static void writeSegments(Path file, List<SegmentCoding> codings) throws IOException {
    try (CSVPrinter p = printer(file)) {
      p.printRecord(
          "case_id", "doc_id", "doc_type", "segment", "start", "end", "match_start", "match_end",
          "codebook", "code", "rule", "context", "counted", "entry_date", "text",
          "turn", "speaker", "speaker_kind", "role", "question");
      for (SegmentCoding c : codings) {
        p.printRecord(
            c.caseId(), c.docId(), c.docType(), c.ordinal(), c.start(), c.end(), c.matchStart(),
            c.matchEnd(), c.codebook(), c.code(), c.rule(), c.context().key(), c.counted() ? 1 : 0,
            c.entryDate(), c.text(), c.turn(), c.speaker(), c.speakerKind().key(), c.role(), c.question());
      }
    }
  }

  /** Writes a plain table: a header and rows of strings. */
  public static void writeRows(Path file, List<String> header, List<List<String>> rows) throws IOException {
    try (CSVPrinter p = printer(file)) {
      p.printRecord(header);
      for (List<String> row : rows) {
        p.printRecord(row);
      }
    }
  }

  /** Writes the problems of a run. */
  public static void writeProblems(Path file, List<Problem> problems) throws IOException {
    try (CSVPrinter p = printer(file)) {
      p.printRecord("file", "problem", "message");
      for (Problem x : problems) {
        p.printRecord(x.file(), x.kind(), x.message());
      }
    }
  }

  /**
   * Writes privacy findings: file, line, category and a masked value — never the value itself.
   */
  public static void writePrivacyFindings(Path file, List<org.dossiercoder.PrivacyFinding> findings) throws IOException {
    try (CSVPrinter p = printer(file)) {
      p.printRecord("file", "line", "category", "masked_value");
      for (org.dossiercoder.PrivacyFinding f : findings) {
        p.printRecord(f.file(), f.finding().line(), f.finding().category().key(), f.finding().masked());
      }
    }
  }

  /** Writes a report table: label column, counts (X where not applicable) and % columns. */
  public static void writeTable(Path file, ReportTable table) throws IOException {
    try (CSVPrinter p = printer(file)) {
      List<String> header = new ArrayList<>();
      header.add(table.rowHeader().isEmpty() ? "" : table.rowHeader());
      for (ReportTable.Column c : table.columns()) {
        header.add(ReportTable.header(c));
        if (table.percentages()) {
          header.add(ReportTable.header(c) + " %");
        }
      }
      p.printRecord(header);
      for (int i = 0; i < table.rows().size(); i++) {
        List<String> row = new ArrayList<>();
        row.add(table.rows().get(i).label());
        for (int c = 0; c < table.columns().size(); c++) {
          row.add(table.cell(i, c));
          if (table.percentages()) {
            row.add(table.percentCell(i, c));
          }
        }
        p.printRecord(row);
      }
    }
  }

  /** Writes evaluation scores. */
  public static void writeEvaluation(Path file, List<Evaluation.CodeScore> scores) throws IOException {
    try (CSVPrinter p = printer(file)) {
      p.printRecord("code", "n", "support", "tp", "fp", "fn", "tn", "precision", "recall", "f1", "kappa", "agreement");
      for (Evaluation.CodeScore s : scores) {
        p.printRecord(
            s.column(), s.n(), s.support(), s.tp(), s.fp(), s.fn(), s.tn(), num(s.precision()),
            num(s.recall()), num(s.f1()), num(s.kappa()), num(s.agreement()));
      }
    }
  }

  /** A figure with three decimals, or NA when undefined. */
  public static String num(double d) {
    return Double.isNaN(d) ? "NA" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static CSVPrinter printer(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CSVPrinter(w, FORMAT);
  }
}
