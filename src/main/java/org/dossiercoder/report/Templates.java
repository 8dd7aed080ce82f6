package org.dossiercoder.report;

import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one FreeMarker set-up of every template dossiercoder renders (reports, matrix, review
 * screen): UTF-8, {@code Locale.ROOT}, numbers without grouping, HTML auto-escaping for
 * {@code .ftlh} files, and template errors as exceptions rather than half-written files.
 */
public final class Templates {
  private Templates() {}

  /**
   * A configuration that loads templates from a classpath folder.
   *
   * @param anchor a class of the template's package, for its class loader
   * @param folder the classpath folder, e.g. {@code /org/dossiercoder/report}
   */
  public static Configuration configuration(Class<?> anchor, String folder) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setClassForTemplateLoading(anchor, folder);
    cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
    cfg.setURLEscapingCharset(StandardCharsets.UTF_8.name());
    cfg.setLocale(Locale.ROOT);
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setRecognizeStandardFileExtensions(true);
    return cfg;
  }
}
