package org.dossiercoder.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dossiercoder.ingest.DocumentRef;

/**
 * The on-disk Lucene index of segments: one Lucene document per sentence, with the case,
 * document, type, offsets, journal date and section as fields, and for transcripts the turn,
 * speaker, speaker kind, respondent role and the question the turn answers.
 *
 * <p>A document is replaced as a whole when it is read again, and kept as it was when reading it
 * fails this time, so a file that became unreadable loses none of its earlier codings. The caller
 * must close the index. Adding documents is thread-safe.
 */
public final class SegmentIndex implements AutoCloseable {
  /** Field names, a contract between the index and the rule matcher. */
  public static final String SEG_ID = "seg_id";
  /** Case id field. */
  public static final String CASE = "case";
  /** Document id field. */
  public static final String DOC = "doc";
  /** Document type key field. */
  public static final String DOCTYPE = "doctype";
  /** Respondent role field. */
  public static final String ROLE = "role";
  /** Section (OPP heading) field. */
  public static final String SECTION = "section";
  /** Stored ordinal of the segment in its document. */
  public static final String ORDINAL = "ord";
  /** Stored start offset. */
  public static final String START = "start";
  /** Stored end offset. */
  public static final String END = "end";
  /** Stored ISO journal date, absent outside entries. */
  public static final String DATE = "date";
  /** Stored relative journal date in an assumed year (see {@link Segment#relativeDate()}). */
  public static final String RELATIVE_DATE = "reldate";
  /** Stored speaker turn number (0 outside turns). */
  public static final String TURN = "turn";
  /** Speaker label as written, indexed as one term and stored. */
  public static final String SPEAKER = "speaker";
  /** Speaker kind key ({@link SpeakerKind#key()}), indexed as one term and stored. */
  public static final String SPEAKER_KIND = "speaker_kind";
  /**
   * The question a respondent turn answers, analysed like the text (the field rules' {@code
   * question:} queries search) and stored; absent when there is none.
   */
  public static final String QUESTION = DutchAnalysis.QUESTION_FIELD;
  /**
   * The label that opens a segment ({@link SentenceLabel}), analysed like the text with the same
   * offsets, so a rule can ask for a heading's word ("Afspraken:") and not for the word anywhere;
   * absent when the segment has no label.
   */
  public static final String LABEL = DutchAnalysis.LABEL_FIELD;

  private static final FieldType TEXT_TYPE = textType();
  private static final FieldType QUESTION_TYPE = questionType();

  private final Directory directory;
  private final IndexWriter writer;
  private final DutchAnalysis analysis;

  private SegmentIndex(Directory directory, IndexWriter writer, DutchAnalysis analysis) {
    this.directory = directory;
    this.writer = writer;
    this.analysis = analysis;
  }

  /** Opens (or creates) the index in a folder. The caller must close it. */
  public static SegmentIndex open(Path dir, DutchAnalysis analysis) throws IOException {
    Directory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    return new SegmentIndex(directory, new IndexWriter(directory, config), analysis);
  }

  /** The analysis chain the index was written with. */
  public DutchAnalysis analysis() {
    return analysis;
  }

  /** Replaces all segments of a document by these. */
  public void replace(DocumentRef ref, List<Segment> segments) throws IOException {
    writer.deleteDocuments(new Term(DOC, ref.docId()));
    for (Segment s : segments) {
      writer.addDocument(toLucene(ref, s));
    }
  }

  /** Removes a document that is no longer in the corpus. */
  public void delete(String docId) throws IOException {
    writer.deleteDocuments(new Term(DOC, docId));
  }

  /**
   * Rewrites index files that still hold deleted documents, so that text removed for privacy
   * (blocked or redacted documents) is gone from disk, not merely marked deleted.
   */
  public void purgeDeleted() throws IOException {
    writer.forceMergeDeletes(true);
  }

  /** Makes all changes durable. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Ids of the documents in the index (after a commit or refresh). */
  public Set<String> documentIds() throws IOException {
    Set<String> ids = new HashSet<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(DOC);
        if (terms == null) {
          continue;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
          if (it.docFreq() > 0) {
            ids.add(t.utf8ToString());
          }
        }
      }
    }
    return ids;
  }

  /**
   * A reader over the current state, including uncommitted changes. The caller must close it.
   */
  public DirectoryReader openReader() throws IOException {
    return DirectoryReader.open(writer);
  }

  /** A searcher over a reader from {@link #openReader()}. */
  public static IndexSearcher searcher(DirectoryReader reader) {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null); // every rule runs once; caching only costs memory
    return searcher;
  }

  /** The {@link #SEG_ID} of the segment at an ordinal of a document. */
  public static String segId(String docId, int ordinal) {
    return docId + "#" + ordinal;
  }

  private static Document toLucene(DocumentRef ref, Segment s) {
    Document d = new Document();
    d.add(new StringField(SEG_ID, segId(ref.docId(), s.ordinal()), Field.Store.YES));
    d.add(new StringField(CASE, ref.caseId(), Field.Store.YES));
    d.add(new StringField(DOC, ref.docId(), Field.Store.YES));
    d.add(new StringField(DOCTYPE, ref.type().key(), Field.Store.YES));
    d.add(new StringField(ROLE, s.role().isEmpty() ? ref.role() : s.role(), Field.Store.YES));
    d.add(new StringField(SECTION, s.section(), Field.Store.YES));
    d.add(new StoredField(ORDINAL, s.ordinal()));
    d.add(new StoredField(START, s.start()));
    d.add(new StoredField(END, s.end()));
    if (s.entryDate() != null) {
      d.add(new StoredField(DATE, s.entryDate().toString()));
    }
    if (s.relativeDate() != null) {
      d.add(new StoredField(RELATIVE_DATE, s.relativeDate().toString()));
    }
    d.add(new Field(DutchAnalysis.TEXT_FIELD, s.text(), TEXT_TYPE));
    String label = SentenceLabel.of(s.text());
    if (!label.isEmpty()) {
      d.add(new Field(LABEL, label, TEXT_TYPE));
    }
    d.add(new StoredField(TURN, s.turn()));
    d.add(new StringField(SPEAKER, s.speaker(), Field.Store.YES));
    d.add(new StringField(SPEAKER_KIND, s.speakerKind().key(), Field.Store.YES));
    if (!s.question().isEmpty()) {
      d.add(new Field(QUESTION, s.question(), QUESTION_TYPE));
    }
    return d;
  }

  private static FieldType textType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    // Offsets let a match be located inside its sentence (for negation scope and highlighting).
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private static FieldType questionType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    // Positions for phrase and proximity queries; matches are located in the text, not here.
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    return t;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
