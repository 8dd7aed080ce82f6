package org.dossiercoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.dossiercoder.analysis.AttributeScheme;
import org.dossiercoder.analysis.CaseTable;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.analysis.TableSuppression;
import org.dossiercoder.analysis.UtrechtTables;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.coding.CaseCoder;
import org.dossiercoder.coding.CaseCourses;
import org.dossiercoder.coding.ContextClassifier;
import org.dossiercoder.coding.ContextTriggers;
import org.dossiercoder.coding.RuleMatcher;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.Lexicon;
import org.dossiercoder.index.Segment;
import org.dossiercoder.index.SegmentIndex;
import org.dossiercoder.index.SentenceSplitter;
import org.dossiercoder.index.TranscriptSplitter;
import org.dossiercoder.ingest.Corpus;
import org.dossiercoder.ingest.DocumentRef;
import org.dossiercoder.ingest.ExtractedDocument;
import org.dossiercoder.privacy.Finding;
import org.dossiercoder.privacy.PrivacyScanner;
import org.dossiercoder.privacy.Redactor;
import org.dossiercoder.ingest.TextExtractor;
import org.dossiercoder.report.CsvFiles;
import org.dossiercoder.report.HtmlReport;
import org.dossiercoder.report.MarkdownReport;
import org.dossiercoder.report.XlsxWorkbook;
import org.dossiercoder.review.EffectiveCodings;
import org.dossiercoder.store.CodingStore;

/**
 * The whole path from a corpus folder to coded cases and tables; the library's main entry point
 * and what {@code dossiercoder run} calls.
 *
 * <pre>{@code
 * RunResult result = Pipeline.run(RunOptions.builder()
 *     .corpus(Path.of("corpus-sample")).codebooks(Path.of("codebooks")).out(Path.of("outputs"))
 *     .build(), System.err::println);
 * int gedrag = result.caseCodes().value("c001", "risicoprofiel.gedrag");
 * ReportTable tabel3 = result.table("tabel3");
 * Pipeline.writeOutputs(result, Path.of("outputs"));
 * }</pre>
 *
 * <p>Everything the user can get wrong in the configuration (codebooks, lexicon, cases.csv) is
 * checked before any document is read. Documents are read, split and indexed in parallel with at
 * most two documents per thread in memory; a bad document becomes a problem and keeps whatever
 * was indexed of it earlier.
 */
public final class Pipeline {
  /** File name of the database inside the output folder. */
  public static final String DATABASE = "dossiercoder.db";
  /** Folder name of the index inside the output folder. */
  public static final String INDEX = "index";

  private Pipeline() {}

  /**
   * The compiled codebooks and the analysis chain of a codebook folder.
   *
   * @param codebooks the codebooks
   * @param analysis the Dutch analysis chain built from the folder's lexicon
   * @param classifier the context classifier built from the folder's trigger list
   */
  public record Setup(Codebooks codebooks, DutchAnalysis analysis, ContextClassifier classifier) {}

  /**
   * Loads a codebook folder: lexicon, trigger list and codebooks, compiling every rule.
   *
   * @throws DossierInputException naming the file, line, code and rule of the first error
   */
  public static Setup loadCodebooks(Path dir) throws DossierInputException {
    Lexicon lexicon = Lexicon.load(dir);
    DutchAnalysis analysis = new DutchAnalysis(lexicon);
    ContextClassifier classifier = new ContextClassifier(ContextTriggers.load(lexicon.dir()));
    return new Setup(Codebooks.load(dir, analysis), analysis, classifier);
  }

  /**
   * Runs the pipeline and stores its codings; call {@link #writeOutputs} to write the files.
   *
   * @param options what to run on
   * @param log receives one line per stage
   * @throws DossierInputException when the configuration or cases.csv is unusable
   * @throws IOException when the output folder cannot be written
   */
  public static RunResult run(RunOptions options, Consumer<String> log) throws DossierInputException, IOException {
    return run(options, log, ProgressListener.NONE);
  }

  /**
   * Runs the pipeline as {@link #run(RunOptions, Consumer)} does, telling a listener how far it is.
   *
   * @param progress told of every document read and of the start and end of the later stages
   */
  public static RunResult run(RunOptions options, Consumer<String> log, ProgressListener progress)
      throws DossierInputException, IOException {
    Setup setup = loadCodebooks(options.codebooks());
    AttributeScheme scheme = AttributeScheme.load(options.codebooks());
    Corpus corpus = Corpus.load(options.corpus());
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>(corpus.problems()));
    Files.createDirectories(options.out());
    List<StageStats> stages = new ArrayList<>();
    try (CodingStore store = CodingStore.open(options.out().resolve(DATABASE));
        SegmentIndex index = SegmentIndex.open(options.out().resolve(INDEX), setup.analysis())) {
      long runId = store.startRun(options.corpus().toString(), options.codebooks().toString());
      ExecutorService pool = Executors.newFixedThreadPool(options.threads(), namedThreads());
      try {
        log.accept("reading " + corpus.documents().size() + " documents of " + corpus.cases().size() + " cases");
        List<PrivacyFinding> privacy = Collections.synchronizedList(new ArrayList<>());
        int read = ingest(corpus, store, index, runId, pool, options, problems, privacy, stages, progress);
        forgetRemoved(corpus, store, index);
        if (!privacy.isEmpty()) {
          index.purgeDeleted();
        }
        index.commit();

        long t0 = System.nanoTime();
        int cases = corpus.cases().size();
        progress.progress("code", 0, cases);
        List<SegmentCoding> codings;
        CaseCourses courses;
        try (DirectoryReader reader = index.openReader()) {
          codings = new RuleMatcher(setup.classifier()).match(reader, setup.codebooks(), pool);
          courses = CaseCourses.read(reader);
        }
        Set<String> caseIds = new HashSet<>();
        corpus.cases().forEach(c -> caseIds.add(c.caseId()));
        codings = codings.stream().filter(c -> caseIds.contains(c.caseId())).toList();
        List<String> ids = corpus.cases().stream().map(c -> c.caseId()).toList();
        CaseCodes caseCodes = CaseCoder.decide(ids, setup.codebooks(), codings, courses);
        long coded = System.nanoTime() - t0;
        stages.add(new StageStats("code", read, stageBytes(stages, "extract"), coded, coded));
        progress.progress("code", cases, cases);
        progress.progress("store", 0, codings.size());
        t0 = System.nanoTime();
        store.replaceAutomatic(runId, codings, caseCodes);
        // Researchers decide over the proposals: their decisions survive the re-run and apply again.
        List<org.dossiercoder.store.Decision> decisions = store.activeDecisions();
        if (!decisions.isEmpty()) {
          // Only a project with decisions pays for re-reading every segment and proposal.
          int needReview = store.flagDecisions();
          EffectiveCodings.Result effective =
              EffectiveCodings.apply(ids, setup.codebooks(), codings, decisions, store.segments(), courses);
          codings = effective.codings();
          caseCodes = effective.caseCodes();
          log.accept("applied " + decisions.size() + " manual decisions"
              + (needReview > 0 ? "; " + needReview + " need review because their proposal changed" : ""));
        }
        long storedNanos = System.nanoTime() - t0;
        stages.add(new StageStats("store", codings.size(), 0, storedNanos, storedNanos));
        progress.progress("store", codings.size(), codings.size());
        log.accept("coded " + codings.size() + " segment codings");

        progress.progress("tables", 0, cases);
        t0 = System.nanoTime();
        CaseTable table = CaseTable.of(corpus.cases(), corpus.attributeNames(), caseCodes);
        List<ReportTable> tables = UtrechtTables.build(table, setup.codebooks(), scheme);
        long tabled = System.nanoTime() - t0;
        stages.add(new StageStats("tables", corpus.cases().size(), 0, tabled, tabled));
        progress.progress("tables", cases, cases);
        store.finishRun(runId, problems.isEmpty() ? "ok" : "problems", problems.size());
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> a.file().compareTo(b.file()));
        List<PrivacyFinding> findings = new ArrayList<>(privacy);
        findings.sort(java.util.Comparator.comparing(PrivacyFinding::file)
            .thenComparingInt(f -> f.finding().start()));
        return new RunResult(corpus, setup.codebooks(), read, codings, caseCodes, tables, sorted, findings, stages);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static int ingest(
      Corpus corpus,
      CodingStore store,
      SegmentIndex index,
      long runId,
      ExecutorService pool,
      RunOptions options,
      List<Problem> problems,
      List<PrivacyFinding> privacy,
      List<StageStats> stages,
      ProgressListener progress)
      throws IOException {
    TextExtractor extractor = new TextExtractor();
    PrivacyScanner scanner = new PrivacyScanner();
    java.util.Map<String, Integer> ages = new java.util.HashMap<>();
    corpus.cases().forEach(c -> ages.put(c.caseId(), age(c.attribute("age"))));
    Semaphore inFlight = new Semaphore(options.threads() * 2);
    LongAdder extractNanos = new LongAdder();
    LongAdder indexNanos = new LongAdder();
    LongAdder scanNanos = new LongAdder();
    LongAdder bytes = new LongAdder();
    LongAdder indexedBytes = new LongAdder();
    AtomicInteger read = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int total = corpus.documents().size();
    progress.progress("read", 0, total);
    List<Future<?>> futures = new ArrayList<>();
    long wall0 = System.nanoTime();
    for (DocumentRef ref : corpus.documents()) {
      try {
        inFlight.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      futures.add(pool.submit(() -> {
        try {
          long t0 = System.nanoTime();
          TextExtractor.Result result = extractor.extract(ref);
          extractNanos.add(System.nanoTime() - t0);
          if (result.problem() != null) {
            problems.add(result.problem());
          }
          if (!result.ok()) {
            store.markProblem(runId, ref.docId(), ref.caseId(), ref.path().toString(), result.problem());
            return null;
          }
          ExtractedDocument doc = result.document();
          bytes.add(doc.bytes());
          long t1 = System.nanoTime();
          // Scan before anything of the text is indexed or stored.
          List<Finding> found = scanner.scan(doc.text(), ages.get(ref.caseId()));
          long scanned = System.nanoTime() - t1;
          scanNanos.add(scanned);
          t1 += scanned;
          if (!found.isEmpty()) {
            found.forEach(f -> privacy.add(new PrivacyFinding(ref.docId(), f)));
            switch (options.pii()) {
              case BLOCK -> {
                Problem p = blocked(ref, found);
                problems.add(p);
                index.delete(ref.docId());
                store.forgetDocument(ref.docId());
                store.markProblem(runId, ref.docId(), ref.caseId(), ref.path().toString(), p);
                indexNanos.add(System.nanoTime() - t1);
                return null;
              }
              case REDACT -> doc = new ExtractedDocument(
                  ref, Redactor.redact(doc.text(), found), doc.sha256(), doc.bytes(), doc.encoding());
              case REPORT -> { }
            }
          }
          List<Segment> segments = segments(ref, doc.text(), problems);
          index.replace(ref, segments);
          store.putDocument(runId, doc, segments);
          indexNanos.add(System.nanoTime() - t1);
          indexedBytes.add(doc.bytes());
          read.incrementAndGet();
          return null;
        } finally {
          inFlight.release();
          progress.progress("read", done.incrementAndGet(), total);
        }
      }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        throw new IllegalStateException("reading a document failed: " + cause, cause);
      }
    }
    long wall = System.nanoTime() - wall0;
    stages.add(new StageStats("extract", corpus.documents().size(), bytes.sum(), extractNanos.sum(), wall));
    stages.add(new StageStats("scan", corpus.documents().size(), bytes.sum(), scanNanos.sum(), wall));
    stages.add(new StageStats("index", read.get(), indexedBytes.sum(), indexNanos.sum(), wall));
    return read.get();
  }

  /**
   * The segments of a document: transcripts by speaker turn, everything else by sentence. A
   * transcript without recognisable turns is split as plain text and reported as a problem.
   */
  private static List<Segment> segments(DocumentRef ref, String text, List<Problem> problems) {
    if (ref.type() != org.dossiercoder.ingest.DocumentType.INTERVIEW) {
      return SentenceSplitter.split(text);
    }
    TranscriptSplitter.Result transcript = TranscriptSplitter.split(text, ref.role());
    if (!transcript.hasTurns()) {
      problems.add(new Problem(ref.docId(), "no-turns",
          "no speaker turns recognised (expected lines such as 'I: …' and 'R: …'); coded as plain text"));
    }
    return transcript.segments();
  }

  private static Problem blocked(DocumentRef ref, List<Finding> found) {
    java.util.SortedSet<String> categories = new java.util.TreeSet<>();
    found.forEach(f -> categories.add(f.category().key()));
    return new Problem(ref.docId(), "personal-data",
        found.size() + " possible personal data (" + String.join(", ", categories)
            + ") found, see privacy-findings.csv; the document is not indexed. Remove them from the file,"
            + " or run with --pii redact");
  }

  private static Integer age(String value) {
    try {
      return value.isBlank() ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null; // an age the registry did not fill in correctly only weakens one check
    }
  }

  private static long stageBytes(List<StageStats> stages, String name) {
    return stages.stream().filter(s -> s.stage().equals(name)).mapToLong(StageStats::bytes).sum();
  }

  private static void forgetRemoved(Corpus corpus, CodingStore store, SegmentIndex index) throws IOException {
    Set<String> present = new HashSet<>();
    corpus.documents().forEach(d -> present.add(d.docId()));
    Set<String> known = new HashSet<>(index.documentIds());
    known.addAll(store.documentIds());
    for (String docId : known) {
      if (!present.contains(docId)) {
        index.delete(docId);
        store.forgetDocument(docId);
      }
    }
  }

  /**
   * Writes every output file of a run into a folder: case-codes.csv, segments.csv,
   * problems.csv, privacy-findings.csv, tables/*.csv, tables/tabellen.xlsx, report.md,
   * report.html and report.pdf.
   */
  public static void writeOutputs(RunResult result, Path out) throws IOException {
    writeOutputs(result, out, OutputOptions.none());
  }

  /**
   * Writes every output file, with small-cell suppression and pseudonymised case ids where the
   * options ask for them.
   */
  public static void writeOutputs(RunResult result, Path out, OutputOptions options) throws IOException {
    Files.createDirectories(out);
    Codebooks books = result.codebooks();
    Set<String> ids = new HashSet<>();
    result.corpus().cases().forEach(c -> ids.add(c.caseId()));
    CaseCodes codes = result.caseCodes();
    List<SegmentCoding> codings = result.codings();
    List<Problem> problems = result.problems();
    List<PrivacyFinding> findings = result.privacyFindings();
    if (options.pseudonymiser() != null) {
      codes = codes.renamed(options::caseId);
      codings = pseudonymised(codings, ids, options);
      problems = problems.stream().map(p -> new Problem(options.casePath(p.file(), ids), p.kind(),
          pseudonymised(p.message(), ids, options))).toList();
      findings = findings.stream().map(f -> new PrivacyFinding(options.casePath(f.file(), ids), f.finding())).toList();
    }
    CsvFiles.writeCaseCodes(out.resolve("case-codes.csv"), codes, books.topLevelColumns());
    CsvFiles.writeSegments(out.resolve("segments.csv"), codings);
    CsvFiles.writeProblems(out.resolve("problems.csv"), problems);
    CsvFiles.writePrivacyFindings(out.resolve("privacy-findings.csv"), findings);
    writeTables(result.tables(), result.corpus(), books, out, options, problems, result.documentsRead(), findings.size(),
        result.codings());
  }

  private static List<SegmentCoding> pseudonymised(List<SegmentCoding> codings, Set<String> ids, OutputOptions options) {
    // withIds keeps the turn data of transcript codings.
    return codings.stream().map(c -> c.withIds(options.caseId(c.caseId()), options.casePath(c.docId(), ids))).toList();
  }

  /**
   * Writes the tables (CSV, XLSX), report.md, report.html and report.pdf, applying small-cell
   * suppression and pseudonyms when asked.
   *
   * @param tables the tables as computed
   * @param corpus the corpus they are about
   * @param books the codebooks
   * @param out the output folder
   * @param options suppression and pseudonyms
   * @param problems the problems to list in the report (already pseudonymised if needed)
   * @param documentsRead documents whose text was read
   * @param privacyFindings number of possible personal data found
   * @param codings the segment codings with real case ids, for the HTML report's case sections
   */
  public static void writeTables(
      List<ReportTable> tables, Corpus corpus, Codebooks books, Path out, OutputOptions options,
      List<Problem> problems, int documentsRead, int privacyFindings, List<SegmentCoding> codings)
      throws IOException {
    List<ReportTable> shown = tables;
    if (options.minCell() >= 2) {
      shown = tables.stream().map(t -> TableSuppression.apply(t, options.minCell())).toList();
    }
    Path tableDir = out.resolve("tables");
    Files.createDirectories(tableDir);
    for (ReportTable t : shown) {
      CsvFiles.writeTable(tableDir.resolve(t.id() + ".csv"), t);
    }
    XlsxWorkbook.write(tableDir.resolve("tabellen.xlsx"), shown);
    MarkdownReport.RunSummary summary = new MarkdownReport.RunSummary(
        corpus.dir().toString(),
        corpus.cases().size(),
        documentsRead,
        Instant.now().toString(),
        options.minCell(),
        options.pseudonymiser() != null,
        privacyFindings);
    MarkdownReport.write(out.resolve("report.md"), summary, shown, problems, books);
    // The HTML report names the cases behind each count, so tables and codings carry pseudonyms too.
    List<ReportTable> linked = shown;
    List<SegmentCoding> shownCodings = codings;
    if (options.pseudonymiser() != null) {
      Set<String> ids = new HashSet<>();
      corpus.cases().forEach(c -> ids.add(c.caseId()));
      linked = shown.stream().map(t -> renamed(t, options)).toList();
      shownCodings = pseudonymised(codings, ids, options);
    }
    HtmlReport.write(out.resolve("report.html"), summary, linked, shownCodings, problems, books);
    HtmlReport.writePdf(out.resolve("report.pdf"), summary, linked, shownCodings, problems, books);
  }

  private static ReportTable renamed(ReportTable t, OutputOptions options) {
    List<ReportTable.Row> rows = t.rows().stream().map(r -> new ReportTable.Row(r.key(), r.label(), r.counts(),
        r.cases().stream().map(l -> l.stream().map(options::caseId).toList()).toList())).toList();
    return new ReportTable(t.id(), t.title(), t.rowHeader(), t.columns(), rows, t.n(), t.percentages(), t.suppression());
  }

  /**
   * Rebuilds the tables of a coded project from its stored case-level codes, without reading or
   * coding documents again, e.g. to share them with another small-cell threshold.
   *
   * @throws DossierInputException when the folder holds no coded project
   */
  public static List<ReportTable> storedTables(Corpus corpus, Codebooks books, AttributeScheme scheme, Path out)
      throws DossierInputException, IOException {
    try (Project project = Project.open(out, corpus, books)) {
      return project.tables(scheme);
    }
  }

  /** Documents whose text is indexed in a coded project. */
  public static int storedDocuments(Path out) throws IOException {
    try (CodingStore store = CodingStore.open(out.resolve(DATABASE))) {
      return store.indexedDocuments();
    }
  }

  private static String pseudonymised(String message, Set<String> ids, OutputOptions options) {
    String m = message;
    for (String id : ids) {
      if (m.contains(id)) {
        m = m.replace("'" + id + "'", "'" + options.caseId(id) + "'");
      }
    }
    return m;
  }

  private static ThreadFactory namedThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "dossiercoder-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
