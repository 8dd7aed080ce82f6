package org.dossiercoder.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Problem;

/** Reads a CSV file whose first column is a case id: cases.csv, gold files, case-code files. */
public final class CasesCsv {

  /**
   * The rows of such a file.
   *
   * @param header the column names in file order, the case id column first
   * @param rows the rows, in file order, duplicates removed
   * @param problems duplicate ids and similar problems, one per offending row
   * @param encoding the detected encoding
   * @param delimiter the detected delimiter
   */
  public record Rows(
      List<String> header,
      List<CaseRecord> rows,
      List<Problem> problems,
      String encoding,
      char delimiter) {}

  private CasesCsv() {}

  /**
   * Reads a CSV with a {@code case_id} column. Delimiter {@code ,} or {@code ;} and the encoding
   * are detected.
   *
   * @throws DossierInputException when the file cannot be read, is empty or has no case_id column
   */
  public static Rows read(Path file) throws DossierInputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DossierInputException(file, 0, "cannot read file: " + e.getMessage(), e);
    }
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    String text = decoded.text();
    if (text.isBlank()) {
      throw new DossierInputException(file, 1, "file is empty; expected a header with case_id");
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<String> header;
    List<CaseRecord> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Long> seen = new LinkedHashMap<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      header = new ArrayList<>(parser.getHeaderNames());
      if (!header.contains("case_id")) {
        throw new DossierInputException(
            file, 1, "no column case_id in header " + header + "; expected case_id first");
      }
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        String id = record.isMapped("case_id") && record.isSet("case_id") ? record.get("case_id") : "";
        if (id.isEmpty()) {
          problems.add(new Problem(file + ":" + line, "missing-case-id", "row without case_id"));
          continue;
        }
        if (seen.containsKey(id)) {
          problems.add(
              new Problem(
                  file + ":" + line,
                  "duplicate-case-id",
                  "case id '" + id + "' already on line " + seen.get(id) + "; row ignored"));
          continue;
        }
        seen.put(id, line);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String column : header) {
          if (!column.equals("case_id")) {
            attributes.put(
                column, record.isMapped(column) && record.isSet(column) ? record.get(column) : "");
          }
        }
        rows.add(new CaseRecord(id, attributes));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new DossierInputException(file, 0, "not a readable CSV file: " + e.getMessage(), e);
    }
    header.remove("case_id");
    header.add(0, "case_id");
    return new Rows(header, rows, problems, decoded.encoding(), delimiter);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
