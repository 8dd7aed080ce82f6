package org.dossiercoder.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Project;
import org.dossiercoder.analysis.AttributeScheme;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.ingest.CaseRecord;
import org.dossiercoder.ingest.Corpus;
import org.dossiercoder.ingest.DocumentRef;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.StoredSegment;

/**
 * The review screen's web server. Binds to 127.0.0.1 only and serves five routes, all rendered
 * from the project's store; no request path is ever mapped to a file.
 *
 * <ul>
 *   <li>{@code GET /} the cases; {@code GET /case?id=} one case; {@code GET /document?id=} one
 *       document with its codings; {@code GET /tables} the tables with decisions applied;
 *   <li>{@code POST /decide} one decision (accept, reject, add-span, add-sentence, add-document,
 *       remove), with the page token, recorded through {@link Project#record}.
 * </ul>
 *
 * <p>Requests are handled one at a time: the store is not thread-safe, and a researcher's clicks
 * do not need more.
 */
public final class ReviewServer implements AutoCloseable {
  /** Largest request body accepted; a decision form is a few hundred bytes. */
  static final int MAX_BODY = 64 * 1024;

  private final Project project;
  private final AttributeScheme scheme;
  private final String coder;
  private final String token = RequestChecks.newToken();
  private final ServerLock lock;
  private final HttpServer http;
  private final ExecutorService executor;
  private final Pages pages;
  private final PrintWriter log;
  private final CountDownLatch closed = new CountDownLatch(1);
  private ReviewState state;
  private List<org.dossiercoder.analysis.ReportTable> tables;

  private ReviewServer(Project project, AttributeScheme scheme, String coder, ServerLock lock, int port,
      PrintWriter log) throws IOException {
    this.project = project;
    this.scheme = scheme;
    this.coder = coder;
    this.lock = lock;
    this.log = log;
    this.pages = new Pages(project, coder, token);
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
    this.executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "dossiercoder-serve");
      t.setDaemon(true);
      return t;
    });
    http.setExecutor(executor);
    http.createContext("/", this::handle);
  }

  /**
   * Opens the coded project in an output folder, takes its lock and starts serving.
   *
   * @param out the output folder of a run
   * @param corpus the corpus it was coded from
   * @param books the codebooks
   * @param scheme the breakdowns of the tables
   * @param coder the coder id recorded with every decision
   * @param port the port; 0 for any free port
   * @param log where request failures are reported
   * @throws DossierInputException when the folder holds no coded project, or another server runs on it
   * @throws IOException when the port cannot be bound
   */
  public static ReviewServer start(Path out, Corpus corpus, Codebooks books, AttributeScheme scheme, String coder,
      int port, PrintWriter log) throws DossierInputException, IOException {
    if (coder == null || coder.isBlank()) {
      throw new DossierInputException(null, 0, "a coder id is needed (--coder)");
    }
    if (port < 0 || port > 65535) {
      throw new DossierInputException(null, 0, "port must be 0..65535, not " + port);
    }
    Project project = Project.open(out, corpus, books);
    ServerLock lock;
    try {
      lock = ServerLock.acquire(out);
    } catch (DossierInputException | IOException e) {
      project.close();
      throw e;
    }
    try {
      ReviewServer server = new ReviewServer(project, scheme, coder.strip(), lock, port, log);
      server.http.start();
      lock.describe(server.uri().toString());
      return server;
    } catch (java.net.BindException e) {
      lock.close();
      project.close();
      throw new DossierInputException(null, 0, "cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
          + "); choose another --port, or 0 for any free port", e);
    } catch (IOException | RuntimeException e) {
      lock.close();
      project.close();
      throw e;
    }
  }

  /** The address of the cases page. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }

  /** The port the server listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The coder id decisions are recorded under. */
  public String coder() {
    return coder;
  }

  /** The token the pages carry; a POST without it is refused. */
  String token() {
    return token;
  }

  /** Blocks until the server is closed. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /** Stops serving, closes the project and releases the lock. */
  @Override
  public void close() throws IOException {
    if (closed.getCount() == 0) {
      return;
    }
    try {
      http.stop(0);
      executor.shutdownNow();
      synchronized (this) {
        project.close();
      }
    } finally {
      lock.close();
      closed.countDown();
    }
  }

  /** A response: status, body and extra headers. */
  private record Response(int status, String body, Map<String, String> headers) {
    static Response page(String body) {
      return new Response(200, body, Map.of());
    }

    static Response redirect(String location) {
      return new Response(303, "", Map.of("Location", location));
    }
  }

  private void handle(HttpExchange ex) {
    String nonce = RequestChecks.newToken();
    Response r;
    try {
      r = respond(ex, nonce);
    } catch (Exception e) {
      log.println("serve: " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + " failed: " + e);
      log.flush();
      r = error(500, "Something went wrong on the server; see its terminal.", null, nonce);
    }
    try (ex) {
      send(ex, r, nonce, !ex.getRequestMethod().equals("HEAD"));
    } catch (IOException e) {
      // the browser went away; nothing to tell it
    }
  }

  private synchronized Response respond(HttpExchange ex, String nonce) throws IOException {
    if (!RequestChecks.hostAllowed(ex.getRequestHeaders().get("Host"), port())) {
      return error(403, "This server answers only to 127.0.0.1 and localhost.", null, nonce);
    }
    String method = ex.getRequestMethod();
    if (!method.equals("GET") && !method.equals("POST")) {
      return new Response(405, pages.error(405, "Only GET and POST.", null, nonce), Map.of("Allow", "GET, POST"));
    }
    String path = ex.getRequestURI().getRawPath();
    Map<String, String> query;
    try {
      query = RequestChecks.form(ex.getRequestURI().getRawQuery());
    } catch (IllegalArgumentException e) {
      return error(400, "Bad query: " + e.getMessage(), "/", nonce);
    }
    boolean post = method.equals("POST");
    switch (path) {
      case "/", "/case", "/document", "/tables" -> {
        if (post) {
          return new Response(405, pages.error(405, "This page is only read.", null, nonce), Map.of("Allow", "GET"));
        }
        return get(path, query, nonce);
      }
      case "/decide" -> {
        if (!post) {
          return new Response(405, pages.error(405, "Decisions are posted.", "/", nonce), Map.of("Allow", "POST"));
        }
        return decide(ex, nonce);
      }
      default -> {
        return error(404, "No such page.", "/", nonce);
      }
    }
  }

  private Response get(String path, Map<String, String> query, String nonce) throws IOException {
    ReviewState s = state();
    switch (path) {
      case "/" -> {
        return Response.page(pages.cases(s, nonce));
      }
      case "/case" -> {
        CaseRecord c = caseRecord(query.get("id"));
        return c == null ? error(404, "No such case.", "/", nonce) : Response.page(pages.caseDetail(s, c, nonce));
      }
      case "/document" -> {
        DocumentRef ref = document(query.get("id"));
        if (ref == null) {
          return error(404, "No such document.", "/", nonce);
        }
        return Response.page(pages.document(s, ref, project.store().documentText(ref.docId()), nonce));
      }
      default -> {
        if (tables == null) {
          tables = project.tables(scheme);
        }
        return Response.page(pages.tables(tables, nonce));
      }
    }
  }

  private Response decide(HttpExchange ex, String nonce) throws IOException {
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      return error(415, "A decision is sent as a form.", "/", nonce);
    }
    byte[] body;
    try (InputStream in = ex.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      return error(413, "Request too large.", "/", nonce);
    }
    Map<String, String> form;
    try {
      form = RequestChecks.form(new String(body, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return error(400, "Bad form: " + e.getMessage(), "/", nonce);
    }
    // Checked before anything else is looked at: without this page's token nothing is stored.
    if (!RequestChecks.tokenMatches(token, form.get("token"))) {
      return error(403, "The page token is missing or wrong (the server may have been restarted): reload the page"
          + " and try again. Nothing was stored.", "/", nonce);
    }
    Decided d;
    try {
      d = decision(form);
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage() + " Nothing was stored.", back(form), nonce);
    }
    try {
      project.record(List.of(d.decision()), null);
    } catch (DossierInputException e) {
      return error(400, e.problem() + ". Nothing was stored.", back(form), nonce);
    } finally {
      state = null; // whatever happened, the next page reads the store again
      tables = null;
    }
    return Response.redirect("/document?id=" + enc(d.docId()) + "#" + d.anchor());
  }

  /** A decision built from a form, with the document and place to return to. */
  private record Decided(Decision decision, String docId, String anchor) {}

  private Decided decision(Map<String, String> form) throws IOException {
    String action = required(form, "action");
    String memo = form.getOrDefault("memo", "").strip();
    ReviewState s = state();
    switch (action) {
      case "accept", "reject", "add-sentence" -> {
        String key = required(form, "key");
        StoredSegment seg = s.segments.get(key);
        if (seg == null) {
          throw new IllegalArgumentException("No such sentence (the document may have been re-read).");
        }
        String[] col = column(form);
        Decision d = switch (action) {
          case "accept" -> Decision.accept(seg.caseId(), key, col[0], col[1], coder, memo);
          case "reject" -> Decision.reject(seg.caseId(), key, col[0], col[1], coder, memo);
          default -> Decision.addSegment(seg.caseId(), key, col[0], col[1], coder, memo);
        };
        return new Decided(d, seg.docId(), "s" + seg.ordinal());
      }
      case "add-span" -> {
        DocumentRef ref = requiredDocument(form);
        int start = number(form, "start");
        int end = number(form, "end");
        String doc = project.store().documentText(ref.docId());
        if (doc == null || start < 0 || end > doc.length()) {
          throw new IllegalArgumentException("The selection is not in the document's text.");
        }
        // Whitespace at the edges of a selection is not part of what was meant.
        while (start < end && Character.isWhitespace(doc.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(doc.charAt(end - 1))) {
          end--;
        }
        if (end <= start) {
          throw new IllegalArgumentException("Select some words first.");
        }
        StoredSegment seg = s.segmentHolding(ref.docId(), start, end);
        if (seg == null) {
          throw new IllegalArgumentException("A selection must stay within one sentence. Select words within one"
              + " sentence, or code the whole sentence or the whole document.");
        }
        int from = start - seg.start();
        int to = end - seg.start();
        String[] col = column(form);
        return new Decided(Decision.addSpan(seg.caseId(), seg.key(), from, to, col[0], col[1], coder, memo),
            ref.docId(), "s" + seg.ordinal());
      }
      case "add-document" -> {
        DocumentRef ref = requiredDocument(form);
        String[] col = column(form);
        return new Decided(Decision.addDocument(ref.caseId(), ref.docId(), col[0], col[1], coder, memo),
            ref.docId(), "top");
      }
      case "remove" -> {
        // Withdraws one of this coder's own hand-made codings: a decision on the same target that
        // supersedes it, so the addition stays in the audit trail.
        long id = number(form, "decision");
        Decision added = s.additions.stream().filter(d -> d.id() == id).findFirst().orElse(null);
        if (added == null || !added.coder().equals(coder)) {
          throw new IllegalArgumentException("Only your own hand-made codings can be removed.");
        }
        StoredSegment seg = added.segmentKey().isEmpty() ? null : s.segments.get(added.segmentKey());
        Decision d = Decision.remove(added, memo);
        return new Decided(d, added.docId(), seg == null ? "top" : "s" + seg.ordinal());
      }
      default -> throw new IllegalArgumentException("Unknown action '" + action + "'.");
    }
  }

  private static String required(Map<String, String> form, String name) {
    String v = form.get(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("The form lacks '" + name + "'.");
    }
    return v;
  }

  private static int number(Map<String, String> form, String name) {
    try {
      return Integer.parseInt(required(form, name).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + name + "' must be a number.");
    }
  }

  /** The codebook and code of a {@code codebook.code} form value. */
  private static String[] column(Map<String, String> form) {
    String v = required(form, "code");
    int dot = v.indexOf('.');
    if (dot <= 0 || dot == v.length() - 1) {
      throw new IllegalArgumentException("Choose a code.");
    }
    return new String[] {v.substring(0, dot), v.substring(dot + 1)};
  }

  private DocumentRef requiredDocument(Map<String, String> form) {
    DocumentRef ref = document(required(form, "doc"));
    if (ref == null) {
      throw new IllegalArgumentException("No such document.");
    }
    return ref;
  }

  private String back(Map<String, String> form) {
    DocumentRef ref = document(form.get("doc"));
    if (ref == null && form.get("key") != null) {
      StoredSegment seg = state == null ? null : state.segments.get(form.get("key"));
      ref = seg == null ? null : document(seg.docId());
    }
    return ref == null ? "/" : "/document?id=" + enc(ref.docId());
  }

  private CaseRecord caseRecord(String id) {
    return id == null ? null
        : project.corpus().cases().stream().filter(c -> c.caseId().equals(id)).findFirst().orElse(null);
  }

  /** A document of the corpus by id: a lookup, never a path on disk. */
  private DocumentRef document(String id) {
    return id == null ? null
        : project.corpus().documents().stream().filter(d -> d.docId().equals(id)).findFirst().orElse(null);
  }

  private ReviewState state() throws IOException {
    if (state == null) {
      state = ReviewState.load(project);
    }
    return state;
  }

  private Response error(int status, String message, String back, String nonce) {
    try {
      return new Response(status, pages.error(status, message, back, nonce), Map.of());
    } catch (IOException | RuntimeException e) {
      return new Response(status, message, Map.of());
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange ex, Response r, String nonce, boolean withBody) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", "text/html; charset=utf-8");
    h.set("Cache-Control", "no-store");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    // Nothing is loaded from anywhere: the page's own inline style and its one script (by nonce).
    h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-" + nonce
        + "'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    r.headers().forEach(h::set);
    byte[] body = withBody ? r.body().getBytes(StandardCharsets.UTF_8) : new byte[0];
    ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    }
  }
}
