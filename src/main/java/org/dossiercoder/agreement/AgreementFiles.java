package org.dossiercoder.agreement;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.report.CsvFiles;

/**
 * Reads coders' case-code files and writes agreement and disagreement CSVs: UTF-8 without BOM,
 * comma-separated, RFC 4180 quoting, {@code \n} line ends, figures with three decimals or
 * {@code NA} (as the other CSV outputs).
 */
public final class AgreementFiles {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private AgreementFiles() {}

  /**
   * Reads one case-code file per coder. A coder is named after the file name without
   * {@code .csv}; when two files share that name, by the path as given.
   *
   * @param files the coders' files, in coder order
   * @return coder name to case codes, in file order
   * @throws DossierInputException when a file cannot be read, or is given twice
   */
  public static Map<String, CaseCodes> readCoders(List<Path> files) throws DossierInputException {
    Map<String, CaseCodes> coders = new LinkedHashMap<>();
    List<Path> seen = new ArrayList<>();
    for (Path file : files) {
      Path normal = file.toAbsolutePath().normalize();
      if (seen.contains(normal)) {
        throw new DossierInputException(file, 0, "given twice; each coder's file once");
      }
      seen.add(normal);
    }
    for (Path file : files) {
      String name = coderName(file);
      long same = files.stream().filter(f -> coderName(f).equals(name)).count();
      coders.put(same > 1 ? file.toString() : name, CsvFiles.readCaseCodes(file));
    }
    return coders;
  }

  /** Writes {@code variable, n, coders, observed, kappa, alpha}, one row per variable. */
  public static void writeRows(Path file, List<AgreementRow> rows) throws IOException {
    try (CSVPrinter p = printer(file)) {
      p.printRecord("variable", "n", "coders", "observed", "kappa", "alpha");
      for (AgreementRow r : rows) {
        p.printRecord(r.variable(), r.units(), r.coders(), CsvFiles.num(r.observed()),
            CsvFiles.num(r.cohenKappa()), CsvFiles.num(r.krippendorffAlpha()));
      }
    }
  }

  /**
   * Writes {@code case_id, variable} and one column per coder (empty where the coder did not code
   * the case), one row per disagreement.
   */
  public static void writeDisagreements(Path file, List<Disagreement> disagreements, List<String> coders)
      throws IOException {
    try (CSVPrinter p = printer(file)) {
      List<String> header = new ArrayList<>();
      header.add("case_id");
      header.add("variable");
      header.addAll(coders);
      p.printRecord(header);
      for (Disagreement d : disagreements) {
        List<String> row = new ArrayList<>();
        row.add(d.caseId());
        row.add(d.variable());
        for (String c : coders) {
          row.add(d.valueByCoder().getOrDefault(c, ""));
        }
        p.printRecord(row);
      }
    }
  }

  private static String coderName(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
  }

  private static CSVPrinter printer(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CSVPrinter(w, FORMAT);
  }
}
