package org.dossiercoder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Project;
import org.dossiercoder.analysis.FrameworkMatrix;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookKind;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.ingest.DocumentRef;
import org.dossiercoder.ingest.DocumentType;
import org.dossiercoder.report.MatrixFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossiercoder matrix}: the framework matrix of a topic list (Bijlage V layout). */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the framework matrix of a topic list: one row per category/item, one column per",
      "respondent (grouped per case), each cell the coded excerpts with their turn and a count;",
      "as XLSX and HTML, with the summary per respondent type (how many respondents of each",
      "role said something coded under each theme). Uses the codings as they stand after decisions."
    })
final class MatrixCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(names = "--codebook", required = true, paramLabel = "ID", description = "The topic list, e.g. topics_utrecht.")
  String codebook;

  @Option(names = "--case", paramLabel = "ID", description = "Only the respondents of this case.")
  String caseId;

  @Option(names = "--xlsx", paramLabel = "FILE", description = "XLSX to write (default: <out>/matrix-<codebook>.xlsx).")
  Path xlsx;

  @Option(names = "--html", paramLabel = "FILE", description = "HTML to write (default: <out>/matrix-<codebook>.html).")
  Path html;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Project p = ReviewCommand.open(project)) {
      Codebook book = topicList(p, codebook, project.codebooks);
      List<FrameworkMatrix.Respondent> respondents = new ArrayList<>();
      for (DocumentRef d : p.corpus().documents()) {
        if (d.type() == DocumentType.INTERVIEW && (caseId == null || caseId.equals(d.caseId()))) {
          respondents.add(new FrameworkMatrix.Respondent(d.caseId(), d.docId(), d.role()));
        }
      }
      if (caseId != null && respondents.isEmpty()) {
        throw new DossierInputException(null, 0, "case '" + caseId + "' has no interview transcripts");
      }
      List<SegmentCoding> codings = p.effective().codings().stream().filter(c -> c.codebook().equals(book.id())).toList();
      FrameworkMatrix m = FrameworkMatrix.build(book, respondents, codings);
      Path x = xlsx != null ? xlsx : project.out.resolve("matrix-" + book.id() + ".xlsx");
      Path h = html != null ? html : project.out.resolve("matrix-" + book.id() + ".html");
      MatrixFiles.writeXlsx(x, m);
      MatrixFiles.writeHtml(h, m);
      int turns = m.rows().stream().filter(r -> r.depth() == 0).mapToInt(FrameworkMatrix.MatrixRow::total).sum();
      out.printf(java.util.Locale.ROOT, "%d respondents, %d rows, %d coded turns under the categories%n",
          m.respondents().size(), m.rows().size(), turns);
      for (Map.Entry<String, Map<String, Integer>> e : m.respondentsPerRole().entrySet()) {
        out.printf(java.util.Locale.ROOT, "  %-22s n=%d%n", e.getKey().isEmpty() ? "respondent" : e.getKey(),
            e.getValue().get("n"));
      }
      out.println("written " + x + " and " + h);
    }
    return ExitCodes.OK;
  }

  static Codebook topicList(Project p, String id, Path dir) throws DossierInputException {
    Codebook book = p.codebooks().get(id);
    if (book == null) {
      throw new DossierInputException(dir, 0, "unknown codebook '" + id + "'");
    }
    if (book.kind() != CodebookKind.TOPICS) {
      throw new DossierInputException(book.file(), 0, "codebook '" + id + "' is not a topic list (kind: topics)");
    }
    return book;
  }
}
