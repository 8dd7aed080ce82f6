package org.dossiercoder.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dossiercoder.analysis.FrameworkMatrix;
import org.dossiercoder.codebook.Code;

/**
 * Writes a framework matrix as XLSX (wrapped text, frozen headers: category, item, then one
 * column per respondent) and as a self-contained HTML page, plus the theme-by-respondent-type
 * summary on its own sheet and below the HTML matrix.
 */
public final class MatrixFiles {
  private MatrixFiles() {}

  /** Text of a cell: each excerpt with its source, and the number of coded turns. */
  static String cellText(List<FrameworkMatrix.Excerpt> excerpts) {
    if (excerpts.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (FrameworkMatrix.Excerpt e : excerpts) {
      parts.add("\u201c" + e.text() + "\u201d (beurt " + e.turn() + ")");
    }
    return "[" + excerpts.size() + "] " + String.join("\n", parts);
  }

  /** Writes the XLSX. */
  public static void writeXlsx(Path file, FrameworkMatrix m) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      CellStyle head = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      head.setFont(bold);
      head.setWrapText(true);
      head.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      CellStyle category = wb.createCellStyle();
      category.cloneStyleFrom(wrap);
      category.setFont(bold);
      Sheet sheet = wb.createSheet("matrix");
      Row cases = sheet.createRow(0);
      Row header = sheet.createRow(1);
      header.createCell(0).setCellValue("analyse-categorie");
      header.createCell(1).setCellValue("analyse-item");
      cases.createCell(0).setCellValue(m.codebook().label());
      String lastCase = null;
      for (int i = 0; i < m.respondents().size(); i++) {
        FrameworkMatrix.Respondent r = m.respondents().get(i);
        if (!r.caseId().equals(lastCase)) {
          cases.createCell(i + 2).setCellValue("casus " + r.caseId());
          lastCase = r.caseId();
        }
        header.createCell(i + 2).setCellValue(r.role().isEmpty() ? "respondent" : r.role());
      }
      header.createCell(m.respondents().size() + 2).setCellValue("totaal");
      cases.forEach(c -> c.setCellStyle(head));
      header.forEach(c -> c.setCellStyle(head));
      int r = 2;
      String currentCategory = "";
      for (FrameworkMatrix.MatrixRow row : m.rows()) {
        Row x = sheet.createRow(r++);
        if (row.depth() == 0) {
          currentCategory = row.code().label();
          x.createCell(0).setCellValue(currentCategory);
          x.getCell(0).setCellStyle(category);
        } else {
          x.createCell(0).setCellValue(currentCategory);
          x.createCell(1).setCellValue(row.code().label());
          x.getCell(0).setCellStyle(wrap);
          x.getCell(1).setCellStyle(wrap);
        }
        for (int i = 0; i < row.cells().size(); i++) {
          Cell c = x.createCell(i + 2);
          c.setCellValue(cellText(row.cells().get(i)));
          c.setCellStyle(wrap);
        }
        x.createCell(row.cells().size() + 2).setCellValue(row.total());
      }
      sheet.createFreezePane(2, 2);
      sheet.setColumnWidth(0, 28 * 256);
      sheet.setColumnWidth(1, 36 * 256);
      for (int i = 0; i < m.respondents().size(); i++) {
        sheet.setColumnWidth(i + 2, 45 * 256);
      }
      summarySheet(wb, m, head);
      wb.write(out);
    }
  }

  private static void summarySheet(XSSFWorkbook wb, FrameworkMatrix m, CellStyle head) {
    Map<String, Map<String, Integer>> perRole = m.respondentsPerRole();
    Sheet s = wb.createSheet("per respondenttype");
    Row h = s.createRow(0);
    h.createCell(0).setCellValue("thema");
    int col = 1;
    for (Map.Entry<String, Map<String, Integer>> e : perRole.entrySet()) {
      h.createCell(col++).setCellValue(roleLabel(e.getKey()) + " (n=" + e.getValue().get("n") + ")");
    }
    h.forEach(c -> c.setCellStyle(head));
    int r = 1;
    for (FrameworkMatrix.MatrixRow row : m.rows()) {
      Row x = s.createRow(r++);
      x.createCell(0).setCellValue("  ".repeat(row.depth()) + row.code().label());
      col = 1;
      for (Map<String, Integer> counts : perRole.values()) {
        x.createCell(col++).setCellValue(counts.getOrDefault(row.code().id(), 0));
      }
    }
    s.setColumnWidth(0, 60 * 256);
    s.createFreezePane(1, 1);
  }

  private static String roleLabel(String role) {
    return role.isEmpty() ? "respondent" : role;
  }

  /** Writes the HTML page (one file, no external resources). */
  public static void writeHtml(Path file, FrameworkMatrix m) throws IOException {
    Configuration cfg = Templates.configuration(MatrixFiles.class, "/org/dossiercoder/report");
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", m.codebook().label());
    model.put("source", m.codebook().source() == null ? "" : m.codebook().source());
    List<Map<String, Object>> groups = new ArrayList<>();
    String last = null;
    for (FrameworkMatrix.Respondent r : m.respondents()) {
      if (!r.caseId().equals(last)) {
        groups.add(new LinkedHashMap<>(Map.of("caseId", r.caseId(), "span", 0)));
        last = r.caseId();
      }
      groups.get(groups.size() - 1).merge("span", 1, (a, b) -> (Integer) a + (Integer) b);
    }
    model.put("caseGroups", groups);
    model.put("respondents", m.respondents().stream().map(r -> roleLabel(r.role())).toList());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FrameworkMatrix.MatrixRow row : m.rows()) {
      Map<String, Object> x = new LinkedHashMap<>();
      Code c = row.code();
      x.put("label", c.label());
      x.put("description", c.description() == null ? "" : c.description());
      x.put("category", row.depth() == 0);
      x.put("total", row.total());
      x.put("cells", row.cells().stream().map(cell -> cell.stream().map(e -> Map.of(
          "text", e.text(), "turn", e.turn())).toList()).toList());
      rows.add(x);
    }
    model.put("rows", rows);
    List<String> roles = new ArrayList<>();
    List<Integer> ns = new ArrayList<>();
    Map<String, Map<String, Integer>> perRole = m.respondentsPerRole();
    perRole.forEach((role, counts) -> {
      roles.add(roleLabel(role));
      ns.add(counts.get("n"));
    });
    model.put("roles", roles);
    model.put("roleN", ns);
    List<Map<String, Object>> summary = new ArrayList<>();
    for (FrameworkMatrix.MatrixRow row : m.rows()) {
      List<Integer> counts = new ArrayList<>();
      perRole.values().forEach(c -> counts.add(c.getOrDefault(row.code().id(), 0)));
      summary.add(Map.of("label", row.code().label(), "category", row.depth() == 0, "counts", counts));
    }
    model.put("summary", summary);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Template t = cfg.getTemplate("matrix.html.ftlh");
      t.process(model, w);
    } catch (TemplateException e) {
      throw new IllegalStateException("matrix template failed: " + e.getMessage(), e);
    }
  }
}
