package org.dossiercoder.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an interview transcript into speaker turns, and the turns into sentences.
 *
 * <p>A turn opens with a line that starts with a speaker label and a colon ({@code I: Hoe gaat
 * het?}, {@code Moeder: Slecht.}), or with a line that holds only a label, as Tika renders a
 * two-column .docx table (speaker | text) one cell per line; it runs until the next label line.
 * Labels (case- and accent-insensitive, an optional number such as {@code R2} allowed):
 * {@code I, Interviewer, Int, Onderzoeker, Vraag, V} for the interviewer; {@code R, Respondent,
 * Antwoord, A} and role names ({@code Leerling, Moeder, Vader, Ouder, Mentor, Zorgcoördinator,
 * Leerplichtambtenaar, LPA, Jeugdarts, Consulent, Buurtteam, …}) for a respondent. Lines before
 * the first turn are the header (turn 0); a header line {@code Respondent: <role>} or {@code
 * Rol: <role>} among the first five lines gives the respondent role, overriding the file name.
 *
 * <p>Turns are numbered from 1 over interviewer and respondent turns alike. Each turn is split
 * into sentences with {@link SentenceSplitter}, so a segment never spans two turns; every
 * sentence keeps its turn number, speaker label and kind, role, and for respondent turns the
 * text of the nearest preceding interviewer turn (the question it answers).
 *
 * <p>A transcript without a respondent turn is split as plain text ({@link Result#hasTurns()}
 * false), every sentence carrying the document role, so the caller can report it.
 */
public final class TranscriptSplitter {
  /** The respondent roles of the interview conventions, as rules name them in {@code roles:}. */
  public static final Set<String> KNOWN_ROLES =
      Set.of("leerling", "ouder", "mentor", "zorgcoordinator", "leerplichtambtenaar", "jeugdarts",
          "swv", "buurtteam", "schoolmaatschappelijk_werker");

  /** Header lines that may carry the role: the first five non-blank lines. */
  private static final int HEADER_LINES = 5;

  /** Folded label to the role it names; the empty role is a generic respondent label. */
  private static final Map<String, String> RESPONDENT_LABELS = respondentLabels();
  private static final Set<String> INTERVIEWER_LABELS =
      Set.of("i", "int", "interviewer", "interviewster", "onderzoeker", "vraag", "v");

  /** {@code Label[ n]: text} at the start of a line. */
  private static final Pattern LABEL_COLON =
      Pattern.compile("^[ \\t]*([\\p{L}][\\p{L}\\p{M} _-]{0,40}?)[ \\t]*(\\d{1,2})?[ \\t]*:[ \\t]*");
  /** A line holding only a label (a table cell), optionally with a colon. */
  private static final Pattern LABEL_ALONE =
      Pattern.compile("^[ \\t]*([\\p{L}][\\p{L}\\p{M} _-]{0,40}?)[ \\t]*(\\d{1,2})?[ \\t]*:?[ \\t]*$");
  private static final Pattern ROLE_HEADER =
      Pattern.compile("^[ \\t]*(respondent|rol)[ \\t]*:[ \\t]*(.+?)[ \\t.]*$", Pattern.CASE_INSENSITIVE);

  private TranscriptSplitter() {}

  private static Map<String, String> respondentLabels() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String generic : List.of("r", "respondent", "antwoord", "a", "geinterviewde")) {
      m.put(generic, "");
    }
    for (String role : KNOWN_ROLES) {
      m.put(role, role);
      m.put(role.replace('_', ' '), role);
    }
    m.put("jongere", "leerling");
    m.put("moeder", "ouder");
    m.put("vader", "ouder");
    m.put("ouders", "ouder");
    m.put("verzorger", "ouder");
    m.put("pleegouder", "ouder");
    m.put("pleegmoeder", "ouder");
    m.put("pleegvader", "ouder");
    m.put("stiefvader", "ouder");
    m.put("stiefmoeder", "ouder");
    m.put("zoco", "zorgcoordinator");
    m.put("lpa", "leerplichtambtenaar");
    m.put("leerplicht", "leerplichtambtenaar");
    m.put("consulent", "swv");
    m.put("consulent swv", "swv");
    m.put("consulent samenwerkingsverband", "swv");
    m.put("samenwerkingsverband", "swv");
    m.put("buurtteammedewerker", "buurtteam");
    m.put("medewerker buurtteam", "buurtteam");
    m.put("smw", "schoolmaatschappelijk_werker");
    m.put("schoolmaatschappelijk werkster", "schoolmaatschappelijk_werker");
    return Map.copyOf(m);
  }

  /**
   * A transcript split into segments.
   *
   * @param segments the segments in document order, ordinals from 0
   * @param role the respondent role: from a header line, else the file name's
   * @param turns number of speaker turns found
   * @param hasTurns whether the text was read as turns (at least one respondent turn); when false
   *     it was split as plain text
   */
  public record Result(List<Segment> segments, String role, int turns, boolean hasTurns) {
    /** Copies the list. */
    public Result {
      segments = List.copyOf(segments);
    }
  }

  /**
   * The role a label or header value names: a known role, a family role ({@code moeder} gives
   * {@code ouder}) or an abbreviation ({@code LPA}); null when it names none.
   */
  public static String roleOf(String label) {
    String r = RESPONDENT_LABELS.get(normalise(label));
    return r == null || r.isEmpty() ? null : r;
  }

  /**
   * Splits a transcript.
   *
   * @param text the extracted text, line ends normalised to {@code \n}
   * @param fileRole the role from the file name ({@code interview-ouder.txt} gives {@code ouder})
   */
  public static Result split(String text, String fileRole) {
    List<Line> lines = lines(text);
    String role = fileRole == null ? "" : fileRole;
    List<Opening> openings = new ArrayList<>();
    int nonBlank = 0;
    boolean inHeader = true;
    for (Line line : lines) {
      String content = text.substring(line.start, line.end);
      if (content.isBlank()) {
        continue;
      }
      nonBlank++;
      if (inHeader && nonBlank <= HEADER_LINES) {
        String headerRole = headerRole(content);
        if (headerRole != null) {
          role = headerRole;
          continue;
        }
      }
      Opening o = opening(text, line);
      if (o != null) {
        openings.add(o);
        inHeader = false;
      }
    }
    if (openings.stream().noneMatch(o -> o.kind == SpeakerKind.RESPONDENT)) {
      return plain(text, role);
    }
    List<Segment> out = new ArrayList<>();
    // Header: everything before the first turn.
    add(out, text, 0, openings.get(0).lineStart, 0, "", SpeakerKind.HEADER, role, "");
    String question = "";
    for (int i = 0; i < openings.size(); i++) {
      Opening o = openings.get(i);
      int bodyEnd = i + 1 < openings.size() ? openings.get(i + 1).lineStart : text.length();
      int turn = i + 1;
      if (o.kind == SpeakerKind.INTERVIEWER) {
        add(out, text, o.bodyStart, bodyEnd, turn, o.label, o.kind, role, "");
        question = collapse(text.substring(Math.min(o.bodyStart, bodyEnd), bodyEnd));
      } else {
        String turnRole = o.role.isEmpty() ? role : o.role;
        add(out, text, o.bodyStart, bodyEnd, turn, o.label, o.kind, turnRole, question);
      }
    }
    return new Result(out, role, openings.size(), true);
  }

  private static Result plain(String text, String role) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : SentenceSplitter.split(text)) {
      out.add(s.placed(s.ordinal(), 0, 0, "", SpeakerKind.NONE, role, ""));
    }
    return new Result(out, role, 0, false);
  }

  private static void add(List<Segment> out, String text, int from, int to, int turn, String speaker,
      SpeakerKind kind, String role, String question) {
    if (to <= from) {
      return;
    }
    for (Segment s : SentenceSplitter.split(text.substring(from, to))) {
      out.add(s.placed(out.size(), from, turn, speaker, kind, role, question));
    }
  }

  private record Line(int start, int end) {}

  /** A line that opens a turn: where its text starts, and who speaks. */
  private record Opening(int lineStart, int bodyStart, String label, SpeakerKind kind, String role) {}

  private static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      out.add(new Line(start, end));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  private static Opening opening(String text, Line line) {
    String content = text.substring(line.start, line.end);
    Matcher m = LABEL_COLON.matcher(content);
    if (m.find()) {
      Opening o = labelled(m.group(1), line.start, line.start + m.end());
      if (o != null) {
        return o;
      }
    }
    m = LABEL_ALONE.matcher(content);
    if (m.matches()) {
      // The text is in the next cell, i.e. on the following lines.
      return labelled(m.group(1), line.start, Math.min(line.end + 1, text.length()));
    }
    return null;
  }

  private static Opening labelled(String rawLabel, int lineStart, int bodyStart) {
    String label = rawLabel.strip();
    String key = normalise(label);
    if (INTERVIEWER_LABELS.contains(key)) {
      return new Opening(lineStart, bodyStart, label, SpeakerKind.INTERVIEWER, "");
    }
    String role = RESPONDENT_LABELS.get(key);
    if (role != null) {
      return new Opening(lineStart, bodyStart, label, SpeakerKind.RESPONDENT, role);
    }
    return null;
  }

  /** The role of a {@code Respondent: <role>} or {@code Rol: <role>} header line, else null. */
  private static String headerRole(String line) {
    Matcher m = ROLE_HEADER.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String value = m.group(2);
    String role = roleOf(value);
    if (role == null) {
      String first = value.strip().split("[\\s,(]+")[0];
      role = roleOf(first);
    }
    if (role == null && m.group(1).equalsIgnoreCase("rol")) {
      // A role outside the conventions' list is still the researcher's word for it.
      role = normalise(value).replace(' ', '_');
    }
    return role;
  }

  private static String normalise(String label) {
    return Lexicon.fold(label).strip().replaceAll("[\\s_-]+", " ");
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
