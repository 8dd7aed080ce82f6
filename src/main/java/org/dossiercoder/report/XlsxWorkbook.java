package org.dossiercoder.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dossiercoder.analysis.ReportTable;

/** Writes all report tables into one XLSX workbook (Apache POI), one sheet per table. */
public final class XlsxWorkbook {
  private XlsxWorkbook() {}

  /** Writes the workbook. */
  public static void write(Path file, List<ReportTable> tables) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
      for (ReportTable t : tables) {
        Sheet sheet = wb.createSheet(t.id());
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(t.title());
        title.getCell(0).setCellStyle(bold);
        Row groups = sheet.createRow(r++);
        Row header = sheet.createRow(r++);
        header.createCell(0).setCellValue(t.rowHeader());
        int col = 1;
        for (ReportTable.Column c : t.columns()) {
          groups.createCell(col).setCellValue(c.group());
          header.createCell(col).setCellValue(c.label());
          header.getCell(col).setCellStyle(bold);
          col++;
          if (t.percentages()) {
            header.createCell(col++).setCellValue("%");
          }
        }
        for (int i = 0; i < t.rows().size(); i++) {
          ReportTable.Row row = t.rows().get(i);
          Row x = sheet.createRow(r++);
          x.createCell(0).setCellValue(row.label());
          col = 1;
          for (int c = 0; c < t.columns().size(); c++) {
            Integer n = row.counts().get(c);
            boolean hidden = n == null || t.isSuppressed(i, c);
            if (hidden) {
              x.createCell(col++).setCellValue(t.cell(i, c));
            } else {
              x.createCell(col++).setCellValue(n);
            }
            if (t.percentages()) {
              if (!hidden && t.n() > 0) {
                x.createCell(col).setCellValue((double) n / t.n());
                x.getCell(col).setCellStyle(percent);
              }
              col++;
            }
          }
        }
        sheet.createFreezePane(1, 3);
        sheet.setColumnWidth(0, 40 * 256);
      }
      wb.write(out);
    }
  }
}
