package org.dossiercoder.web;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossiercoder.Project;
import org.dossiercoder.analysis.ReportTable;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.ingest.CaseRecord;
import org.dossiercoder.ingest.DocumentRef;
import org.dossiercoder.store.Decision;
import org.dossiercoder.store.DecisionScope;
import org.dossiercoder.store.StoredSegment;
import org.dossiercoder.web.ReviewState.Proposal;
import org.dossiercoder.web.ReviewState.State;

/**
 * Renders the pages from FreeMarker templates ({@code *.ftlh}, HTML output format, so every value
 * is escaped). The models are plain maps and lists: the templates only lay them out.
 */
final class Pages {
  private final Configuration cfg;
  private final Project project;
  private final String coder;
  private final String token;

  Pages(Project project, String coder, String token) {
    this.project = project;
    this.coder = coder;
    this.token = token;
    cfg = org.dossiercoder.report.Templates.configuration(Pages.class, "/org/dossiercoder/web");
  }

  /** The list of cases with their review progress. */
  String cases(ReviewState s, String nonce) throws IOException {
    List<String> attributes = project.corpus().attributeNames();
    List<Map<String, Object>> rows = new ArrayList<>();
    int proposals = 0;
    int decided = 0;
    for (CaseRecord c : project.corpus().cases()) {
      List<Proposal> ps = s.proposalsOfCase(c.caseId());
      int d = (int) ps.stream().filter(Proposal::decided).count();
      proposals += ps.size();
      decided += d;
      List<String> values = attributes.stream().map(c::attribute).toList();
      rows.add(map("id", c.caseId(), "attributes", values,
          "documents", (int) project.corpus().documents().stream().filter(r -> r.caseId().equals(c.caseId())).count(),
          "proposals", ps.size(), "decided", d, "open", ps.size() - d,
          "flagged", (int) ps.stream().filter(Proposal::flagged).count(),
          "added", (int) s.additions.stream().filter(a -> a.caseId().equals(c.caseId())).count()));
    }
    return render("cases.ftlh", nonce, "Cases",
        map("attributes", attributes, "cases", rows, "proposals", proposals, "decided", decided));
  }

  /** One case: attributes, documents, the codes that hold and the decisions made. */
  String caseDetail(ReviewState s, CaseRecord c, String nonce) throws IOException {
    List<Map<String, Object>> docs = new ArrayList<>();
    for (DocumentRef r : project.corpus().documents()) {
      if (!r.caseId().equals(c.caseId())) {
        continue;
      }
      List<Proposal> ps = s.proposalsOfDocument(r.docId());
      int d = (int) ps.stream().filter(Proposal::decided).count();
      docs.add(map("id", r.docId(), "name", r.fileName(), "type", r.type().key(),
          "sentences", s.segmentsOf(r.docId()).size(), "indexed", !s.segmentsOf(r.docId()).isEmpty(),
          "proposals", ps.size(), "decided", d, "open", ps.size() - d));
    }
    List<Map<String, Object>> holding = new ArrayList<>();
    CaseCodes codes = s.effective.caseCodes();
    for (Codebook book : project.codebooks().list()) {
      List<Map<String, Object>> held = new ArrayList<>();
      for (Code code : book.topLevelCodes()) {
        String column = book.column(code);
        if (codes.columns().contains(column) && codes.value(c.caseId(), column) == 1) {
          CaseCodes.Decision d = codes.decision(c.caseId(), column);
          held.add(map("label", code.label(), "manual", d != null && "manual".equals(d.source())));
        }
      }
      holding.add(map("label", book.label(), "codes", held));
    }
    List<Map<String, Object>> history = new ArrayList<>();
    for (Decision d : project.history(c.caseId())) {
      history.add(map("when", when(d.created()), "coder", d.coder(), "action", action(d),
          "code", codeLabel(d.codebook(), d.code()), "text", d.text(), "memo", d.memo(), "active", d.active(),
          "review", d.review(), "doc", d.docId()));
    }
    List<Map<String, Object>> attributes = new ArrayList<>();
    c.attributes().forEach((k, v) -> attributes.add(map("name", k, "value", v)));
    return render("case.ftlh", nonce, "Case " + c.caseId(),
        map("id", c.caseId(), "attributes", attributes, "documents", docs, "codebooks", holding, "history", history));
  }

  /** A document with its codings highlighted, the proposals beside it, and the forms to decide. */
  String document(ReviewState s, DocumentRef ref, String text, String nonce) throws IOException {
    List<Proposal> proposals = s.proposalsOfDocument(ref.docId());
    List<Decision> added = s.additionsInDocument(ref.docId());
    List<Map<String, Object>> cards = new ArrayList<>();
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < proposals.size(); i++) {
      Proposal p = proposals.get(i);
      String id = "p" + i;
      State state = p.state();
      Set<String> rules = new LinkedHashSet<>();
      Set<String> contexts = new LinkedHashSet<>();
      Set<String> words = new LinkedHashSet<>();
      for (SegmentCoding c : p.codings()) {
        rules.add(c.rule());
        contexts.add(c.context().key());
        if (c.matchStart() >= 0 && c.matchEnd() <= text.length() && c.matchStart() < c.matchEnd()) {
          words.add(text.substring(c.matchStart(), c.matchEnd()));
          marks.add(new Mark(c.matchStart(), c.matchEnd(), state, id,
              codeLabel(p.codebook(), p.code()) + " · rule " + c.rule() + " · " + c.context().key() + " · " + state.label));
        }
      }
      List<Map<String, Object>> decisions = new ArrayList<>();
      for (Decision d : p.decisions()) {
        decisions.add(map("coder", d.coder(), "action", action(d), "when", when(d.created()), "memo", d.memo(),
            "review", d.review()));
      }
      cards.add(map("id", id, "kind", "proposal", "segment", "s" + p.segment().ordinal(), "key", p.key(),
          "column", p.column(), "code", codeLabel(p.codebook(), p.code()), "codebook", bookLabel(p.codebook()),
          "rules", String.join(", ", rules), "contexts", String.join(", ", contexts), "words", List.copyOf(words),
          "state", state.css, "stateLabel", state.label, "date", p.segment().entryDate(),
          "decisions", decisions, "flagged", p.flagged(),
          "canAccept", state != State.ACCEPTED, "canReject", state != State.REJECTED));
    }
    List<Map<String, Object>> documentCodings = new ArrayList<>();
    for (int i = 0; i < added.size(); i++) {
      Decision d = added.get(i);
      String id = "m" + i;
      StoredSegment seg = d.segmentKey().isEmpty() ? null : s.segments.get(d.segmentKey());
      String scope = d.scope() == DecisionScope.SPAN ? "selection" : d.scope() == DecisionScope.SEGMENT ? "sentence" : "document";
      Map<String, Object> card = map("id", id, "kind", "manual", "segment", seg == null ? "" : "s" + seg.ordinal(),
          "code", codeLabel(d.codebook(), d.code()), "codebook", bookLabel(d.codebook()), "scope", scope,
          "words", d.text().isEmpty() ? List.of() : List.of(d.text()), "coder", d.coder(), "when", when(d.created()),
          "memo", d.memo(), "state", State.MANUAL.css, "stateLabel", State.MANUAL.label, "review", d.review(),
          "decision", d.id(), "own", d.coder().equals(coder));
      if (d.scope() == DecisionScope.DOCUMENT) {
        documentCodings.add(card);
        continue;
      }
      cards.add(card);
      if (seg != null) {
        int from = d.scope() == DecisionScope.SPAN ? seg.start() + d.start() : seg.start();
        int to = d.scope() == DecisionScope.SPAN ? seg.start() + d.end() : seg.end();
        marks.add(new Mark(from, Math.min(to, seg.end()), State.MANUAL, id,
            codeLabel(d.codebook(), d.code()) + " · added by " + d.coder()));
      }
    }
    cards.sort((a, b) -> Integer.compare(ordinal(a), ordinal(b)));
    return render("document.ftlh", nonce, ref.fileName() + " · " + ref.caseId(),
        map("id", ref.docId(), "caseId", ref.caseId(), "name", ref.fileName(), "type", ref.type().key(),
            "chunks", chunks(text, s.segmentsOf(ref.docId()), marks), "cards", cards,
            "documentCodings", documentCodings, "codeGroups", codeGroups(), "indexed", text != null));
  }

  private static int ordinal(Map<String, Object> card) {
    String s = (String) card.get("segment");
    return s.isEmpty() ? -1 : Integer.parseInt(s.substring(1));
  }

  /** The Utrecht tables as they stand with every decision applied. */
  String tables(List<ReportTable> tables, String nonce) throws IOException {
    List<Map<String, Object>> views = new ArrayList<>();
    for (ReportTable t : tables) {
      List<Map<String, Object>> groups = new ArrayList<>();
      String last = null;
      for (ReportTable.Column c : t.columns()) {
        if (last != null && last.equals(c.group())) {
          Map<String, Object> g = groups.get(groups.size() - 1);
          g.put("span", (Integer) g.get("span") + 1);
        } else {
          groups.add(map("label", c.group(), "span", 1));
        }
        last = c.group();
      }
      boolean grouped = t.columns().stream().anyMatch(c -> !c.group().isEmpty());
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int r = 0; r < t.rows().size(); r++) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
          cells.add(map("column", t.columns().get(c).key(), "value", t.cell(r, c),
              "percent", t.percentages() ? t.percentCell(r, c) : ""));
        }
        rows.add(map("key", t.rows().get(r).key(), "label", t.rows().get(r).label(), "cells", cells));
      }
      views.add(map("id", t.id(), "title", t.title(), "rowHeader", t.rowHeader(), "n", t.n(),
          "columns", t.columns().stream().map(c -> map("key", c.key(), "label", c.label())).toList(),
          "groups", groups, "grouped", grouped, "rows", rows, "percentages", t.percentages()));
    }
    return render("tables.ftlh", nonce, "Tables", map("tables", views));
  }

  /** A page that says what went wrong. */
  String error(int status, String message, String back, String nonce) throws IOException {
    return render("error.ftlh", nonce, "Error " + status,
        map("status", status, "message", message, "back", back == null ? "" : back));
  }

  /**
   * The document text cut into the pieces the page shows: the text between sentences as it is,
   * each sentence as an element carrying its offset and key, and within it the highlighted parts.
   * Joined, the pieces are the document text exactly, so the browser can turn a selection back
   * into offsets.
   */
  static List<Map<String, Object>> chunks(String text, List<StoredSegment> segments, List<Mark> marks) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int pos = 0;
    for (StoredSegment seg : segments) {
      if (seg.start() < pos || seg.end() > text.length() || seg.end() <= seg.start()) {
        continue; // a segment that does not fit the stored text cannot be shown in place
      }
      if (seg.start() > pos) {
        out.add(map("kind", "gap", "start", pos, "pieces", List.of(piece(text.substring(pos, seg.start()), List.of()))));
      }
      TreeSet<Integer> cuts = new TreeSet<>(List.of(seg.start(), seg.end()));
      List<Mark> in = new ArrayList<>();
      for (Mark m : marks) {
        int from = Math.max(m.from, seg.start());
        int to = Math.min(m.to, seg.end());
        if (from < to) {
          in.add(new Mark(from, to, m.state, m.card, m.title));
          cuts.add(from);
          cuts.add(to);
        }
      }
      List<Map<String, Object>> pieces = new ArrayList<>();
      Integer a = null;
      for (int b : cuts) {
        if (a != null) {
          int from = a;
          pieces.add(piece(text.substring(from, b), in.stream().filter(m -> m.from <= from && m.to >= b).toList()));
        }
        a = b;
      }
      out.add(map("kind", "seg", "start", seg.start(), "ordinal", seg.ordinal(), "key", seg.key(), "pieces", pieces));
      pos = seg.end();
    }
    if (pos < text.length()) {
      out.add(map("kind", "gap", "start", pos, "pieces", List.of(piece(text.substring(pos), List.of()))));
    }
    return out;
  }

  /** A highlighted range of the document text. */
  record Mark(int from, int to, State state, String card, String title) {}

  private static Map<String, Object> piece(String text, List<Mark> covering) {
    if (covering.isEmpty()) {
      return map("text", text, "state", "", "title", "", "cards", "");
    }
    State best = covering.stream().map(Mark::state).min((x, y) -> Integer.compare(rank(x), rank(y))).orElseThrow();
    Set<String> titles = new LinkedHashSet<>();
    Set<String> cards = new LinkedHashSet<>();
    covering.forEach(m -> {
      titles.add(m.title);
      cards.add(m.card);
    });
    return map("text", text, "state", best.css, "title", String.join("\n", titles), "cards", String.join(" ", cards));
  }

  /** Which highlight shows where codings overlap: what counts first. */
  private static int rank(State s) {
    return switch (s) {
      case ACCEPTED -> 0;
      case COUNTED -> 1;
      case MANUAL -> 2;
      case NOT_COUNTED -> 3;
      case REJECTED -> 4;
    };
  }

  /** The codes to choose from when adding a coding, by codebook, children indented under parents. */
  private List<Map<String, Object>> codeGroups() {
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Codebook book : project.codebooks().list()) {
      List<Map<String, Object>> options = new ArrayList<>();
      for (Code code : book.codes()) {
        int depth = 0;
        for (Code c = code; c.parent() != null; c = book.code(c.parent())) {
          depth++;
        }
        options.add(map("value", book.column(code), "label", "\u2003".repeat(depth) + code.label()));
      }
      groups.add(map("label", book.label(), "options", options));
    }
    return groups;
  }

  private String bookLabel(String codebook) {
    Codebook book = project.codebooks().get(codebook);
    return book == null ? codebook : book.label();
  }

  /** A code's label with its parent's: "Gedragsproblematiek › agressief, boos". */
  String codeLabel(String codebook, String code) {
    Codebook book = project.codebooks().get(codebook);
    Code c = book == null ? null : book.code(code);
    if (c == null) {
      return code.isEmpty() ? codebook + ": none" : codebook + "." + code;
    }
    Code parent = c.parent() == null ? null : book.code(c.parent());
    return parent == null ? c.label() : parent.label() + " \u203a " + c.label();
  }

  private static String action(Decision d) {
    return switch (d.action()) {
      case ACCEPT -> "accepted";
      case REJECT -> "rejected";
      case ADD -> "added (" + (d.scope() == DecisionScope.SPAN ? "selection" : d.scope().key()) + ")";
      case REMOVE -> "removed own coding";
      case SET -> "set case value " + d.value();
    };
  }

  private static String when(String instant) {
    return instant.length() >= 16 ? instant.substring(0, 16).replace('T', ' ') + " UTC" : instant;
  }

  private String render(String template, String nonce, String title, Map<String, Object> model) throws IOException {
    Map<String, Object> all = new HashMap<>(model);
    all.put("title", title);
    all.put("coder", coder);
    all.put("token", token);
    all.put("nonce", nonce);
    all.put("project", project.corpus().dir().getFileName() == null ? "" : project.corpus().dir().getFileName().toString());
    StringWriter w = new StringWriter();
    try {
      Template t = cfg.getTemplate(template);
      t.process(all, w);
    } catch (TemplateException e) {
      throw new IllegalStateException("page template " + template + " failed: " + e.getMessage(), e);
    }
    return w.toString();
  }

  /** A mutable map from alternating keys and values, in order; null values allowed. */
  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
