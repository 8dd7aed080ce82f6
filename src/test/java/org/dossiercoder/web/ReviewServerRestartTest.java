package org.dossiercoder.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Project;
import org.dossiercoder.cli.Main;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.DecisionAction;
import org.dossiercoder.store.StoredSegment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions outlive the server, and one server at a time works on an output folder. */
class ReviewServerRestartTest {
  @TempDir static Path dir;
  static ReviewFixture fixture;

  @BeforeAll
  static void code() throws Exception {
    fixture = ReviewFixture.create(dir);
  }

  @Test
  void aDecisionMadeOverHttpIsThereAfterTheServerIsStoppedAndStartedAgain() throws Exception {
    StoredSegment seg;
    try (Project p = fixture.project()) {
      seg = ReviewFixture.segment(p, "k3", "brutaal");
    }
    String docPage = "/document?id=" + Http.enc("k3/journaal.txt");
    String oldToken;
    try (ReviewServer first = fixture.start("bram")) {
      oldToken = Http.token(Http.get(first.port(), docPage).body());
      Http.Reply r = Http.post(first.port(), "/decide", "token=" + oldToken + "&action=reject&key=" + Http.enc(seg.key())
          + "&code=risicoprofiel.gedrag&memo=" + Http.enc("brutaal is hier geen gedragsprobleem"));
      assertEquals(303, r.status(), r.body());
    }
    try (ReviewServer second = fixture.start("bram")) {
      String page = Http.get(second.port(), docPage).body();
      assertTrue(page.contains("<mark class=\"rejected\""), "the rejection is shown after the restart");
      assertTrue(page.contains("brutaal is hier geen gedragsprobleem"), "with its memo");
      String newToken = Http.token(page);
      assertNotEquals(oldToken, newToken, "a new token per server start");
      assertEquals(403, Http.post(second.port(), "/decide", "token=" + oldToken + "&action=accept&key="
          + Http.enc(seg.key()) + "&code=risicoprofiel.gedrag").status(), "a page of the old server cannot post");
    }
    try (Project p = fixture.project()) {
      List<Decision> h = p.history("k3");
      assertEquals(1, h.size(), h.toString());
      assertEquals(DecisionAction.REJECT, h.get(0).action());
      assertEquals("bram", h.get(0).coder());
      assertEquals(0, p.effective().caseCodes().value("k3", "risicoprofiel.gedrag"));
    }
  }

  @Test
  void aSecondServerOnTheSameOutputFolderSaysTheFirstIsRunning() throws Exception {
    try (ReviewServer first = fixture.start("anna")) {
      DossierInputException e = assertThrows(DossierInputException.class, () -> fixture.start("bram"));
      assertTrue(e.getMessage().contains("already running on this output folder at " + first.uri()), e.getMessage());
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "serve", "--port", "0", "--coder", "bram",
          "--out", fixture.out.toString(), "--corpus", fixture.corpus.toString(), "--codebooks", fixture.books.toString());
      assertEquals(2, exit, err.toString());
      assertTrue(err.toString().startsWith("error: ") && err.toString().contains("already running"), err.toString());
      assertEquals(200, Http.get(first.port(), "/").status(), "the first keeps serving");
    }
    try (ReviewServer again = fixture.start("bram")) {
      assertEquals(200, Http.get(again.port(), "/").status(), "the lock is released when a server stops");
    }
  }

  @Test
  void aFolderWithoutACodedProjectIsABadInput() {
    DossierInputException e = assertThrows(DossierInputException.class, () -> org.dossiercoder.web.ReviewServer.start(
        dir.resolve("nothing"), org.dossiercoder.ingest.Corpus.load(fixture.corpus),
        org.dossiercoder.Pipeline.loadCodebooks(fixture.books).codebooks(),
        org.dossiercoder.analysis.AttributeScheme.load(fixture.books), "anna", 0, new PrintWriter(new StringWriter())));
    assertTrue(e.getMessage().contains("run 'dossiercoder run' first"), e.getMessage());
  }
}
