package org.dossiercoder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Project;
import org.dossiercoder.analysis.Quotes;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.report.CsvFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossiercoder quotes}: coded excerpts of a code, ready to paste into a report. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the coded excerpts of a code (and its child codes) with where they come from:",
      "a transcript turn (its coded sentences) or a dossier sentence. --max-per-case keeps",
      "one talkative respondent or one thick dossier from dominating."
    })
final class QuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(names = "--code", required = true, paramLabel = "CODEBOOK.CODE", description = "e.g. topics_utrecht.i3b or risicoprofiel.gedrag.")
  String code;

  @Option(names = "--role", paramLabel = "ROLE", description = "Only respondents with this role (leerling, ouder, …).")
  String role;

  @Option(names = "--case", paramLabel = "ID", description = "Only this case.")
  String caseId;

  @Option(names = "--max-per-case", paramLabel = "N", description = "At most N excerpts per case (default: all).")
  int maxPerCase;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write them as CSV (case_id, document, role, turn, date, source, text).")
  Path csv;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int dot = code.indexOf('.');
    if (dot <= 0 || maxPerCase < 0) {
      throw new DossierInputException(null, 0, dot <= 0
          ? "--code must be <codebook>.<code>, e.g. topics_utrecht.i3b; found '" + code + "'"
          : "--max-per-case must be 0 (all) or more");
    }
    try (Project p = ReviewCommand.open(project)) {
      Codebook book = p.codebooks().get(code.substring(0, dot));
      if (book == null || book.code(code.substring(dot + 1)) == null) {
        throw new DossierInputException(project.codebooks, 0, "unknown code '" + code + "'");
      }
      List<Quotes.Quote> quotes = Quotes.select(book, code.substring(dot + 1), p.effective().codings(), role, caseId,
          maxPerCase);
      for (Quotes.Quote q : quotes) {
        out.println("\u201c" + q.text() + "\u201d (" + q.source() + ")");
      }
      out.println(quotes.size() + " excerpts");
      if (csv != null) {
        CsvFiles.writeRows(csv, List.of("case_id", "document", "role", "turn", "date", "source", "text"),
            quotes.stream().map(q -> List.of(q.caseId(), q.docId(), q.role(), Integer.toString(q.turn()), q.date(),
                q.source(), q.text())).toList());
        out.println("written " + csv);
      }
    }
    return ExitCodes.OK;
  }
}
