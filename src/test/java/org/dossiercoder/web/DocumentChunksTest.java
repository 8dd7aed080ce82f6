package org.dossiercoder.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.dossiercoder.store.StoredSegment;
import org.junit.jupiter.api.Test;

/** The document page's text: joined, its pieces are the document text, so selections map back to offsets. */
class DocumentChunksTest {
  static final String TEXT = "01-02-2015 Lln was brutaal.\nGeen scheiding. Einde";

  static StoredSegment seg(int ordinal, int start, int end) {
    return new StoredSegment("d#" + ordinal, "k1", "k1/j.txt", "leerplichtdossier", ordinal, start, end, "",
        TEXT.substring(start, end));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> pieces(Map<String, Object> chunk) {
    return (List<Map<String, Object>>) chunk.get("pieces");
  }

  @Test
  void piecesJoinToTheTextAndOverlappingMarksShowWhatCounts() {
    int brutaal = TEXT.indexOf("brutaal");
    int scheiding = TEXT.indexOf("scheiding");
    List<Pages.Mark> marks = List.of(
        new Pages.Mark(brutaal, brutaal + 7, ReviewState.State.REJECTED, "p0", "gedrag"),
        new Pages.Mark(brutaal - 4, brutaal + 7, ReviewState.State.COUNTED, "p1", "houding"),
        new Pages.Mark(scheiding, scheiding + 9, ReviewState.State.MANUAL, "m0", "persoonlijk"));
    List<Map<String, Object>> chunks = Pages.chunks(TEXT, List.of(seg(0, 11, 27), seg(1, 28, 43), seg(2, 44, 49)), marks);
    StringBuilder joined = new StringBuilder();
    for (Map<String, Object> c : chunks) {
      pieces(c).forEach(p -> joined.append(p.get("text")));
    }
    assertEquals(TEXT, joined.toString());
    assertEquals(List.of("gap", "seg", "gap", "seg", "gap", "seg"), chunks.stream().map(c -> c.get("kind")).toList());
    List<Map<String, Object>> first = pieces(chunks.get(1));
    assertEquals(List.of("Lln ", "was ", "brutaal", "."), first.stream().map(p -> p.get("text")).toList());
    assertEquals(List.of("", "counted", "counted", ""), first.stream().map(p -> p.get("state")).toList(),
        "where a rejected and a counted coding overlap, the counted one shows");
    assertEquals("p0 p1", first.get(2).get("cards"));
    assertEquals("manual", pieces(chunks.get(3)).get(1).get("state"));
  }
}
