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
import org.dossiercoder.index.SegmentIndex;
import org.dossiercoder.index.SentenceSplitter;
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
 * or a near miss). Every row is its own case, so rows cannot help each other. The sentences are
 * written for these tests from the seed definitions, never copied from the sample corpus.
 */
class BundledCodebookSentencesTest {
  static final Path CODEBOOKS = Path.of("codebooks");
  static final Path SENTENCES = Path.of("src/test/resources/codebook-sentences");

  record Row(String file, int line, String codebook, String code, boolean holds, DocumentType type, String text) {
    String caseId() {
      return file.replace(".tsv", "") + "_" + line;
    }
  }

  @TempDir static Path dir;
  static Pipeline.Setup setup;
  static List<Row> rows;
  static CaseCodes codes;

  @BeforeAll
  static void codeAllRows() throws Exception {
    setup = Pipeline.loadCodebooks(CODEBOOKS);
    rows = readRows();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (SegmentIndex index = SegmentIndex.open(dir.resolve("index"), setup.analysis())) {
      for (Row r : rows) {
        String file = r.type() == DocumentType.INTERVIEW ? "interview-leerplichtambtenaar.txt" : "journaal.txt";
        String role = r.type() == DocumentType.INTERVIEW ? "leerplichtambtenaar" : "";
        index.replace(new DocumentRef(r.caseId() + "/" + file, r.caseId(), dir.resolve(r.caseId()), r.type(), role),
            SentenceSplitter.split(r.text()));
      }
      index.commit();
      List<SegmentCoding> codings;
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
        DocumentType type = DocumentType.ofKey(cols[2]);
        if (type == null) {
          throw new IllegalStateException(name + ":" + (i + 1) + ": unknown document type " + cols[2]);
        }
        out.add(new Row(name, i + 1, name.replace(".tsv", ""), cols[0], cols[1].equals("+"), type, cols[3]));
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
          assertEquals(r.holds() ? 1 : 0, codes.value(r.caseId(), column), column + " for \"" + r.text() + "\"");
        }));
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
        if (!leaf) {
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
