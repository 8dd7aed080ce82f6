package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.SegmentIndex;
import org.dossiercoder.ingest.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course of a case is read from its journals in the order they were written. */
class CaseCoursesTest {
  @TempDir Path dir;

  private static Document segment(int ordinal, String text, String date) {
    Document d = new Document();
    d.add(new StringField(SegmentIndex.CASE, "c900", Field.Store.YES));
    d.add(new StringField(SegmentIndex.DOC, "c900/journaal.txt", Field.Store.YES));
    d.add(new StringField(SegmentIndex.SEG_ID, SegmentIndex.segId("c900/journaal.txt", ordinal), Field.Store.YES));
    d.add(new StringField(SegmentIndex.DOCTYPE, DocumentType.LEERPLICHTDOSSIER.key(), Field.Store.YES));
    d.add(new StoredField(SegmentIndex.ORDINAL, ordinal));
    d.add(new StoredField(DutchAnalysis.TEXT_FIELD, text));
    if (date != null) {
      d.add(new StoredField(SegmentIndex.DATE, date));
    }
    return d;
  }

  @Test
  void openingLinesStandUnderTheFirstEntryWhateverTheOrderOfTheIndexSegments() throws Exception {
    try (Directory directory = FSDirectory.open(dir)) {
      // Indexing threads may flush a document's later segments into an earlier index segment:
      // here the dated entry is committed before the line that opens the journal.
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        writer.addDocument(segment(1, "02-09-2014  Dossier overgenomen van collega leerplicht.", "2014-09-02"));
        writer.commit();
        writer.addDocument(segment(0, "Vorige school: havo, daar sinds mei 2014 niet meer geweest.", null));
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(2, reader.leaves().size(), "the two segments lie in two index segments");
        assertEquals(List.of("2014-09-02=3"), CaseCourses.read(reader).describe("c900"));
      }
    }
  }
}
