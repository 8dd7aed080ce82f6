package org.dossiercoder.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dossiercoder.Problem;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.analysis.TableSuppression;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.report.MarkdownReport.RunSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.pdf: the same report on paper, read back with PDFBox. */
class PdfReportTest {
  static Codebooks books;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    books = ReportFixtures.codebooks();
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() > 1, "pages: " + doc.getNumberOfPages());
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void hasTheTablesWithTheirCountsTheCodebooksAndTheSentences() throws Exception {
    Path pdf = dir.resolve("report.pdf");
    List<ReportTable> tables = ReportFixtures.tables();
    HtmlReport.writePdf(pdf, HtmlReportTest.OPEN, tables, ReportFixtures.codings(),
        List.of(new Problem("zk05/oud.doc", "unknown-extension", "niet gelezen")), books);
    assertTrue(Files.size(pdf) > 1000);
    assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    String text = text(pdf);
    for (ReportTable t : tables) {
      assertTrue(text.contains(t.title()), t.title());
    }
    ReportTable t3 = ReportFixtures.frequencies();
    for (int r = 0; r < 3; r++) {
      String row = t3.rows().get(r).label() + " " + t3.cell(r, 0) + " " + t3.percentCell(r, 0);
      assertTrue(text.contains(row), row);
    }
    assertTrue(text.contains("beïnvloedbaar"), "Dutch diacritics survive (codebook label)");
    assertTrue(text.contains(ReportFixtures.SENTENCE), "the coded sentences are in the appendix: " + text.substring(text.lastIndexOf("Bijlage B")));
    assertTrue(text.contains("zk05/oud.doc"), "the problems");
    assertFalse(Files.exists(dir.resolve("report.pdf.tmp")));
  }

  @Test
  void aSharedPdfShowsHiddenCellsAsBelowKAndNoCases() throws Exception {
    Path pdf = dir.resolve("shared.pdf");
    List<ReportTable> tables = ReportFixtures.tables().stream().map(t -> TableSuppression.apply(t, 3)).toList();
    HtmlReport.writePdf(pdf, HtmlReportTest.SHARED, tables, ReportFixtures.codings(), List.of(), books);
    String text = text(pdf);
    assertTrue(text.contains("Kleine aantallen zijn onderdrukt (k = 3)"), text);
    assertTrue(text.contains("<3"));
    for (String id : ReportFixtures.ids(1, 20)) {
      assertFalse(text.contains(id), id);
    }
  }
}
