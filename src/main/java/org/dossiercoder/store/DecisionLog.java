package org.dossiercoder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The decisions table: an append-only audit trail of manual decisions. */
final class DecisionLog {
  static final String[] SCHEMA = {
    """
    CREATE TABLE IF NOT EXISTS decisions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      case_id TEXT NOT NULL, doc_id TEXT NOT NULL, codebook TEXT NOT NULL, code TEXT NOT NULL,
      scope TEXT NOT NULL, segment_key TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
      text TEXT NOT NULL, action TEXT NOT NULL, value INTEGER NOT NULL, coder TEXT NOT NULL, memo TEXT NOT NULL,
      created TEXT NOT NULL, replaces INTEGER NOT NULL, active INTEGER NOT NULL, target TEXT NOT NULL,
      proposal TEXT NOT NULL, review TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS decisions_target ON decisions(target, coder, active)",
    "CREATE INDEX IF NOT EXISTS decisions_case ON decisions(case_id)"
  };

  private static final String COLUMNS =
      "id, case_id, doc_id, codebook, code, scope, segment_key, start_offset, end_offset, text, action, value,"
          + " coder, memo, created, replaces, active, proposal, review";

  private DecisionLog() {}

  /** Segments by key, for every indexed or stale document. */
  static Map<String, StoredSegment> segments(Connection c) throws SQLException {
    Map<String, StoredSegment> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT s.doc_id, d.case_id, d.doc_type, s.ordinal, s.start_offset, s.end_offset, s.entry_date, s.text,"
                + " s.turn, s.speaker, s.speaker_kind, s.role, s.question"
                + " FROM segments s JOIN documents d ON d.doc_id = s.doc_id ORDER BY s.doc_id, s.ordinal")) {
      SegmentKey.Counter counter = null;
      String doc = null;
      while (r.next()) {
        String docId = r.getString(1);
        if (!docId.equals(doc)) {
          doc = docId;
          counter = new SegmentKey.Counter(docId);
        }
        String text = r.getString(8);
        String key = counter.next(text);
        String date = r.getString(7);
        out.put(key, new StoredSegment(key, r.getString(2), docId, r.getString(3), r.getInt(4), r.getInt(5),
            r.getInt(6), date == null ? "" : date, text, r.getInt(9), r.getString(10),
            org.dossiercoder.index.SpeakerKind.ofKey(r.getString(11)), r.getString(12), r.getString(13)));
      }
    }
    return out;
  }

  /**
   * The automatic proposals per segment key and column, as a comparable description: the rules
   * and contexts that matched and whether they counted.
   */
  static Map<String, String> proposals(Connection c, Map<String, StoredSegment> segments) throws SQLException {
    SegmentKey.Lookup keys = new SegmentKey.Lookup(segments.values());
    Map<String, Set<String>> parts = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT doc_id, ordinal, codebook, code, rule, context, counted FROM codings WHERE source = 'auto'")) {
      while (r.next()) {
        String key = keys.key(r.getString(1), r.getInt(2));
        if (key == null) {
          continue;
        }
        parts.computeIfAbsent(key + "|" + r.getString(3) + "." + r.getString(4), k -> new TreeSet<>())
            .add(r.getString(5) + ":" + r.getString(6) + ":" + (r.getInt(7) == 1 ? "counted" : "not counted"));
      }
    }
    Map<String, String> out = new HashMap<>();
    parts.forEach((k, v) -> out.put(k, String.join("; ", v)));
    return out;
  }

  /** Inserts decisions, superseding each coder's earlier active decision on the same target. */
  static List<Decision> insert(Connection c, List<Decision> decisions, Set<String> singleChoice, String now,
      Map<String, StoredSegment> segments, Map<String, String> proposals) throws SQLException {
    List<Decision> stored = new ArrayList<>();
    try (PreparedStatement find = c.prepareStatement(
            "SELECT id FROM decisions WHERE target = ? AND coder = ? AND active = 1");
        PreparedStatement retire = c.prepareStatement("UPDATE decisions SET active = 0 WHERE id = ?");
        PreparedStatement ins = c.prepareStatement(
            "INSERT INTO decisions(case_id, doc_id, codebook, code, scope, segment_key, start_offset, end_offset,"
                + " text, action, value, coder, memo, created, replaces, active, target, proposal, review)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,'')",
            Statement.RETURN_GENERATED_KEYS)) {
      for (Decision d : decisions) {
        String text = d.text();
        String proposal = "";
        if (d.scope() == DecisionScope.SEGMENT || d.scope() == DecisionScope.SPAN) {
          StoredSegment seg = segments.get(d.segmentKey());
          if (seg == null) {
            throw new IllegalArgumentException("unknown segment " + d.segmentKey());
          }
          if (d.scope() == DecisionScope.SPAN && d.end() > seg.text().length()) {
            throw new IllegalArgumentException("span " + d.start() + ".." + d.end() + " is outside segment "
                + d.segmentKey() + " (" + seg.text().length() + " characters)");
          }
          text = d.scope() == DecisionScope.SPAN ? seg.text().substring(d.start(), d.end()) : seg.text();
          proposal = proposals.getOrDefault(d.segmentKey() + "|" + d.column(), "");
        }
        String target = d.target(singleChoice.contains(d.codebook()));
        long replaces = 0;
        find.setString(1, target);
        find.setString(2, d.coder());
        try (ResultSet r = find.executeQuery()) {
          if (r.next()) {
            replaces = r.getLong(1);
          }
        }
        if (replaces != 0) {
          retire.setLong(1, replaces);
          retire.executeUpdate();
        }
        ins.setString(1, d.caseId());
        ins.setString(2, d.docId());
        ins.setString(3, d.codebook());
        ins.setString(4, d.code());
        ins.setString(5, d.scope().key());
        ins.setString(6, d.segmentKey());
        ins.setInt(7, d.start());
        ins.setInt(8, d.end());
        ins.setString(9, text);
        ins.setString(10, d.action().key());
        ins.setInt(11, d.value());
        ins.setString(12, d.coder());
        ins.setString(13, d.memo());
        ins.setString(14, now);
        ins.setLong(15, replaces);
        ins.setString(16, target);
        ins.setString(17, proposal);
        ins.executeUpdate();
        long id;
        try (ResultSet keys = ins.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
        stored.add(new Decision(id, d.caseId(), d.docId(), d.codebook(), d.code(), d.scope(), d.segmentKey(),
            d.start(), d.end(), text, d.action(), d.value(), d.coder(), d.memo(), now, replaces, true, proposal, ""));
      }
    }
    return stored;
  }

  /**
   * Flags decisions whose ground moved in a re-run: an accepted or rejected proposal that is no
   * longer proposed or is proposed differently, and segment decisions whose sentence is gone.
   * A decision that became valid again loses its flag.
   *
   * @return the number of active decisions flagged
   */
  static int flag(Connection c, Map<String, StoredSegment> segments, Map<String, String> proposals)
      throws SQLException {
    int flagged = 0;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id, scope, segment_key, codebook, code, action, proposal, review"
            + " FROM decisions WHERE active = 1 AND scope IN ('segment', 'span')");
        PreparedStatement u = c.prepareStatement("UPDATE decisions SET review = ? WHERE id = ?")) {
      while (r.next()) {
        String key = r.getString(3);
        String column = r.getString(4) + "." + r.getString(5);
        String action = r.getString(6);
        String review = "";
        if (!segments.containsKey(key)) {
          review = "segment-gone";
        } else if (action.equals("accept") || action.equals("reject")) {
          String now = proposals.get(key + "|" + column);
          if (now == null) {
            review = "proposal-gone";
          } else if (!now.equals(r.getString(7))) {
            review = "proposal-changed";
          }
        }
        if (!review.equals(r.getString(8))) {
          u.setString(1, review);
          u.setLong(2, r.getLong(1));
          u.executeUpdate();
        }
        if (!review.isEmpty()) {
          flagged++;
        }
      }
    }
    return flagged;
  }

  /** Decisions matching a WHERE clause (with one optional string parameter), in the order made. */
  static List<Decision> select(Connection c, String where, String param) throws SQLException {
    List<Decision> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM decisions" + (where.isEmpty() ? "" : " WHERE " + where) + " ORDER BY id")) {
      if (param != null) {
        p.setString(1, param);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Decision(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              DecisionScope.ofKey(r.getString(6)), r.getString(7), r.getInt(8), r.getInt(9), r.getString(10),
              DecisionAction.ofKey(r.getString(11)), r.getInt(12), r.getString(13), r.getString(14),
              r.getString(15), r.getLong(16), r.getInt(17) == 1, r.getString(18), r.getString(19)));
        }
      }
    }
    return out;
  }
}
