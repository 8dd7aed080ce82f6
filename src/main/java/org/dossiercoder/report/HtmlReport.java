package org.dossiercoder.report;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossiercoder.Problem;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.report.MarkdownReport.RunSummary;

/**
 * Writes {@code report.html} and {@code report.pdf}: the tables 2–9 with n and %, charts as inline
 * SVG, the privacy notes, the problems and the codebooks, from the FreeMarker template {@code
 * report.html.ftlh} (HTML auto-escaping on).
 *
 * <p>The HTML is one self-contained, well-formed XHTML file: inline CSS, no scripts, fonts, images
 * or links outside the file. Every visible count links to the list of cases behind it and every
 * listed case to its counted sentences, with the matched words marked. With small-cell suppression
 * ({@code minCell ≥ 2}) there are no case lists or case sections at all, since visible lists would
 * reveal hidden cells by intersection. Case ids are printed as given: the caller passes pseudonyms
 * when they are wanted, in the tables' case lists and in the codings alike.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * Writes the HTML report.
   *
   * @param file where to write, e.g. {@code outputs/report.html}
   * @param summary what the report says about the run
   * @param tables the tables as shown (with suppression applied when asked)
   * @param codings the segment codings; the counted ones of listed cases are printed
   * @param problems the problems of the run
   * @param codebooks the codebooks, with each code's definition
   */
  public static void write(Path file, RunSummary summary, List<ReportTable> tables, List<SegmentCoding> codings,
      List<Problem> problems, Codebooks codebooks) throws IOException {
    String html = render(summary, tables, codings, problems, codebooks, false);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }

  /**
   * Writes the same report as a PDF (A4, wide tables on landscape pages), rendered from the same
   * template by openhtmltopdf; nothing outside the document is fetched.
   *
   * @param file where to write, e.g. {@code outputs/report.pdf}
   * @param summary what the report says about the run
   * @param tables the tables as shown
   * @param codings the segment codings
   * @param problems the problems of the run
   * @param codebooks the codebooks
   */
  public static void writePdf(Path file, RunSummary summary, List<ReportTable> tables, List<SegmentCoding> codings,
      List<Problem> problems, Codebooks codebooks) throws IOException {
    String html = render(summary, tables, codings, problems, codebooks, true);
    Files.createDirectories(file.toAbsolutePath().getParent());
    PdfRenderer.write(html, file);
  }

  /** The report as an XHTML string; {@code pdf} selects the print layout. */
  static String render(RunSummary summary, List<ReportTable> tables, List<SegmentCoding> codings,
      List<Problem> problems, Codebooks codebooks, boolean pdf) {
    Configuration cfg = Templates.configuration(HtmlReport.class, "/org/dossiercoder/report");
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    // the view records' components read as properties: ${t.title}
    wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    cfg.setObjectWrapper(wrapper.build());
    StringWriter w = new StringWriter();
    try {
      Template t = cfg.getTemplate("report.html.ftlh");
      t.process(ReportModel.build(summary, tables, codings, problems, codebooks, pdf), w);
    } catch (TemplateException | IOException e) {
      throw new IllegalStateException("report template failed: " + e.getMessage(), e);
    }
    return w.toString();
  }
}
