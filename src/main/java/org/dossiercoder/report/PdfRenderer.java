package org.dossiercoder.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the report's XHTML to PDF with openhtmltopdf (PDFBox 3) and Batik for the SVG charts. */
final class PdfRenderer {
  private PdfRenderer() {}

  static void write(String xhtml, Path file) throws IOException {
    // openhtmltopdf logs through java.util.logging to stderr; a CLI prints its own problems
    XRLog.setLoggingEnabled(false);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.withHtmlContent(xhtml, null);
      // The report refers to nothing outside itself; refuse any fetch a stray URL could cause.
      b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      b.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
          BatikSVGDrawer.SvgExternalResourceMode.SECURE));
      b.toStream(out);
      b.run();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
