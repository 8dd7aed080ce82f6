package org.dossiercoder.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>Transcription services write their own conventions, so the header may declare the speakers'
 * letters ({@code moeder (M) en dochter (J, 14)}, {@code I = interviewer, V = vader}); such a
 * legend wins over the built-in labels. A timestamp before the label ({@code [00:01:14] T: …}) is
 * skipped. Where the transcript has an interviewer turn, other capitals of up to three letters
 * that open at least two lines ({@code J:}, {@code M:}) are respondents too: {@code J} and {@code L}
 * the pupil, {@code M} and {@code V} a parent ({@code V} is the interviewer's "vraag" only in a
 * transcript without another interviewer label), any other one a respondent of the document's role.
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
  /** A timestamp before the label: {@code [00:01:14]}, {@code (12:40)} or {@code 00:01:14}. */
  private static final Pattern TIMESTAMP =
      Pattern.compile("^[ \\t]*(?:[\\[(]\\d{1,2}(?::\\d{2}){1,2}[\\])]|\\d{1,2}:\\d{2}:\\d{2})[ \\t]*");
  /** A capital code of up to three letters as a label ({@code J}, {@code INT}). */
  private static final Pattern CODE = Pattern.compile("[A-Z]{1,3}");
  /** A legend entry in the header: {@code moeder (M)}, {@code dochter (J, 14)}. */
  private static final Pattern LEGEND_PAREN =
      Pattern.compile("(\\p{L}[\\p{L}\\p{M} ]*?)[ \\t]*\\(([A-Z]{1,3})[ \\t]*[,)]");
  /** A legend entry in the header: {@code V = vader}. */
  private static final Pattern LEGEND_EQUALS =
      Pattern.compile("\\b([A-Z]{1,3})[ \\t]*=[ \\t]*(\\p{L}[\\p{L}\\p{M} ]*)");
  /** Words that end the head of a legend's description: "oom van de jongere" is the uncle. */
  private static final Set<String> LEGEND_STOPS = Set.of("van", "de", "het", "en", "met", "uit", "voor");
  /** Capitals that open a note, not a turn. */
  private static final Set<String> NOT_SPEAKERS = Set.of("NB", "PS", "OK", "NOOT", "TZ");
  /** Letters that name a respondent by the usual convention, where no legend says otherwise. */
  private static final Map<String, String> CODE_ROLES =
      Map.of("j", "leerling", "l", "leerling", "m", "ouder", "v", "ouder");
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
    m.put("dochter", "leerling");
    m.put("zoon", "leerling");
    m.put("trajectbegeleider", "swv");
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
    Speakers speakers = Speakers.of(text, lines);
    // "interview-moeder.txt" is a parent's interview, as a "Moeder:" label is a parent's turn.
    String known = fileRole == null ? null : roleOf(fileRole);
    String role = known != null ? known : fileRole == null ? "" : fileRole;
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
      Opening o = opening(text, line, speakers);
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

  private static Opening opening(String text, Line line, Speakers speakers) {
    String content = text.substring(line.start, line.end);
    int skip = timestampEnd(content);
    content = content.substring(skip);
    Matcher m = LABEL_COLON.matcher(content);
    if (m.find()) {
      Opening o = speakers.labelled(m.group(1), line.start, line.start + skip + m.end());
      if (o != null) {
        return o;
      }
    }
    m = LABEL_ALONE.matcher(content);
    if (m.matches()) {
      // The text is in the next cell, i.e. on the following lines.
      return speakers.labelled(m.group(1), line.start, Math.min(line.end + 1, text.length()));
    }
    return null;
  }

  /** Where the label of a line starts: after a timestamp ("[00:01:14] T: …"), else 0. */
  private static int timestampEnd(String line) {
    Matcher time = TIMESTAMP.matcher(line);
    return time.lookingAt() ? time.end() : 0;
  }

  /**
   * Who may speak in one transcript: the built-in labels, the header's legend, and the capital
   * codes that open turns beside an interviewer's.
   */
  private static final class Speakers {
    /** Folded label to its speaker: an interviewer (role null) or a respondent's role. */
    private final Map<String, String> legend;
    /** Capital codes that open turns beside an interviewer's; empty without an interviewer. */
    private final Set<String> codes;

    private Speakers(Map<String, String> legend, Set<String> codes) {
      this.legend = legend;
      this.codes = codes;
    }

    static Speakers of(String text, List<Line> lines) {
      Map<String, String> legend = new HashMap<>();
      Map<String, Integer> used = new HashMap<>();
      boolean interviewer = false;
      boolean inHeader = true;
      for (Line line : lines) {
        String content = text.substring(line.start, line.end);
        Matcher m = LABEL_COLON.matcher(content.substring(timestampEnd(content)));
        String label = m.find() ? m.group(1).strip() : null;
        String key = label == null ? null : normalise(label);
        if (key != null && !key.equals("v") && INTERVIEWER_LABELS.contains(key)) {
          interviewer = true;
          inHeader = false;
        }
        if (label != null && CODE.matcher(label).matches() && !NOT_SPEAKERS.contains(label)) {
          used.merge(label, 1, Integer::sum);
        }
        if (inHeader) {
          readLegend(content, legend);
        }
      }
      Set<String> codes = new HashSet<>();
      if (interviewer) {
        used.forEach((code, n) -> {
          if (n >= 2) {
            codes.add(normalise(code));
          }
        });
      }
      return new Speakers(legend, codes);
    }

    /** Adds the legend entries of one header line. */
    private static void readLegend(String line, Map<String, String> legend) {
      Matcher p = LEGEND_PAREN.matcher(line);
      while (p.find()) {
        legend.put(normalise(p.group(2)), legendRole(p.group(1)));
      }
      Matcher e = LEGEND_EQUALS.matcher(line);
      while (e.find()) {
        legend.put(normalise(e.group(1)), legendRole(e.group(2)));
      }
    }

    /**
     * The speaker a legend's description names: null for the interviewer, else the role of the
     * first word (up to a preposition or article) that names one, or "" for a respondent without a
     * known role ("oom van de jongere").
     */
    private static String legendRole(String description) {
      String folded = normalise(description);
      if (INTERVIEWER_LABELS.contains(folded)) {
        return null;
      }
      String whole = RESPONDENT_LABELS.get(folded);
      if (whole != null) {
        return whole;
      }
      String[] words = folded.split(" ");
      int first = 0;
      // "moeder (M) en dochter (J)": the second entry starts after the "en" that joins them.
      while (first < words.length - 1 && LEGEND_STOPS.contains(words[first])) {
        first++;
      }
      for (String word : Arrays.copyOfRange(words, first, words.length)) {
        if (LEGEND_STOPS.contains(word)) {
          break;
        }
        if (INTERVIEWER_LABELS.contains(word) && !word.equals("v") && !word.equals("i")) {
          return null;
        }
        String role = RESPONDENT_LABELS.get(word);
        if (role != null && !role.isEmpty()) {
          return role;
        }
      }
      return "";
    }

    Opening labelled(String rawLabel, int lineStart, int bodyStart) {
      String label = rawLabel.strip();
      String key = normalise(label);
      if (legend.containsKey(key)) {
        String role = legend.get(key);
        return role == null
            ? new Opening(lineStart, bodyStart, label, SpeakerKind.INTERVIEWER, "")
            : new Opening(lineStart, bodyStart, label, SpeakerKind.RESPONDENT, role);
      }
      // "V" beside another interviewer label is the father, not the "vraag" (codes then holds it)
      if (key.equals("v") && codes.contains(key)) {
        return new Opening(lineStart, bodyStart, label, SpeakerKind.RESPONDENT, CODE_ROLES.get(key));
      }
      if (INTERVIEWER_LABELS.contains(key)) {
        return new Opening(lineStart, bodyStart, label, SpeakerKind.INTERVIEWER, "");
      }
      String role = RESPONDENT_LABELS.get(key);
      if (role != null) {
        return new Opening(lineStart, bodyStart, label, SpeakerKind.RESPONDENT, role);
      }
      if (codes.contains(key)) {
        return new Opening(lineStart, bodyStart, label, SpeakerKind.RESPONDENT, CODE_ROLES.getOrDefault(key, ""));
      }
      return null;
    }
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
