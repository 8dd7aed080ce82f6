package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.dossiercoder.Pipeline;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookKind;
import org.dossiercoder.index.SegmentIndex;
import org.dossiercoder.index.SentenceSplitter;
import org.dossiercoder.index.TranscriptSplitter;
import org.dossiercoder.ingest.DocumentRef;
import org.dossiercoder.ingest.DocumentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled codebooks written from the other seed reports, run on synthetic sentences through
 * the real pipeline pieces: the bundled lexicon and trigger list, the on-disk index with the Dutch
 * chain, {@link RuleMatcher} and {@link CaseCoder}.
 *
 * <p>Each file {@code src/test/resources/codebook-sentences/<codebook>.tsv} has lines
 * {@code code<TAB>expect<TAB>doctype<TAB>text}: {@code +} means the code holds for a case whose
 * only document is the text, {@code -} that it does not (negated, hypothetical, another person,
 * or a near miss). Every row is its own case, so rows cannot help each other. The doctype is a
 * document type key; {@code interview:<role>} makes the text a transcript of that respondent
 * role, with {@code \n} separating its lines ({@code I: question\nR: answer}). For a topic
 * list the code must hold for a turn of the transcript (turn-level, as {@link TurnCodes}
 * decides), for other codebooks for the case. The sentences are written for these tests from the
 * seed definitions, never copied from the sample corpus.
 */
class BundledCodebookSentencesTest {
  static final Path CODEBOOKS = Path.of("codebooks");
  static final Path SENTENCES = Path.of("src/test/resources/codebook-sentences");

  record Row(String file, int line, String codebook, String code, boolean holds, DocumentType type, String role,
      String text) {
    String caseId() {
      return file.replace(".tsv", "") + "_" + line;
    }
  }

  @TempDir static Path dir;
  static Pipeline.Setup setup;
  static List<Row> rows;
  static CaseCodes codes;
  static List<SegmentCoding> codings;

  @BeforeAll
  static void codeAllRows() throws Exception {
    setup = Pipeline.loadCodebooks(CODEBOOKS);
    rows = readRows();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (SegmentIndex index = SegmentIndex.open(dir.resolve("index"), setup.analysis())) {
      for (Row r : rows) {
        if (r.type() == DocumentType.INTERVIEW) {
          String file = "interview-" + r.role() + ".txt";
          index.replace(new DocumentRef(r.caseId() + "/" + file, r.caseId(), dir.resolve(r.caseId()), r.type(), r.role()),
              TranscriptSplitter.split(r.text(), r.role()).segments());
        } else {
          index.replace(new DocumentRef(r.caseId() + "/journaal.txt", r.caseId(), dir.resolve(r.caseId()), r.type(), ""),
              SentenceSplitter.split(r.text()));
        }
      }
      index.commit();
      try (DirectoryReader reader = index.openReader()) {
        codings = new RuleMatcher(setup.classifier()).match(reader, setup.codebooks(), pool);
      }
      codes = CaseCoder.decide(rows.stream().map(Row::caseId).toList(), setup.codebooks(), codings);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Row> readRows() throws IOException {
    List<Row> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(SENTENCES)) {
      files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 4);
        if (cols.length != 4 || !(cols[1].equals("+") || cols[1].equals("-"))) {
          throw new IllegalStateException(name + ":" + (i + 1) + ": expected code<TAB>+|-<TAB>doctype<TAB>text");
        }
        String[] typeRole = cols[2].split(":", 2);
        DocumentType type = DocumentType.ofKey(typeRole[0]);
        String role = typeRole.length == 2 ? typeRole[1] : (type == DocumentType.INTERVIEW ? "leerplichtambtenaar" : "");
        if (type == null) {
          throw new IllegalStateException(name + ":" + (i + 1) + ": unknown document type " + cols[2]);
        }
        out.add(new Row(name, i + 1, name.replace(".tsv", ""), cols[0], cols[1].equals("+"), type, role,
            cols[3].replace("\\n", "\n")));
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everySentenceIsCodedAsACarefulCoderWould() {
    return rows.stream().map(r -> DynamicTest.dynamicTest(
        r.file() + ":" + r.line() + " " + r.code() + (r.holds() ? " + " : " - ") + r.text(),
        () -> {
          String column = r.codebook() + "." + r.code();
          Codebook book = setup.codebooks().get(r.codebook());
          int value = book.kind() == CodebookKind.TOPICS ? turnValue(book, r) : codes.value(r.caseId(), column);
          assertEquals(r.holds() ? 1 : 0, value, column + " for \"" + r.text() + "\"");
        }));
  }

  /** 1 when a turn of the row's transcript holds the topic code. */
  private static int turnValue(Codebook book, Row r) {
    List<SegmentCoding> ofCase = codings.stream().filter(c -> c.caseId().equals(r.caseId())).toList();
    return TurnCodes.decide(book, ofCase).values().stream().anyMatch(codes -> codes.contains(r.code())) ? 1 : 0;
  }

  /** Every code of a bundled seed codebook has at least one sentence that must be coded and one that must not. */
  @Test
  void everyCodeHasAPositiveAndANegativeSentence() throws IOException {
    Set<String> books = new HashSet<>();
    rows.forEach(r -> books.add(r.codebook()));
    assertFalse(books.isEmpty());
    List<String> missing = new ArrayList<>();
    for (String id : books) {
      Codebook book = setup.codebooks().get(id);
      assertNotNull(book, "a sentence file names codebook " + id);
      for (Code c : book.codes()) {
        boolean leaf = book.codes().stream().noneMatch(o -> c.id().equals(o.parent()));
        if (!leaf || c.rules().isEmpty()) {
          continue;
        }
        boolean pos = rows.stream().anyMatch(r -> r.codebook().equals(id) && r.code().equals(c.id()) && r.holds());
        boolean neg = rows.stream().anyMatch(r -> r.codebook().equals(id) && r.code().equals(c.id()) && !r.holds());
        if (!pos || !neg) {
          missing.add(id + "." + c.id() + (pos ? "" : " (no +)") + (neg ? "" : " (no -)"));
        }
      }
    }
    assertTrue(missing.isEmpty(), "codes without test sentences: " + missing);
  }

  @Test
  void sentenceFilesNameOnlyKnownCodes() {
    for (Row r : rows) {
      Codebook book = setup.codebooks().get(r.codebook());
      assertNotNull(book, r.file());
      assertTrue(book.codes().stream().anyMatch(c -> c.id().equals(r.code())),
          r.file() + ":" + r.line() + ": unknown code " + r.code().toLowerCase(Locale.ROOT));
    }
  }
}
