package org.dossiercoder.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Project;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookKind;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.ingest.CaseRecord;
import org.dossiercoder.store.Decision;

import org.dossiercoder.store.DecisionScope;

/**
 * The analysis schema of the dossier study (seed report 003, Bijlage VI) as a coding sheet: one
 * row per case with its background attributes and one cell per analysis category (verloop,
 * ondersteuningsvragen, betrokken partijen, interventies, resultaten, …), holding the numbers of
 * the codes that hold, as the schema numbers them ("1, 3"), pre-filled with the current
 * case-level codes, and a column for remarks.
 *
 * <p>{@link #importSheet} stores every category cell of the sheet as that coder's case-level
 * decision: the sheet is the coder's coding of those cases, which is what intercoder agreement
 * compares. Remarks become the decisions' memo.
 */
public final class CodingSheet {
  /** The sheet with one row per case. */
  public static final String SHEET = "Analyseschema";
  /** The hidden sheet with the project id. */
  public static final String META = "dossiercoder";
  static final String CASE = "nr";
  static final String REMARKS = "overige opmerkingen";

  private CodingSheet() {}

  /** The codebooks that are case-level categories of the schema, in output order. */
  static List<Codebook> categories(Project project) {
    return project.codebooks().list().stream()
        .filter(b -> b.kind() == CodebookKind.MULTI || b.kind() == CodebookKind.SINGLE).toList();
  }

  /** The header of a category column: its label and the numbered codes, as on the paper schema. */
  static String header(Codebook b) {
    List<String> legend = new ArrayList<>();
    List<Code> codes = b.topLevelCodes();
    for (int i = 0; i < codes.size(); i++) {
      legend.add((i + 1) + ". " + codes.get(i).label());
    }
    return b.label() + " [" + b.id() + "] (" + String.join("; ", legend) + ")";
  }

  /**
   * Writes the coding sheet, pre-filled with the case-level codes as they stand.
   *
   * @return the number of cases written
   */
  public static int export(Project project, Path file) throws IOException {
    CaseCodes codes = project.effective().caseCodes();
    List<Codebook> books = categories(project);
    Map<String, String> remarks = new HashMap<>();
    for (Decision d : project.store().activeDecisions()) {
      if (d.scope() == DecisionScope.CASE && !d.memo().isEmpty()) {
        remarks.put(d.caseId(), d.memo());
      }
    }
    List<String> attributes = project.corpus().attributeNames();
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet(SHEET);
      CellStyle head = wb.createCellStyle();
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      head.setFont(bold);
      head.setWrapText(true);
      Row header = sheet.createRow(0);
      int col = 0;
      header.createCell(col++).setCellValue(CASE);
      for (String a : attributes) {
        header.createCell(col++).setCellValue(a);
      }
      int firstCategory = col;
      for (Codebook b : books) {
        header.createCell(col++).setCellValue(header(b));
      }
      header.createCell(col).setCellValue(REMARKS);
      header.forEach(c -> c.setCellStyle(head));
      header.setHeightInPoints(90);
      int r = 1;
      for (CaseRecord c : project.corpus().cases()) {
        Row row = sheet.createRow(r++);
        col = 0;
        row.createCell(col++).setCellValue(c.caseId());
        for (String a : attributes) {
          row.createCell(col++).setCellValue(c.attribute(a));
        }
        for (Codebook b : books) {
          row.createCell(col++).setCellValue(numbers(b, codes, c.caseId()));
        }
        row.createCell(col).setCellValue(remarks.getOrDefault(c.caseId(), ""));
      }
      DataValidationHelper helper = sheet.getDataValidationHelper();
      for (int i = 0; i < books.size(); i++) {
        Codebook b = books.get(i);
        if (b.kind() == CodebookKind.SINGLE && r > 1) {
          String[] options = new String[b.topLevelCodes().size()];
          for (int k = 0; k < options.length; k++) {
            options[k] = Integer.toString(k + 1);
          }
          DataValidation dv = helper.createValidation(helper.createExplicitListConstraint(options),
              new CellRangeAddressList(1, r - 1, firstCategory + i, firstCategory + i));
          dv.setShowErrorBox(true);
          sheet.addValidationData(dv);
        }
      }
      sheet.createFreezePane(1, 1);
      for (int i = 0; i <= firstCategory + books.size(); i++) {
        sheet.setColumnWidth(i, (i >= firstCategory ? 24 : 12) * 256);
      }
      sheet.setColumnWidth(firstCategory + books.size(), 50 * 256);
      Sheet meta = wb.createSheet(META);
      Row m = meta.createRow(0);
      m.createCell(0).setCellValue("project_id");
      m.createCell(1).setCellValue(project.store().projectId());
      Row f = meta.createRow(1);
      f.createCell(0).setCellValue("format");
      f.createCell(1).setCellValue("dossiercoder coding sheet 1");
      wb.setSheetVisibility(wb.getSheetIndex(META), SheetVisibility.HIDDEN);
      wb.write(out);
    }
    return project.corpus().cases().size();
  }

  private static String numbers(Codebook b, CaseCodes codes, String caseId) {
    List<String> out = new ArrayList<>();
    List<Code> top = b.topLevelCodes();
    for (int i = 0; i < top.size(); i++) {
      if (codes.value(caseId, b.column(top.get(i))) == 1) {
        out.add(Integer.toString(i + 1));
      }
    }
    return String.join(", ", out);
  }

  /**
   * Reads a coding sheet and stores every category cell as the coder's case-level decision, all
   * or none; cells equal to the coder's current decision are skipped, so a second import of the
   * same sheet stores nothing.
   *
   * @return the decisions stored
   * @throws DossierInputException naming row and column of the first problem
   */
  public static List<Decision> importSheet(Project project, Path file, String coder)
      throws DossierInputException, IOException {
    if (coder == null || coder.isBlank()) {
      throw new DossierInputException(null, 0, "a coder id is needed to import a coding sheet (--coder)");
    }
    List<Decision> decisions = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      DataFormatter fmt = new DataFormatter(Locale.ROOT);
      Sheet meta = wb.getSheet(META);
      if (meta == null || meta.getRow(0) == null) {
        throw new DossierInputException(file, 0, "not a dossiercoder coding sheet (hidden sheet '" + META
            + "' is missing); export one with 'dossiercoder coding-sheet export'");
      }
      if (!project.store().projectId().equals(fmt.formatCellValue(meta.getRow(0).getCell(1)))) {
        throw new DossierInputException(file, 0, "this coding sheet belongs to another project; export one from this project");
      }
      Sheet sheet = wb.getSheet(SHEET);
      if (sheet == null) {
        throw new DossierInputException(file, 0, "sheet '" + SHEET + "' is missing");
      }
      Row header = sheet.getRow(0);
      Map<String, Integer> columns = new HashMap<>();
      if (header != null) {
        header.forEach(c -> columns.put(fmt.formatCellValue(c).strip(), c.getColumnIndex()));
      }
      Integer caseCol = columns.get(CASE);
      if (caseCol == null) {
        throw new DossierInputException(file, 1, "sheet '" + SHEET + "': column '" + CASE + "' is missing");
      }
      List<Codebook> books = categories(project);
      List<Integer> bookCols = new ArrayList<>();
      for (Codebook b : books) {
        Integer c = columns.get(header(b));
        if (c == null) {
          throw new DossierInputException(file, 1, "sheet '" + SHEET + "': column '" + header(b)
              + "' is missing or was renamed (the codebooks may have changed; export a new sheet)");
        }
        bookCols.add(c);
      }
      Integer remarkCol = columns.get(REMARKS);
      java.util.Set<String> known = new java.util.HashSet<>(project.caseIds());
      java.util.Set<String> seen = new java.util.HashSet<>();
      Map<String, Decision> mine = new HashMap<>();
      java.util.Set<String> single = EffectiveCodings.singleChoice(project.codebooks());
      for (Decision d : project.store().activeDecisions()) {
        if (d.coder().equals(coder.strip()) && d.scope() == DecisionScope.CASE) {
          mine.put(d.target(single.contains(d.codebook())), d);
        }
      }
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        int line = r + 1;
        String caseId = row == null ? "" : fmt.formatCellValue(row.getCell(caseCol)).strip();
        if (caseId.isEmpty()) {
          continue;
        }
        String where = "row " + line + ", column " + ReviewSheet.column(caseCol) + " (" + CASE + ")";
        if (!known.contains(caseId)) {
          throw new DossierInputException(file, line, where + ": unknown case '" + caseId + "'");
        }
        if (!seen.add(caseId)) {
          throw new DossierInputException(file, line, where + ": case '" + caseId + "' appears twice");
        }
        String memo = remarkCol == null ? "" : fmt.formatCellValue(row.getCell(remarkCol)).strip();
        for (int i = 0; i < books.size(); i++) {
          Codebook b = books.get(i);
          int c = bookCols.get(i);
          TreeSet<Integer> chosen = parse(fmt.formatCellValue(row.getCell(c)), b, file, line,
              "row " + line + ", column " + ReviewSheet.column(c) + " (" + b.id() + ")");
          List<Code> top = b.topLevelCodes();
          List<Decision> cell = new ArrayList<>();
          if (b.kind() == CodebookKind.SINGLE) {
            String code = chosen.isEmpty() ? "" : top.get(chosen.first() - 1).id();
            cell.add(Decision.setCase(caseId, b.id(), code, 1, coder.strip(), memo));
          } else {
            for (int k = 0; k < top.size(); k++) {
              cell.add(Decision.setCase(caseId, b.id(), top.get(k).id(), chosen.contains(k + 1) ? 1 : 0,
                  coder.strip(), memo));
            }
          }
          for (Decision d : cell) {
            Decision now = mine.get(d.target(b.kind() == CodebookKind.SINGLE));
            if (now == null || !now.code().equals(d.code()) || now.value() != d.value() || !now.memo().equals(memo)) {
              decisions.add(d);
            }
          }
        }
      }
    } catch (NotOfficeXmlFileException | org.apache.poi.EmptyFileException e) {
      throw new DossierInputException(file, 0, "not an XLSX workbook: " + e.getMessage(), e);
    }
    return decisions.isEmpty() ? List.of() : project.record(decisions, file);
  }

  private static TreeSet<Integer> parse(String value, Codebook b, Path file, int line, String where)
      throws DossierInputException {
    TreeSet<Integer> out = new TreeSet<>();
    int max = b.topLevelCodes().size();
    for (String part : value.split("[,;/\\s]+")) {
      String p = part.strip();
      if (p.endsWith(".")) {
        p = p.substring(0, p.length() - 1);
      }
      if (p.isEmpty()) {
        continue;
      }
      int n;
      try {
        n = Integer.parseInt(p);
      } catch (NumberFormatException e) {
        throw new DossierInputException(file, line, where + ": '" + value.strip()
            + "' is not a list of code numbers 1-" + max);
      }
      if (n < 1 || n > max) {
        throw new DossierInputException(file, line, where + ": " + n + " is not a code number 1-" + max);
      }
      out.add(n);
    }
    if (b.kind() == CodebookKind.SINGLE && out.size() > 1) {
      throw new DossierInputException(file, line, where + ": one code only (single choice), found '" + value.strip() + "'");
    }
    return out;
  }

}
