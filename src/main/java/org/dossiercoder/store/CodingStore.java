package org.dossiercoder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dossiercoder.Problem;
import org.dossiercoder.codebook.MatchContext;
import org.dossiercoder.coding.CaseCodes;
import org.dossiercoder.coding.SegmentCoding;
import org.dossiercoder.index.Segment;
import org.dossiercoder.index.SpeakerKind;
import org.dossiercoder.ingest.ExtractedDocument;

/**
 * The embedded SQLite database of a project ({@code <out>/dossiercoder.db}): runs, documents,
 * segments, segment codings and case-level codes, each coding with its source ({@code auto} or
 * {@code manual}), coder and time.
 *
 * <p>Automatic codings are replaced as a whole in one transaction at the end of a run, so an
 * interrupted run leaves the previous codings intact; manual codings are never touched by that.
 * Not thread-safe; the caller must close it.
 */
public final class CodingStore implements AutoCloseable {
  /** The coder id recorded for automatic codings. */
  public static final String AUTO_CODER = "dossiercoder";

  private static final String[] SCHEMA = {
    """
    CREATE TABLE IF NOT EXISTS runs (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL,
      corpus TEXT NOT NULL, codebooks TEXT NOT NULL, problems INTEGER)""",
    """
    CREATE TABLE IF NOT EXISTS documents (
      doc_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, doc_type TEXT NOT NULL, role TEXT NOT NULL,
      path TEXT NOT NULL, sha256 TEXT, bytes INTEGER, chars INTEGER, encoding TEXT,
      status TEXT NOT NULL, problem TEXT, updated TEXT NOT NULL, run_id INTEGER)""",
    """
    CREATE TABLE IF NOT EXISTS segments (
      doc_id TEXT NOT NULL, ordinal INTEGER NOT NULL, start_offset INTEGER NOT NULL,
      end_offset INTEGER NOT NULL, entry_date TEXT, section TEXT, text TEXT NOT NULL,
      PRIMARY KEY (doc_id, ordinal))""",
    """
    CREATE TABLE IF NOT EXISTS codings (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      case_id TEXT NOT NULL, doc_id TEXT NOT NULL, doc_type TEXT NOT NULL, ordinal INTEGER NOT NULL,
      start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
      match_start INTEGER NOT NULL, match_end INTEGER NOT NULL,
      codebook TEXT NOT NULL, code TEXT NOT NULL, rule TEXT NOT NULL,
      context TEXT NOT NULL, counted INTEGER NOT NULL, entry_date TEXT NOT NULL, text TEXT NOT NULL,
      source TEXT NOT NULL, coder TEXT NOT NULL, created TEXT NOT NULL, run_id INTEGER)""",
    "CREATE INDEX IF NOT EXISTS codings_case ON codings(case_id, codebook, code)",
    """
    CREATE TABLE IF NOT EXISTS case_codes (
      case_id TEXT NOT NULL, codebook TEXT NOT NULL, code TEXT NOT NULL, value INTEGER NOT NULL,
      support INTEGER NOT NULL, source TEXT NOT NULL, coder TEXT NOT NULL, created TEXT NOT NULL,
      run_id INTEGER, PRIMARY KEY (case_id, codebook, code, source, coder))"""
  };

  /**
   * Transcript columns of the segments and codings tables: the turn, speaker label, speaker kind,
   * respondent role and the question a turn answers. Added to databases of earlier versions when
   * opened, so their codings stay readable.
   */
  private static final String[][] TURN_COLUMNS = {
    {"turn", "INTEGER NOT NULL DEFAULT 0"},
    {"speaker", "TEXT NOT NULL DEFAULT ''"},
    {"speaker_kind", "TEXT NOT NULL DEFAULT ''"},
    {"role", "TEXT NOT NULL DEFAULT ''"},
    {"question", "TEXT NOT NULL DEFAULT ''"}
  };

  private final Connection connection;

  private CodingStore(Connection connection) {
    this.connection = connection;
  }

  /** Opens or creates the database file. The caller must close it. */
  public static CodingStore open(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        // Deleted rows are overwritten, so text removed for privacy does not linger in free pages.
        s.execute("PRAGMA secure_delete=ON");
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=5000");
        for (String ddl : SCHEMA) {
          s.execute(ddl);
        }
        for (String ddl : DecisionLog.SCHEMA) {
          s.execute(ddl);
        }
        addColumnIfMissing(c, "documents", "text", "TEXT");
        s.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        // A project id tells a review sheet of this project from one of another project.
        s.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('project_id', '"
            + java.util.UUID.randomUUID() + "')");
        addTurnColumns(c, "segments");
        addTurnColumns(c, "codings");
      }
      return new CodingStore(c);
    } catch (SQLException e) {
      throw new IOException("cannot open database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Projects made by an earlier version lack newer columns; they are added, never dropped. */
  private static void addColumnIfMissing(Connection c, String table, String column, String type) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (r.next()) {
        if (r.getString("name").equals(column)) {
          return;
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
    }
  }

  private static void addTurnColumns(Connection c, String table) throws SQLException {
    for (String[] column : TURN_COLUMNS) {
      addColumnIfMissing(c, table, column[0], column[1]);
    }
  }

  /** Records the start of a run and returns its id. */
  public long startRun(String corpus, String codebooks) throws IOException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO runs(started, status, corpus, codebooks) VALUES (?, 'running', ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      p.setString(1, now());
      p.setString(2, corpus);
      p.setString(3, codebooks);
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw io(e);
    }
  }

  /** Records the end of a run. */
  public void finishRun(long runId, String status, int problems) throws IOException {
    try (PreparedStatement p =
        connection.prepareStatement("UPDATE runs SET finished = ?, status = ?, problems = ? WHERE id = ?")) {
      p.setString(1, now());
      p.setString(2, status);
      p.setInt(3, problems);
      p.setLong(4, runId);
      p.executeUpdate();
    } catch (SQLException e) {
      throw io(e);
    }
  }

  /** Stores a document read in this run and its segments, replacing an earlier version. */
  public void putDocument(long runId, ExtractedDocument doc, List<Segment> segments)
      throws IOException {
    inTransaction(() -> {
      try (PreparedStatement del = connection.prepareStatement("DELETE FROM segments WHERE doc_id = ?");
          PreparedStatement d =
              connection.prepareStatement(
                  "INSERT OR REPLACE INTO documents(doc_id, case_id, doc_type, role, path, sha256, bytes,"
                      + " chars, encoding, status, problem, updated, run_id, text)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,'indexed',NULL,?,?,?)");
          PreparedStatement s =
              connection.prepareStatement(
                  "INSERT INTO segments(doc_id, ordinal, start_offset, end_offset, entry_date, section, text,"
                      + " turn, speaker, speaker_kind, role, question)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
        String id = doc.ref().docId();
        del.setString(1, id);
        del.executeUpdate();
        d.setString(1, id);
        d.setString(2, doc.ref().caseId());
        d.setString(3, doc.ref().type().key());
        d.setString(4, doc.ref().role());
        d.setString(5, doc.ref().path().toString());
        d.setString(6, doc.sha256());
        d.setLong(7, doc.bytes());
        d.setInt(8, doc.text().length());
        d.setString(9, doc.encoding());
        d.setString(10, now());
        d.setLong(11, runId);
        d.setString(12, doc.text());
        d.executeUpdate();
        for (Segment seg : segments) {
          s.setString(1, id);
          s.setInt(2, seg.ordinal());
          s.setInt(3, seg.start());
          s.setInt(4, seg.end());
          s.setString(5, seg.entryDate() == null ? null : seg.entryDate().toString());
          s.setString(6, seg.section());
          s.setString(7, seg.text());
          s.setInt(8, seg.turn());
          s.setString(9, seg.speaker());
          s.setString(10, seg.speakerKind().key());
          s.setString(11, seg.role());
          s.setString(12, seg.question());
          s.addBatch();
        }
        s.executeBatch();
      }
    });
  }

  /**
   * Records that a document could not be read in this run. Its earlier segments and codings, if
   * any, are kept: a file that became unreadable loses nothing.
   */
  public synchronized void markProblem(long runId, String docId, String caseId, String path, Problem problem)
      throws IOException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO documents(doc_id, case_id, doc_type, role, path, status, problem, updated, run_id)"
                + " VALUES (?,?,'',?,?,'problem',?,?,?)"
                + " ON CONFLICT(doc_id) DO UPDATE SET problem = excluded.problem, updated = excluded.updated,"
                + " status = CASE WHEN documents.status = 'indexed' THEN 'stale' ELSE 'problem' END")) {
      p.setString(1, docId);
      p.setString(2, caseId);
      p.setString(3, "");
      p.setString(4, path);
      p.setString(5, problem.kind() + ": " + problem.message());
      p.setString(6, now());
      p.setLong(7, runId);
      p.executeUpdate();
    } catch (SQLException e) {
      throw io(e);
    }
  }

  /** Forgets a document that is no longer in the corpus, with its segments and automatic codings. */
  public void forgetDocument(String docId) throws IOException {
    try (PreparedStatement a = connection.prepareStatement("DELETE FROM documents WHERE doc_id = ?");
        PreparedStatement b = connection.prepareStatement("DELETE FROM segments WHERE doc_id = ?")) {
      a.setString(1, docId);
      a.executeUpdate();
      b.setString(1, docId);
      b.executeUpdate();
    } catch (SQLException e) {
      throw io(e);
    }
  }

  /** Ids of documents the store knows, with any status. */
  public List<String> documentIds() throws IOException {
    List<String> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id FROM documents ORDER BY doc_id")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw io(e);
    }
    return out;
  }

  /**
   * Replaces all automatic codings and automatic case-level codes in one transaction. Manual
   * codings and manual case-level codes are left exactly as they are.
   */
  public void replaceAutomatic(long runId, List<SegmentCoding> codings, CaseCodes caseCodes)
      throws IOException {
    String now = now();
    inTransaction(() -> {
      try (Statement s = connection.createStatement();
          PreparedStatement c =
              connection.prepareStatement(
                  "INSERT INTO codings(case_id, doc_id, doc_type, ordinal, start_offset, end_offset,"
                      + " match_start, match_end, codebook, code, rule, context, counted, entry_date, text,"
                      + " source, coder, created, run_id, turn, speaker, speaker_kind, role, question)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'auto',?,?,?,?,?,?,?,?)");
          PreparedStatement k =
              connection.prepareStatement(
                  "INSERT INTO case_codes(case_id, codebook, code, value, support, source, coder, created, run_id)"
                      + " VALUES (?,?,?,?,?,'auto',?,?,?)")) {
        s.executeUpdate("DELETE FROM codings WHERE source = 'auto'");
        s.executeUpdate("DELETE FROM case_codes WHERE source = 'auto'");
        for (SegmentCoding x : codings) {
          c.setString(1, x.caseId());
          c.setString(2, x.docId());
          c.setString(3, x.docType());
          c.setInt(4, x.ordinal());
          c.setInt(5, x.start());
          c.setInt(6, x.end());
          c.setInt(7, x.matchStart());
          c.setInt(8, x.matchEnd());
          c.setString(9, x.codebook());
          c.setString(10, x.code());
          c.setString(11, x.rule());
          c.setString(12, x.context().key());
          c.setInt(13, x.counted() ? 1 : 0);
          c.setString(14, x.entryDate());
          c.setString(15, x.text());
          c.setString(16, AUTO_CODER);
          c.setString(17, now);
          c.setLong(18, runId);
          c.setInt(19, x.turn());
          c.setString(20, x.speaker());
          c.setString(21, x.speakerKind().key());
          c.setString(22, x.role());
          c.setString(23, x.question());
          c.addBatch();
        }
        c.executeBatch();
        for (String caseId : caseCodes.caseIds()) {
          for (String column : caseCodes.columns()) {
            CaseCodes.Decision d = caseCodes.decision(caseId, column);
            if (d == null) {
              continue;
            }
            int dot = column.indexOf('.');
            k.setString(1, caseId);
            k.setString(2, column.substring(0, dot));
            k.setString(3, column.substring(dot + 1));
            k.setInt(4, d.value());
            k.setInt(5, d.support());
            k.setString(6, AUTO_CODER);
            k.setString(7, now);
            k.setLong(8, runId);
            k.addBatch();
          }
        }
        k.executeBatch();
      }
    });
  }

  /** The automatic codings of a case for one code column (or the whole codebook for ""), in document order. */
  public List<SegmentCoding> codings(String caseId, String codebook, String code) throws IOException {
    return codingsWhere("case_id = ? AND codebook = ? AND (code = ? OR ? = '') ORDER BY doc_id, ordinal, code, rule",
        caseId, codebook, code, code);
  }

  /** Codings matching a WHERE clause (with ORDER BY), with their turn data. */
  private List<SegmentCoding> codingsWhere(String where, String... params) throws IOException {
    List<SegmentCoding> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT case_id, doc_id, doc_type, ordinal, start_offset, end_offset, match_start, match_end,"
            + " codebook, code, rule, context, counted, entry_date, text," + TURN_SELECT + " FROM codings WHERE " + where)) {
      for (int i = 0; i < params.length; i++) {
        p.setString(i + 1, params[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(coding(r));
        }
      }
    } catch (SQLException e) {
      throw io(e);
    }
    return out;
  }

  private static final String TURN_SELECT = " turn, speaker, speaker_kind, role, question";

  private static SegmentCoding coding(ResultSet r) throws SQLException {
    return new SegmentCoding(
        r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5), r.getInt(6),
        r.getInt(7), r.getInt(8), r.getString(9), r.getString(10), r.getString(11),
        MatchContext.ofKey(r.getString(12)), r.getInt(13) == 1, r.getString(14), r.getString(15),
        r.getInt(16), r.getString(17), SpeakerKind.ofKey(r.getString(18)), r.getString(19), r.getString(20));
  }

  /**
   * Every automatic coding of a codebook, over all cases, in document and segment order; with
   * the turn, speaker, role and question of transcript segments.
   */
  public List<SegmentCoding> automaticCodings(String codebook) throws IOException {
    return codingsWhere("source = 'auto' AND codebook = ? ORDER BY case_id, doc_id, ordinal, code, rule", codebook);
  }

  /**
   * The stored segments of a document in order, with their turn data; empty when the document
   * is unknown.
   */
  public List<Segment> segments(String docId) throws IOException {
    List<Segment> out = new ArrayList<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT ordinal, start_offset, end_offset, text, entry_date, section," + TURN_SELECT
                + " FROM segments WHERE doc_id = ? ORDER BY ordinal")) {
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String date = r.getString(5);
          String section = r.getString(6);
          out.add(new Segment(r.getInt(1), r.getInt(2), r.getInt(3), r.getString(4),
              date == null || date.isEmpty() ? null : java.time.LocalDate.parse(date),
              section == null ? "" : section, r.getInt(7), r.getString(8),
              SpeakerKind.ofKey(r.getString(9)), r.getString(10), r.getString(11)));
        }
      }
    } catch (SQLException e) {
      throw io(e);
    }
    return out;
  }

  /**
   * The stored automatic case-level codes of these cases for these columns; cases or columns the
   * store does not know are 0.
   */
  public org.dossiercoder.coding.CaseCodes caseCodes(List<String> caseIds, List<String> columns) throws IOException {
    java.util.Map<String, java.util.Map<String, Integer>> values = new java.util.HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT case_id, codebook, code, value FROM case_codes WHERE source = 'auto'")) {
      while (r.next()) {
        values.computeIfAbsent(r.getString(1), k -> new java.util.HashMap<>())
            .put(r.getString(2) + "." + r.getString(3), r.getInt(4));
      }
    } catch (SQLException e) {
      throw io(e);
    }
    return org.dossiercoder.coding.CaseCodes.of(caseIds, columns, values);
  }

  /** Number of documents whose text is indexed. */
  public int indexedDocuments() throws IOException {
    return Integer.parseInt(scalar("SELECT COUNT(*) FROM documents WHERE status = 'indexed'", null));
  }

  /** Number of coding rows, by source; for tests and the run summary. */
  public int countCodings(String source) throws IOException {
    return Integer.parseInt(scalar("SELECT COUNT(*) FROM codings WHERE source = ?", source));
  }

  /**
   * Stores manual decisions, all or none. Each supersedes the same coder's active decision on
   * the same target, which stays in the audit trail.
   *
   * @param decisions the decisions (ids, times and texts are filled in)
   * @param singleChoice ids of single-choice codebooks, whose case-level decisions target the codebook
   * @return the decisions as stored
   * @throws IllegalArgumentException when a decision names a segment the store does not know;
   *     nothing is stored then
   */
  public List<Decision> recordDecisions(List<Decision> decisions, java.util.Set<String> singleChoice)
      throws IOException {
    String now = now();
    List<List<Decision>> out = new ArrayList<>();
    inTransaction(() -> {
      java.util.Map<String, StoredSegment> segments = DecisionLog.segments(connection);
      out.add(DecisionLog.insert(connection, decisions, singleChoice, now, segments,
          DecisionLog.proposals(connection, segments)));
    });
    return out.get(0);
  }

  /** Every decision about a case, superseded ones included, in the order they were made. */
  public List<Decision> history(String caseId) throws IOException {
    try {
      return DecisionLog.select(connection, "case_id = ?", caseId);
    } catch (SQLException e) {
      throw io(e);
    }
  }

  /** Every decision in the project, superseded ones included, in the order they were made. */
  public List<Decision> allDecisions() throws IOException {
    try {
      return DecisionLog.select(connection, "", null);
    } catch (SQLException e) {
      throw io(e);
    }
  }

  /** The current decision of every coder on every target. */
  public List<Decision> activeDecisions() throws IOException {
    try {
      return DecisionLog.select(connection, "active = 1", null);
    } catch (SQLException e) {
      throw io(e);
    }
  }

  /**
   * Marks decisions whose proposal changed or disappeared in the last run, or whose sentence is
   * gone, for review; clears the mark of those that are valid again.
   *
   * @return the number of active decisions that need review
   */
  public int flagDecisions() throws IOException {
    int[] n = new int[1];
    inTransaction(() -> {
      java.util.Map<String, StoredSegment> segments = DecisionLog.segments(connection);
      n[0] = DecisionLog.flag(connection, segments, DecisionLog.proposals(connection, segments));
    });
    return n[0];
  }

  /** The segments of all stored documents by their stable key, in document order. */
  public java.util.Map<String, StoredSegment> segments() throws IOException {
    try {
      return DecisionLog.segments(connection);
    } catch (SQLException e) {
      throw io(e);
    }
  }

  /** The id this project got when its database was created; review sheets carry it. */
  public String projectId() throws IOException {
    return scalar("SELECT value FROM meta WHERE key = 'project_id'", null);
  }

  /** The id of the last run that finished, or 0. */
  public long lastRunId() throws IOException {
    return Long.parseLong(scalar("SELECT COALESCE(MAX(id), 0) FROM runs WHERE finished IS NOT NULL", null));
  }

  /** The text of a stored document as indexed (redacted when the run redacted), or null. */
  public String documentText(String docId) throws IOException {
    return scalar("SELECT text FROM documents WHERE doc_id = ?", docId);
  }

  /** The first column of the first row of a query with at most one parameter, or null. */
  private String scalar(String sql, String param) throws IOException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      if (param != null) {
        p.setString(1, param);
      }
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw io(e);
    }
  }

  /** All automatic segment codings of the last run, in case and document order, with turn data. */
  public List<SegmentCoding> autoCodings() throws IOException {
    return codingsWhere("source = 'auto' ORDER BY case_id, doc_id, ordinal, codebook, code, rule, match_start");
  }

  /** Work that runs inside one transaction. */
  @FunctionalInterface
  private interface Work {
    void run() throws SQLException;
  }

  /** Runs work in one transaction: all of it is stored, or none of it. */
  private synchronized void inTransaction(Work work) throws IOException {
    try {
      connection.setAutoCommit(false);
      work.run();
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw io(e);
    } catch (RuntimeException e) {
      rollback(); // setAutoCommit(true) would otherwise commit the half-done work
      throw e;
    } finally {
      autoCommit();
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the original failure is what the caller needs to see
    }
  }

  private void autoCommit() throws IOException {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw io(e);
    }
  }

  private static String now() {
    return Instant.now().toString();
  }

  private static IOException io(SQLException e) {
    return new IOException("database: " + e.getMessage(), e);
  }

  @Override
  public void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw io(e);
    }
  }
}
