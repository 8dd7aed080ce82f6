package org.dossiercoder.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Pipeline;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.coding.CaseCoder;
import org.dossiercoder.coding.CaseCourses;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.coding.SingleChoiceTrace;
import org.dossiercoder.store.CodingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossiercoder explain}: why a case has (or lacks) a code. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every segment of a case matched for a code (and its child codes), with the rule,",
      "the context of the match (affirmed, negated, hypothetical, other_person) and whether it counted."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(names = "--case", required = true, paramLabel = "ID", description = "Case id.")
  String caseId;

  @Option(names = "--code", required = true, paramLabel = "CODEBOOK.CODE", description = "Code, e.g. risicoprofiel.gedrag.")
  String code;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int dot = code.indexOf('.');
    if (dot <= 0) {
      throw new DossierInputException(null, 0, "--code must be <codebook>.<code>, e.g. risicoprofiel.gedrag; found '" + code + "'");
    }
    Pipeline.Setup setup = Pipeline.loadCodebooks(project.codebooks);
    Codebook book = setup.codebooks().get(code.substring(0, dot));
    if (book == null || book.code(code.substring(dot + 1)) == null) {
      throw new DossierInputException(project.codebooks, 0, "unknown code '" + code + "'");
    }
    List<String> family = new ArrayList<>();
    collect(book, code.substring(dot + 1), family);
    Path db = project.out.resolve(Pipeline.DATABASE);
    if (!Files.isRegularFile(db)) {
      throw new DossierInputException(db, 0, "no coded project here; run 'dossiercoder run' first");
    }
    int counted = 0;
    int shown = 0;
    List<SegmentCoding> forTrace = new ArrayList<>();
    try (CodingStore store = CodingStore.open(db)) {
      if (book.decision() == Codebook.Decision.RESULT) {
        forTrace.addAll(store.codings(caseId, CaseCoder.INTERVENTIONS, ""));
      }
      for (SegmentCoding c : store.codings(caseId, book.id(), "")) {
        forTrace.add(c);
        if (!family.contains(c.code())) {
          continue;
        }
        shown++;
        counted += c.counted() ? 1 : 0;
        out.printf(Locale.ROOT, "%s #%d [%d-%d] %s rule=%s context=%s counted=%s%n    %s%n",
            c.docId(), c.ordinal(), c.start(), c.end(), book.id() + "." + c.code(), c.rule(),
            c.context().key(), c.counted() ? "yes" : "no", marked(c));
      }
    }
    out.printf(Locale.ROOT, "%s: %d matched segments, %d counted%n", code, shown, counted);
    if (book.decision() != Codebook.Decision.RULES) {
      try (Directory dir = FSDirectory.open(project.out.resolve(Pipeline.INDEX));
          DirectoryReader reader = DirectoryReader.open(dir)) {
        CaseCourses courses = CaseCourses.read(reader, caseId);
        List<String> course = courses.describe(caseId);
        out.println("course of absence (date=level[/share of school time missed]; 0 attending, 1 hours, 2 days, 3 full), decision '"
            + book.decision().name().toLowerCase(Locale.ROOT) + "':");
        out.println("    " + (course.isEmpty() ? "(no dated reports of absence)" : String.join(" ", course)));
        SingleChoiceTrace trace = CaseCoder.trace(caseId, book, forTrace, courses);
        if (trace.firstIntervention() != null) {
          out.println("first intervention: " + courses.show(caseId, trace.firstIntervention()));
        }
        out.printf(Locale.ROOT, "by the course: %s; by the rules: %s %s%n", orNone(trace.byCourse()),
            orNone(trace.byRules()), new TreeMap<>(trace.ruleScores()));
        out.printf(Locale.ROOT, "automatic decision: %s (%s)%n", orNone(trace.chosen()), trace.reason());
      }
    }
    return ExitCodes.OK;
  }

  private static String orNone(String code) {
    return code == null ? "none" : code;
  }

  private static void collect(Codebook book, String codeId, List<String> into) {
    into.add(codeId);
    for (Code child : book.childrenOf(codeId)) {
      collect(book, child.id(), into);
    }
  }

  /** The sentence with the matched words between » and «. */
  static String marked(SegmentCoding c) {
    String t = c.text();
    int s = Math.max(0, Math.min(t.length(), c.matchStart() - c.start()));
    int e = Math.max(s, Math.min(t.length(), c.matchEnd() - c.start()));
    return t.substring(0, s) + "»" + t.substring(s, e) + "«" + t.substring(e);
  }
}
