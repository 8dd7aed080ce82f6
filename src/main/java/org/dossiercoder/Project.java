package org.dossiercoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.dossiercoder.analysis.AttributeScheme;
import org.dossiercoder.analysis.CaseTable;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.analysis.UtrechtTables;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookKind;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.coding.CaseCourses;
import org.dossiercoder.ingest.Corpus;
import org.dossiercoder.review.EffectiveCodings;
import org.dossiercoder.store.CodingStore;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.DecisionScope;
import org.dossiercoder.store.SegmentKey;

/**
 * A coded project: the output folder of {@link Pipeline#run} with its database and index, opened
 * to read the codings as they stand after researchers' decisions, to record decisions, and to
 * rebuild the tables without reading documents again.
 *
 * <pre>{@code
 * try (Project p = Project.open(out, corpus, setup.codebooks())) {
 *   p.record(List.of(Decision.reject("c001", key, "risicoprofiel", "gedrag", "anna", "gaat over broer")));
 *   int gedrag = p.effective().caseCodes().value("c001", "risicoprofiel.gedrag");
 * }
 * }</pre>
 */
public final class Project implements AutoCloseable {
  private final Path out;
  private final Corpus corpus;
  private final Codebooks books;
  private final CodingStore store;

  private Project(Path out, Corpus corpus, Codebooks books, CodingStore store) {
    this.out = out;
    this.corpus = corpus;
    this.books = books;
    this.store = store;
  }

  /**
   * Opens the coded project in an output folder.
   *
   * @throws DossierInputException when the folder holds no coded project
   */
  public static Project open(Path out, Corpus corpus, Codebooks books) throws DossierInputException, IOException {
    Path db = out.resolve(Pipeline.DATABASE);
    if (!Files.isRegularFile(db)) {
      throw new DossierInputException(db, 0, "no coded project here; run 'dossiercoder run' first");
    }
    return new Project(out, corpus, books, CodingStore.open(db));
  }

  /** The corpus the project codes. */
  public Corpus corpus() {
    return corpus;
  }

  /** The codebooks. */
  public Codebooks codebooks() {
    return books;
  }

  /** The underlying store, for reading segments, codings and the audit trail. */
  public CodingStore store() {
    return store;
  }

  /** The ids of the cases in cases.csv order. */
  public List<String> caseIds() {
    return corpus.cases().stream().map(c -> c.caseId()).toList();
  }

  /** The codings and case-level codes with every active decision applied. */
  public EffectiveCodings.Result effective() throws IOException {
    return EffectiveCodings.apply(caseIds(), books, store.autoCodings(), store.activeDecisions(), store.segments(),
        courses());
  }

  /** The Utrecht tables from the effective case-level codes. */
  public List<ReportTable> tables(AttributeScheme scheme) throws IOException {
    return tables(scheme, effective().caseCodes());
  }

  /** The Utrecht tables from case-level codes already computed with {@link #effective()}. */
  public List<ReportTable> tables(AttributeScheme scheme, org.dossiercoder.coding.CaseCodes codes) {
    return UtrechtTables.build(CaseTable.of(corpus.cases(), corpus.attributeNames(), codes), books, scheme);
  }

  /**
   * Records decisions, all or none, after checking that every case, codebook, code and segment
   * exists.
   *
   * @param source the file the decisions come from, for error messages (may be null)
   * @return the decisions as stored
   * @throws DossierInputException naming the first decision that does not fit the project
   */
  public List<Decision> record(List<Decision> decisions, Path source) throws DossierInputException, IOException {
    Set<String> cases = new HashSet<>(caseIds());
    var segments = store.segments();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      String where = "decision " + (i + 1) + ": ";
      if (!cases.contains(d.caseId())) {
        throw new DossierInputException(source, 0, where + "unknown case '" + d.caseId() + "'");
      }
      Codebook book = books.get(d.codebook());
      if (book == null) {
        throw new DossierInputException(source, 0, where + "unknown codebook '" + d.codebook() + "'");
      }
      boolean noneChosen = d.scope() == DecisionScope.CASE && book.kind() == CodebookKind.SINGLE && d.code().isEmpty();
      Code code = book.code(d.code());
      if (code == null && !noneChosen) {
        throw new DossierInputException(source, 0,
            where + "unknown code '" + d.code() + "' in codebook '" + d.codebook() + "'");
      }
      if (d.scope() == DecisionScope.SEGMENT || d.scope() == DecisionScope.SPAN) {
        var seg = segments.get(d.segmentKey());
        if (seg == null) {
          throw new DossierInputException(source, 0, where + "unknown segment '" + d.segmentKey()
              + "' (from another project, or the document changed since)");
        }
        if (!seg.caseId().equals(d.caseId())) {
          throw new DossierInputException(source, 0,
              where + "segment '" + d.segmentKey() + "' belongs to case '" + seg.caseId() + "', not '" + d.caseId() + "'");
        }
      }
    }
    return store.recordDecisions(decisions, EffectiveCodings.singleChoice(books));
  }

  /** The coder id under which agreement and outputs refer to the automatic coding. */
  public static final String AUTO = "auto";

  /** Coders with at least one active decision, in the order they first decided. */
  public List<String> coders() throws IOException {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    store.activeDecisions().forEach(d -> out.add(d.coder()));
    return new ArrayList<>(out);
  }

  /**
   * One coder's case-level coding, for intercoder agreement: the automatic coding with only this
   * coder's decisions applied, for the cases this coder decided anything about (other cases are
   * missing values). {@link #AUTO} is the automatic coding of every case.
   */
  public org.dossiercoder.coding.CaseCodes coderCaseCodes(String coder) throws IOException {
    List<Decision> mine = coder.equals(AUTO) ? List.of()
        : store.activeDecisions().stream().filter(d -> d.coder().equals(coder)).toList();
    List<String> ids = coder.equals(AUTO) ? caseIds()
        : caseIds().stream().filter(id -> mine.stream().anyMatch(d -> d.caseId().equals(id))).toList();
    return EffectiveCodings.apply(ids, books, store.autoCodings(), mine, store.segments(), courses()).caseCodes();
  }

  /**
   * One coder's segment-level coding: for every sentence of the documents this coder decided
   * about (every document for {@link #AUTO}), the top-level code columns it counts for.
   *
   * @return segment key to the columns coded on it; sentences without codes map to an empty set
   */
  public java.util.Map<String, Set<String>> coderSegments(String coder) throws IOException {
    List<Decision> mine = coder.equals(AUTO) ? List.of()
        : store.activeDecisions().stream().filter(d -> d.coder().equals(coder)).toList();
    Set<String> docs = new HashSet<>();
    mine.forEach(d -> docs.add(d.docId()));
    var segments = store.segments();
    SegmentKey.Lookup keys = new SegmentKey.Lookup(segments.values());
    java.util.Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
    for (var seg : segments.values()) {
      if (coder.equals(AUTO) || docs.contains(seg.docId())) {
        out.put(seg.key(), new java.util.TreeSet<>());
      }
    }
    List<String> ids = caseIds();
    for (var c : EffectiveCodings.apply(ids, books, store.autoCodings(), mine, segments, CaseCourses.none()).codings()) {
      Set<String> columns = out.get(keys.key(c));
      Codebook book = books.get(c.codebook());
      if (columns == null || !c.counted() || book == null || book.code(c.code()) == null) {
        continue;
      }
      columns.add(book.column(book.topLevelOf(c.code())));
    }
    return out;
  }

  /** The stable key of the sentence a coding is on, to make a decision about it; null if unknown. */
  public String segmentKey(org.dossiercoder.coding.SegmentCoding coding) throws IOException {
    return new SegmentKey.Lookup(store.segments().values()).key(coding);
  }

  /** Every decision about a case, superseded ones included, oldest first. */
  public List<Decision> history(String caseId) throws IOException {
    return store.history(caseId);
  }

  private CaseCourses courses() throws IOException {
    Path index = out.resolve(Pipeline.INDEX);
    if (!Files.isDirectory(index)) {
      return CaseCourses.none();
    }
    try (FSDirectory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return CaseCourses.none();
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return CaseCourses.read(reader);
      }
    }
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
