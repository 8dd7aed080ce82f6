package org.dossiercoder.cli;

import java.util.Locale;
import org.dossiercoder.PiiPolicy;
import picocli.CommandLine;

/** Reads {@code --pii} values in lower case and names the valid ones otherwise. */
final class PiiConverter implements CommandLine.ITypeConverter<PiiPolicy> {
  @Override
  public PiiPolicy convert(String value) {
    for (PiiPolicy p : PiiPolicy.values()) {
      if (p.key().equals(value.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new CommandLine.TypeConversionException("unknown --pii mode '" + value + "'; expected block, redact or report");
  }
}
