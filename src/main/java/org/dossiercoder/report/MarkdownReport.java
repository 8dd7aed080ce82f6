package org.dossiercoder.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
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
import org.dossiercoder.Problem;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.Codebooks;

/**
 * Writes {@code report.md}: the tables with n and % as the seed report prints them, the problems
 * of the run and the codebooks, from the FreeMarker template {@code report.md.ftl}.
 */
public final class MarkdownReport {
  /**
   * What the report says about the run.
   *
   * @param corpus the corpus folder
   * @param cases number of cases
   * @param documents number of documents read
   * @param generated when the report was made (ISO instant)
   * @param minCell the small-cell threshold applied, or 0
   * @param pseudonymised whether case ids are pseudonyms
   * @param privacyFindings number of possible personal data found
   */
  public record RunSummary(
      String corpus, int cases, int documents, String generated, int minCell, boolean pseudonymised,
      int privacyFindings) {}

  private MarkdownReport() {}

  /** Writes the report. */
  public static void write(
      Path file, RunSummary summary, List<ReportTable> tables, List<Problem> problems, Codebooks codebooks)
      throws IOException {
    Configuration cfg = Templates.configuration(MarkdownReport.class, "/org/dossiercoder/report");
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("run", summary);
    model.put("tables", tables.stream().map(MarkdownReport::view).toList());
    model.put("problems", problems.stream().map(p -> Map.of(
        "file", md(p.file()), "kind", p.kind(), "message", md(p.message()))).toList());
    model.put("codebooks", codebooks.list().stream().map(MarkdownReport::view).toList());
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Template t = cfg.getTemplate("report.md.ftl");
      t.process(model, w);
    } catch (TemplateException e) {
      throw new IllegalStateException("report template failed: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> view(ReportTable t) {
    List<String> header = new ArrayList<>();
    header.add(md(t.rowHeader()));
    for (ReportTable.Column c : t.columns()) {
      header.add(md(ReportTable.header(c)));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < t.rows().size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(md(t.rows().get(i).label()));
      for (int c = 0; c < t.columns().size(); c++) {
        String pct = t.percentages() ? t.percentCell(i, c) : "";
        row.add(md(t.cell(i, c)) + (pct.isEmpty() ? "" : " (" + pct + ")"));
      }
      rows.add(row);
    }
    return Map.of("id", t.id(), "title", md(t.title()), "header", header, "rows", rows);
  }

  private static Map<String, Object> view(Codebook b) {
    List<Map<String, String>> codes = new ArrayList<>();
    for (Code c : b.codes()) {
      codes.add(Map.of(
          "id", b.column(c),
          "label", md(c.label()),
          "level", c.isTopLevel() ? "" : "  ",
          "description", md(c.description().replaceAll("\\s+", " ").strip()),
          "rules", Integer.toString(c.rules().size())));
    }
    return Map.of("id", b.id(), "label", md(b.label()), "kind", b.kind().name().toLowerCase(Locale.ROOT),
        "source", md(b.source()), "codes", codes);
  }

  /** Escapes the characters that break a Markdown table cell. */
  static String md(String s) {
    return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
