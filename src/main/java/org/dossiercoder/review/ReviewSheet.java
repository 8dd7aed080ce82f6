package org.dossiercoder.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Project;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.DecisionAction;
import org.dossiercoder.store.SegmentKey;
import org.dossiercoder.store.StoredSegment;

/**
 * The review spreadsheet: one row per automatic proposal (a code proposed for a sentence), with
 * the sentence and its matched words in bold, the context and rules, and a decision column with a
 * drop-down (accept/reject) that {@link #importSheet} reads back as the coder's decisions.
 *
 * <p>The workbook carries the project id and the run it was exported after (sheet {@value
 * #META}), so that a sheet of another project, or one whose proposals have been re-coded since,
 * is refused instead of being applied to the wrong sentences.
 */
public final class ReviewSheet {
  /** The sheet with the proposals. */
  public static final String SHEET = "Beoordeling";
  /** The hidden sheet with the project id and run. */
  public static final String META = "dossiercoder";

  static final List<String> HEADER = List.of(
      "case", "document", "date", "sentence_no", "code", "label", "sentence", "context", "counted", "rules",
      "current_decision", "needs_review", "decision", "memo", "key");
  private static final int DECISION = HEADER.indexOf("decision");
  private static final int MEMO = HEADER.indexOf("memo");

  private ReviewSheet() {}

  /**
   * Which proposals to export.
   *
   * @param caseId only this case, or null
   * @param codebook only this codebook, or null
   */
  public record Filter(String caseId, String codebook) {
    /** Every proposal. */
    public static Filter all() {
      return new Filter(null, null);
    }

    boolean keeps(SegmentCoding c) {
      return (caseId == null || caseId.equals(c.caseId())) && (codebook == null || codebook.equals(c.codebook()));
    }
  }

  /** One proposal: a code for a sentence, with every rule match behind it. */
  private record Proposal(StoredSegment segment, String codebook, String code, List<SegmentCoding> matches) {}

  /**
   * Writes the review sheet of a project.
   *
   * @return the number of proposals written
   */
  public static int export(Project project, Path file, Filter filter) throws IOException {
    Map<String, StoredSegment> segments = project.store().segments();
    SegmentKey.Lookup keys = new SegmentKey.Lookup(segments.values());
    Map<String, Proposal> proposals = new LinkedHashMap<>();
    for (SegmentCoding c : project.store().autoCodings()) {
      String key = keys.key(c);
      if (key == null || !filter.keeps(c)) {
        continue;
      }
      proposals.computeIfAbsent(key + "|" + c.column(),
          k -> new Proposal(segments.get(key), c.codebook(), c.code(), new ArrayList<>())).matches().add(c);
    }
    Map<String, Decision> current = EffectiveCodings.winners(project.store().activeDecisions(),
        EffectiveCodings.singleChoice(project.codebooks()));
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet(SHEET);
      CellStyle bold = wb.createCellStyle();
      XSSFFont boldFont = wb.createFont();
      boldFont.setBold(true);
      bold.setFont(boldFont);
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.size(); i++) {
        header.createCell(i).setCellValue(HEADER.get(i));
        header.getCell(i).setCellStyle(bold);
      }
      int r = 1;
      for (Proposal p : proposals.values()) {
        Row row = sheet.createRow(r++);
        StoredSegment s = p.segment();
        Codebook book = project.codebooks().get(p.codebook());
        Code code = book == null ? null : book.code(p.code());
        TreeSet<String> contexts = new TreeSet<>();
        TreeSet<String> rules = new TreeSet<>();
        boolean counted = false;
        for (SegmentCoding m : p.matches()) {
          contexts.add(m.context().key());
          rules.add(m.rule());
          counted |= m.counted();
        }
        row.createCell(0).setCellValue(s.caseId());
        row.createCell(1).setCellValue(s.docId());
        row.createCell(2).setCellValue(s.entryDate());
        row.createCell(3).setCellValue(s.ordinal() + 1);
        row.createCell(4).setCellValue(p.codebook() + "." + p.code());
        row.createCell(5).setCellValue(code == null ? "" : code.label());
        Cell sentence = row.createCell(6);
        sentence.setCellValue(marked(s, p.matches(), boldFont));
        sentence.setCellStyle(wrap);
        row.createCell(7).setCellValue(String.join(", ", contexts));
        row.createCell(8).setCellValue(counted ? "ja" : "nee");
        row.createCell(9).setCellValue(String.join(", ", rules));
        Decision d = current.get("segment|" + s.key() + "|" + p.codebook() + "." + p.code());
        row.createCell(10).setCellValue(d == null ? "" : d.action().key() + " (" + d.coder() + ", "
            + d.created().substring(0, Math.min(10, d.created().length())) + ")");
        row.createCell(11).setCellValue(d == null || d.review().isEmpty() ? "" : d.review());
        row.createCell(12).setCellValue("");
        row.createCell(13).setCellValue("");
        row.createCell(14).setCellValue(s.key());
      }
      if (r > 1) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation dv = helper.createValidation(
            helper.createExplicitListConstraint(new String[] {"accept", "reject"}),
            new CellRangeAddressList(1, r - 1, DECISION, DECISION));
        dv.setShowErrorBox(true);
        sheet.addValidationData(dv);
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
      int[] widths = {8, 22, 11, 6, 28, 24, 70, 14, 8, 16, 22, 14, 10, 30, 30};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      Sheet meta = wb.createSheet(META);
      String[][] values = {
        {"project_id", project.store().projectId()},
        {"run_id", Long.toString(project.store().lastRunId())},
        {"exported", Instant.now().toString()},
        {"format", "dossiercoder review sheet 1"}
      };
      for (int i = 0; i < values.length; i++) {
        Row m = meta.createRow(i);
        m.createCell(0).setCellValue(values[i][0]);
        m.createCell(1).setCellValue(values[i][1]);
      }
      wb.setSheetVisibility(wb.getSheetIndex(META), SheetVisibility.HIDDEN);
      wb.write(out);
    }
    return proposals.size();
  }

  /**
   * Reads a filled-in review sheet and stores its decisions as the coder's, all or none. Rows
   * whose decision cell is empty are skipped, and so are rows that repeat the coder's current
   * decision, so importing the same sheet twice stores nothing new.
   *
   * @return the decisions stored
   * @throws DossierInputException naming the row and column of the first problem; nothing is stored then
   */
  public static List<Decision> importSheet(Project project, Path file, String coder)
      throws DossierInputException, IOException {
    List<Decision> decisions = read(project, file, coder);
    return decisions.isEmpty() ? List.of() : project.record(decisions, file);
  }

  static List<Decision> read(Project project, Path file, String coder) throws DossierInputException, IOException {
    if (coder == null || coder.isBlank()) {
      throw new DossierInputException(null, 0, "a coder id is needed to import decisions (--coder)");
    }
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet meta = wb.getSheet(META);
      if (meta == null) {
        throw new DossierInputException(file, 0, "not a dossiercoder review sheet (hidden sheet '" + META
            + "' is missing); export one with 'dossiercoder review export'");
      }
      Sheet sheet = wb.getSheet(SHEET);
      if (sheet == null) {
        throw new DossierInputException(file, 0, "sheet '" + SHEET + "' is missing");
      }
      Map<String, String> m = new HashMap<>();
      DataFormatter fmt = new DataFormatter(Locale.ROOT);
      for (Row row : meta) {
        m.put(fmt.formatCellValue(row.getCell(0)), fmt.formatCellValue(row.getCell(1)));
      }
      if (!project.store().projectId().equals(m.get("project_id"))) {
        throw new DossierInputException(file, 0, "this review sheet belongs to another project (project id "
            + m.get("project_id") + "); export one from this project");
      }
      String run = Long.toString(project.store().lastRunId());
      if (!run.equals(m.get("run_id"))) {
        throw new DossierInputException(file, 0, "this review sheet was exported after run " + m.get("run_id")
            + ", but the project has been coded again since (run " + run
            + "): its proposals may have changed; export a new sheet");
      }
      Row header = sheet.getRow(0);
      for (int i = 0; i < HEADER.size(); i++) {
        String h = header == null ? "" : fmt.formatCellValue(header.getCell(i)).strip();
        if (!HEADER.get(i).equals(h)) {
          throw new DossierInputException(file, 1, "sheet '" + SHEET + "', column " + column(i) + ": expected header '"
              + HEADER.get(i) + "', found '" + h + "' (columns must not be moved or renamed)");
        }
      }
      return rows(project, file, sheet, fmt, coder.strip());
    } catch (NotOfficeXmlFileException | org.apache.poi.EmptyFileException e) {
      throw new DossierInputException(file, 0, "not an XLSX workbook: " + e.getMessage(), e);
    }
  }

  private static List<Decision> rows(Project project, Path file, Sheet sheet, DataFormatter fmt, String coder)
      throws DossierInputException, IOException {
    Map<String, StoredSegment> segments = project.store().segments();
    SegmentKey.Lookup keys = new SegmentKey.Lookup(segments.values());
    java.util.Set<String> proposed = new java.util.HashSet<>();
    for (SegmentCoding c : project.store().autoCodings()) {
      String key = keys.key(c);
      if (key != null) {
        proposed.add(key + "|" + c.column());
      }
    }
    Map<String, Decision> mine = new HashMap<>();
    for (Decision d : project.store().activeDecisions()) {
      if (d.coder().equals(coder)) {
        mine.put(d.target(false), d);
      }
    }
    List<Decision> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      int line = r + 1;
      String value = fmt.formatCellValue(row.getCell(DECISION)).strip();
      if (value.isEmpty()) {
        continue;
      }
      DecisionAction action = action(value);
      if (action == null) {
        throw new DossierInputException(file, line, "row " + line + ", column " + column(DECISION)
            + " (decision): '" + value + "' is not accept or reject");
      }
      String key = cell(row, fmt, "key");
      StoredSegment seg = segments.get(key);
      if (seg == null) {
        throw new DossierInputException(file, line, "row " + line + ", column " + column(HEADER.indexOf("key"))
            + " (key): unknown sentence '" + key + "' (edited, or from another project)");
      }
      check(file, line, "case", cell(row, fmt, "case"), seg.caseId());
      check(file, line, "document", cell(row, fmt, "document"), seg.docId());
      String columnId = cell(row, fmt, "code");
      int dot = columnId.indexOf('.');
      if (dot < 0 || !proposed.contains(key + "|" + columnId)) {
        throw new DossierInputException(file, line, "row " + line + ", column " + column(HEADER.indexOf("code"))
            + " (code): '" + columnId + "' was not proposed for this sentence (edited?)");
      }
      if (!seen.add(key + "|" + columnId)) {
        throw new DossierInputException(file, line, "row " + line + ": the same proposal appears twice");
      }
      String memo = fmt.formatCellValue(row.getCell(MEMO)).strip();
      String codebook = columnId.substring(0, dot);
      String code = columnId.substring(dot + 1);
      Decision d = action == DecisionAction.ACCEPT
          ? Decision.accept(seg.caseId(), key, codebook, code, coder, memo)
          : Decision.reject(seg.caseId(), key, codebook, code, coder, memo);
      Decision now = mine.get(d.target(false));
      if (now != null && now.action() == action && now.memo().equals(memo)) {
        continue; // already this coder's decision: importing a sheet twice changes nothing
      }
      out.add(d);
    }
    return out;
  }

  private static DecisionAction action(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "accept", "akkoord", "accepteren", "ja" -> DecisionAction.ACCEPT;
      case "reject", "afwijzen", "nee" -> DecisionAction.REJECT;
      default -> null;
    };
  }

  private static String cell(Row row, DataFormatter fmt, String name) {
    return fmt.formatCellValue(row.getCell(HEADER.indexOf(name))).strip();
  }

  private static void check(Path file, int line, String name, String found, String expected)
      throws DossierInputException {
    if (!found.equals(expected)) {
      throw new DossierInputException(file, line, "row " + line + ", column " + column(HEADER.indexOf(name))
          + " (" + name + "): '" + found + "' was edited; the row's sentence belongs to '" + expected + "'");
    }
  }

  /** The spreadsheet letter of a 0-based column. */
  static String column(int i) {
    return org.apache.poi.ss.util.CellReference.convertNumToColString(i);
  }

  private static XSSFRichTextString marked(StoredSegment s, List<SegmentCoding> matches, XSSFFont bold) {
    XSSFRichTextString text = new XSSFRichTextString(s.text());
    for (SegmentCoding m : matches) {
      int from = Math.max(0, m.matchStart() - s.start());
      int to = Math.min(s.text().length(), m.matchEnd() - s.start());
      if (from < to) {
        text.applyFont(from, to, bold);
      }
    }
    return text;
  }
}
