package org.dossiercoder.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossiercoder.Project;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.DecisionAction;
import org.dossiercoder.store.DecisionScope;
import org.dossiercoder.store.StoredSegment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review server over HTTP: pages, decisions through the one code path, and its bad input. */
class ReviewServerTest {
  @TempDir static Path dir;
  static ReviewFixture fixture;
  static ReviewServer server;
  static int port;
  static String token;

  @BeforeAll
  static void start() throws Exception {
    fixture = ReviewFixture.create(dir);
    server = fixture.start("anna");
    port = server.port();
    token = Http.token(Http.get(port, "/document?id=" + Http.enc("k1/journaal.txt")).body());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static int decisions() throws Exception {
    try (Project p = fixture.project()) {
      return p.store().allDecisions().size();
    }
  }

  private static StoredSegment segment(String caseId, String words) throws Exception {
    try (Project p = fixture.project()) {
      return ReviewFixture.segment(p, caseId, words);
    }
  }

  private static List<Decision> history(String caseId) throws Exception {
    try (Project p = fixture.project()) {
      return p.history(caseId);
    }
  }

  @Test
  void pagesShowCasesDocumentsAndTablesWithTheCoder() throws Exception {
    Http.Reply cases = Http.get(port, "/");
    assertEquals(200, cases.status());
    assertTrue(cases.body().contains("href=\"/case?id=k1\""), cases.body());
    assertTrue(cases.body().contains("id=\"coder\">anna<"), "the coder is shown");
    assertTrue(cases.header("Content-Security-Policy").contains("default-src 'none'"));
    Http.Reply kase = Http.get(port, "/case?id=k2");
    assertEquals(200, kase.status());
    assertTrue(kase.body().contains("/document?id=k2%2Fjournaal.txt"), kase.body());
    Http.Reply doc = Http.get(port, "/document?id=" + Http.enc("k1/journaal.txt"));
    assertEquals(200, doc.status());
    assertTrue(doc.body().contains("<mark class=\"counted\""), "a counted proposal is highlighted");
    Http.Reply k2 = Http.get(port, "/document?id=" + Http.enc("k2/journaal.txt"));
    assertTrue(k2.body().contains("<mark class=\"notcounted\""), "'Broer is agressief' is about another person");
    Http.Reply tables = Http.get(port, "/tables");
    assertEquals(200, tables.status());
    assertTrue(tables.body().contains("Tabel 3: Gevonden risicoprofielen"), tables.body());
  }

  @Test
  void theDocumentTextIsEscapedNotInterpreted() throws Exception {
    String doc = Http.get(port, "/document?id=" + Http.enc("k1/journaal.txt")).body();
    assertFalse(doc.contains("<script>"), "no script but the page's own (which carries a nonce)");
    assertTrue(doc.contains("<script nonce="));
  }

  @Test
  void anAcceptWithTheTokenIsADecisionOfTheCoder() throws Exception {
    StoredSegment seg = segment("k1", "scheiding");
    Http.Reply r = Http.post(port, "/decide", "token=" + token + "&action=accept&key=" + Http.enc(seg.key())
        + "&code=risicoprofiel.persoonlijk");
    assertEquals(303, r.status(), r.body());
    assertEquals("/document?id=k1%2Fjournaal.txt#s" + seg.ordinal(), r.header("Location"));
    Decision d = history("k1").stream().filter(x -> x.segmentKey().equals(seg.key())).reduce((a, b) -> b).orElseThrow();
    assertEquals(DecisionAction.ACCEPT, d.action());
    assertEquals("anna", d.coder());
    assertEquals("persoonlijk", d.code());
    try (Project p = fixture.project()) {
      assertEquals(1, p.effective().caseCodes().value("k1", "risicoprofiel.persoonlijk"), "the accepted proposal counts");
    }
    String page = Http.get(port, "/document?id=" + Http.enc("k1/journaal.txt")).body();
    assertTrue(page.contains("<mark class=\"accepted\""), "the page shows it accepted");
  }

  @Test
  void postsWithoutThePageTokenAreRefusedAndStoreNothing() throws Exception {
    StoredSegment seg = segment("k2", "leerachterstand");
    String decision = "action=reject&key=" + Http.enc(seg.key()) + "&code=risicoprofiel.niveau";
    int before = decisions();
    for (String form : List.of(decision, "token=&" + decision, "token=wrong&" + decision,
        "token=" + token.toUpperCase(java.util.Locale.ROOT) + "&" + decision, "token=" + token + "x&" + decision,
        "token=" + token.substring(1) + "&" + decision)) {
      Http.Reply r = Http.post(port, "/decide", form);
      assertEquals(403, r.status(), form);
      assertTrue(r.body().contains("Nothing was stored"), r.body());
    }
    assertEquals(403, Http.post(port, "/decide?token=" + token, decision).status(), "the token belongs in the form");
    assertEquals(before, decisions(), "nothing stored");
  }

  @Test
  void aSelectionWithinOneSentenceIsASpanRelativeToItsSentence() throws Exception {
    StoredSegment seg = segment("k1", "lage cijfers");
    String text = docText("k1/journaal.txt");
    int at = text.indexOf("lage cijfers");
    // The selection's surrounding blanks are not part of it.
    Http.Reply r = Http.post(port, "/decide", "token=" + token + "&action=add-span&doc=" + Http.enc("k1/journaal.txt")
        + "&start=" + (at - 1) + "&end=" + (at + 12) + "&code=risicoprofiel.niveau&memo=" + Http.enc("lage cijfers"));
    assertEquals(303, r.status(), r.body());
    Decision d = history("k1").stream().filter(x -> x.scope() == DecisionScope.SPAN).reduce((a, b) -> b).orElseThrow();
    assertEquals(seg.key(), d.segmentKey());
    assertEquals(at - seg.start(), d.start());
    assertEquals(at + 12 - seg.start(), d.end());
    assertEquals("lage cijfers", d.text());
    assertEquals("anna", d.coder());
    try (Project p = fixture.project()) {
      assertEquals(1, p.effective().caseCodes().value("k1", "risicoprofiel.niveau"));
    }
  }

  @Test
  void aSelectionAcrossSentencesIsRefusedClearly() throws Exception {
    String text = docText("k3/journaal.txt");
    int from = text.indexOf("leesprobleem");
    int to = text.indexOf("slaapt");
    int before = decisions();
    Http.Reply r = Http.post(port, "/decide", "token=" + token + "&action=add-span&doc=" + Http.enc("k3/journaal.txt")
        + "&start=" + from + "&end=" + to + "&code=risicoprofiel.gedrag");
    assertEquals(400, r.status());
    assertTrue(r.body().contains("must stay within one sentence"), r.body());
    assertEquals(before, decisions());
  }

  @Test
  void decisionsThatDoNotFitTheProjectAreRefused() throws Exception {
    StoredSegment seg = segment("k3", "brutaal");
    int before = decisions();
    for (String form : List.of(
        "action=accept&key=" + Http.enc(seg.key()) + "&code=risicoprofiel.bestaat_niet",
        "action=accept&key=k3%2Fjournaal.txt%23deadbeef%230&code=risicoprofiel.gedrag",
        "action=accept&key=" + Http.enc(seg.key()),
        "action=erase&key=" + Http.enc(seg.key()) + "&code=risicoprofiel.gedrag",
        "action=add-span&doc=k3%2Fjournaal.txt&start=5&end=x&code=risicoprofiel.gedrag",
        "action=add-span&doc=k3%2Fjournaal.txt&start=-5&end=3&code=risicoprofiel.gedrag",
        "action=add-document&doc=..%2F..%2Fpom.xml&code=risicoprofiel.gedrag",
        "action=remove&decision=1")) {
      Http.Reply r = Http.post(port, "/decide", "token=" + token + "&" + form);
      assertEquals(400, r.status(), form + "\n" + r.body());
    }
    assertEquals(400, Http.post(port, "/decide", "token=" + token + "&code=%zz").status(), "malformed escape");
    assertEquals(400, Http.post(port, "/decide", "token=" + token + "&token=" + token).status(), "a name twice");
    assertEquals(415, Http.send(port, "POST", "/decide", "127.0.0.1:" + port, "text/plain", "token=" + token).status());
    assertEquals(413, Http.post(port, "/decide", "token=" + token + "&memo=" + "x".repeat(70_000)).status());
    assertEquals(before, decisions());
  }

  @Test
  void foreignHostHeadersAreRefused() throws Exception {
    for (String host : new String[] {"evil.example", "evil.example:" + port, "127.0.0.1.evil.example:" + port,
        "localhost:" + (port + 1), "[::1]:" + port, "", "127.0.0.1:" + port + "@evil.example"}) {
      assertEquals(403, Http.send(port, "GET", "/", host, null, null).status(), host);
    }
    assertEquals(403, Http.send(port, "GET", "/", null, null, null).status(), "no Host");
    assertEquals(200, Http.send(port, "GET", "/", "localhost:" + port, null, null).status());
    assertEquals(200, Http.send(port, "GET", "/", "LOCALHOST:" + port, null, null).status());
    int before = decisions();
    StoredSegment seg = segment("k2", "jeugdarts");
    assertEquals(403, Http.send(port, "POST", "/decide", "evil.example", "application/x-www-form-urlencoded",
        "token=" + token + "&action=reject&key=" + Http.enc(seg.key()) + "&code=interventie.hulp").status());
    assertEquals(before, decisions());
  }

  @Test
  void onlyGetAndPostAreAnswered() throws Exception {
    for (String method : new String[] {"PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"}) {
      assertEquals(405, Http.send(port, method, "/", "127.0.0.1:" + port, null, null).status(), method);
    }
    assertEquals(405, Http.get(port, "/decide").status(), "decisions are posted");
    assertEquals(405, Http.post(port, "/", "token=" + token).status(), "pages are read");
  }

  @Test
  void noFileIsEverServed() throws Exception {
    Files.writeString(fixture.out.resolve("secret.txt"), "SECRET-CONTENT");
    for (String target : new String[] {
        "/../../../../etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
        "/%252e%252e/etc/passwd", "/..\\..\\pom.xml", "/..%5c..%5cpom.xml", "//etc/passwd", "/etc/passwd",
        "/secret.txt", "/dossiercoder.db", "/serve.lock", "/out/secret.txt", "/./secret.txt", "/case/../secret.txt",
        "/document/../../secret.txt", "/tables/", "/index.html", "/%00", "/document%00", "/pom.xml",
        "/document?id=../secret.txt", "/document?id=..%2F..%2Fpom.xml", "/document?id=%2Fetc%2Fpasswd",
        "/document?id=k1%2F..%2F..%2Fout%2Fsecret.txt", "/document?id=k1%2Fjournaal.txt%00.png",
        "/case?id=..%2Fout", "/document", "/case"}) {
      Http.Reply r = Http.send(port, "GET", target, "127.0.0.1:" + port, null, null);
      assertTrue(r.status() == 404 || r.status() == 400, target + " -> " + r.status());
      assertFalse(r.body().contains("SECRET-CONTENT") || r.body().contains("root:") || r.body().contains("<project"),
          target);
    }
  }

  @Test
  void pageTokensDifferPerServerStart() {
    assertNotEquals(RequestChecks.newToken(), token);
    assertEquals(token, server.token());
    assertTrue(token.length() >= 43, "256 bits");
  }

  private static String docText(String docId) throws Exception {
    try (Project p = fixture.project()) {
      return p.store().documentText(docId);
    }
  }
}
