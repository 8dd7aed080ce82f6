package org.dossiercoder.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Project;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.DecisionScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossiercoder history --case C}: the audit trail of a case. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "Every manual decision about a case, oldest first: who, when, what, and what it replaced.")
final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(names = "--case", required = true, paramLabel = "ID", description = "Case id.")
  String caseId;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Project p = ReviewCommand.open(project)) {
      if (!p.caseIds().contains(caseId)) {
        throw new DossierInputException(project.corpus.resolve("cases.csv"), 0, "unknown case '" + caseId + "'");
      }
      List<Decision> history = p.history(caseId);
      if (history.isEmpty()) {
        out.println("no manual decisions for case " + caseId + "; its codes are the automatic ones");
        return ExitCodes.OK;
      }
      for (Decision d : history) {
        out.println(line(d));
      }
    }
    return ExitCodes.OK;
  }

  static String line(Decision d) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "#%d %s %s %s %s", d.id(), d.created(), d.coder(), d.action().key(),
        d.scope() == DecisionScope.CASE && d.code().isEmpty() ? d.codebook() + ".(geen)" : d.column()));
    if (d.scope() == DecisionScope.CASE) {
      b.append(" = ").append(d.value());
    } else if (d.scope() == DecisionScope.DOCUMENT) {
      b.append(" on document ").append(d.docId());
    } else {
      b.append(" on ").append(d.docId()).append(": \"").append(d.text()).append('"');
    }
    if (d.replaces() != 0) {
      b.append(" (replaces #").append(d.replaces()).append(')');
    }
    if (!d.active()) {
      b.append(" [superseded]");
    }
    if (!d.review().isEmpty()) {
      b.append(" [needs review: ").append(d.review()).append(']');
    }
    if (!d.memo().isEmpty()) {
      b.append(" memo: ").append(d.memo());
    }
    return b.toString();
  }
}
