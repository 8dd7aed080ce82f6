package org.dossiercoder.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Dutch professional prose into sentences with character offsets, and remembers the
 * journal entry date and OPP heading each sentence stands under.
 *
 * <p>Journals are written in clipped style ({@code lln niet op school. moeder gebeld.}), so a
 * full stop ends a sentence whatever follows, unless it ends a known abbreviation, an initial or a
 * list number. Line ends always end a sentence.
 */
public final class SentenceSplitter {
  /** Longest segment; longer runs without a boundary are cut at a space. */
  static final int MAX_SEGMENT = 600;

  /** Abbreviations that end with a full stop inside a sentence (lower-case, without final dot). */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "o.a", "i.v.m", "m.b.t", "t.a.v", "n.a.v", "bijv", "bv", "d.w.z", "z.s.m", "e.d", "etc",
          "dhr", "mevr", "mw", "lln", "ca", "resp", "incl", "excl", "evt", "i.o.m", "t.z.t", "m.u.v",
          "nl", "vs", "nr", "tel", "o.l.v", "a.s", "j.l", "jl", "d.d", "z.g", "zgn", "i.p.v", "t/m",
          "m.i.v", "v.w.b", "p.w", "wk", "mnd", "afd", "gem", "min", "max", "blz", "bijl", "ivm", "gespr",
          "mbt", "tav", "nav", "ipv", "o.b.v", "i.s.m", "c.q", "e.e.a", "ggd", "jgz", "lpa", "t.o.v", "tov",
          "m.n", "z.o.z", "o.v.v", "t.b.v",
          // consult notes: "pt. met mo.", "ll. weer op school"
          "pt", "ll",
          // "ex art. 26 Lpw": an article of the law
          "art",
          // titles before a name: "kinderpsychiater (dr. W. Lam)", "mr. De Vries"
          "dr", "drs", "mr", "prof", "ing", "ir");

  /**
   * Words cut short that may also end a sentence, so a full stop after one ends a sentence only
   * before a capital, not when the text goes on in lower case or with a figure:
   * <ul>
   *   <li>months: "sept. meer dan de helft afwezig", "16 okt. gesprek", but "gesprek gepland eind
   *       nov. Moeder belt af";
   *   <li>the parents and the young person: "PV tegen mo. ivm absoluut verzuim?" is one question,
   *       "gesprek met mo. Lln komt niet" two sentences;
   *   <li>school holidays: "Verzuim sinds zomervak. ca. 10% van de lessen".
   * </ul>
   */
  private static final Set<String> CUT_SHORT = Set.of(
      "jan", "feb", "febr", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
      "mo", "va", "mdr", "vdr", "jr",
      "zomervak", "herfstvak", "kerstvak", "voorjaarsvak", "krokusvak", "meivak");

  /**
   * OPP domain headings of the Sterk VO plans (seed 003, §2.3), lower-case, to the section key a
   * segment under them gets (the ids of the {@code opp_domein} codebook).
   */
  private static final Map<String, String> OPP_HEADINGS = headings();

  /** The section keys a rule may be scoped to. */
  public static final Set<String> SECTIONS = Set.copyOf(OPP_HEADINGS.values());

  private static Map<String, String> headings() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("cognitieve en didactische ontwikkeling", "cognitief_didactisch");
    m.put("werkhouding", "werkhouding");
    m.put("gedrag, sociaal-emotionele ontwikkeling en zelfredzaamheid", "gedrag_sociaal_emotioneel");
    m.put("gedrag en sociaal-emotionele ontwikkeling", "gedrag_sociaal_emotioneel");
    m.put("gezondheid", "gezondheid");
    m.put("veiligheid en verzuim", "veiligheid_verzuim");
    m.put("thuissituatie en vrije tijd", "thuissituatie_vrije_tijd");
    return m;
  }

  private SentenceSplitter() {}

  /**
   * The year assumed for {@link Segment#relativeDate()} in a journal that names none: a leap year,
   * so that "29/2" has a day, and far from any real dossier.
   */
  static final int ASSUMED_YEAR = 2000;

  /**
   * The segments of a text, in order. When the text names no year at all, its entries get no
   * entry date but a relative one, in an assumed year, so the course of absence can still be read.
   */
  public static List<Segment> split(String text) {
    int anchorYear = EntryDate.anchorYear(text);
    List<Segment> out = split(text, anchorYear);
    if (anchorYear != 0 || out.stream().anyMatch(s -> s.entryDate() != null)) {
      return out;
    }
    List<Segment> assumed = split(text, ASSUMED_YEAR);
    if (assumed.stream().allMatch(s -> s.entryDate() == null)) {
      return out;
    }
    List<Segment> relative = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      relative.add(out.get(i).withRelativeDate(assumed.get(i).entryDate()));
    }
    return relative;
  }

  private static List<Segment> split(String text, int anchorYear) {
    List<Segment> out = new ArrayList<>();
    LocalDate date = null;
    LocalDate previousRow = null;
    LocalDate firstPeriodRow = null;
    String section = "";
    int blockStart = 0;
    while (blockStart <= text.length()) {
      int lineEnd = lineEnd(text, blockStart);
      String first = text.substring(blockStart, lineEnd);
      int blockEnd = lineEnd;
      // PDF text and hand-wrapped notes break lines inside sentences: a line without closing
      // punctuation that is followed by a line starting in lower case continues on that line.
      while (blockEnd < text.length() && softWrap(text, blockEnd)) {
        blockEnd = lineEnd(text, blockEnd + 1);
      }
      // Notes after an overview by period go back to its start: "2015-09-14 t/m 2015-10-09 …" up to
      // February, then "18 sept. Mentor: …" is September of the overview's year, not the next.
      LocalDate d = EntryDate.parse(first, firstPeriodRow != null ? firstPeriodRow.minusDays(1) : date, anchorYear);
      if (d != null) {
        date = d;
        if (!EntryDate.isPeriodRow(first)) {
          firstPeriodRow = null;
        } else if (firstPeriodRow == null) {
          firstPeriodRow = d;
        }
      }
      // A line of figures for one month ("okt: 4 lesuur") is dated in that month; the lines after
      // it belong to the entry again.
      LocalDate month = d == null ? EntryDate.monthOfFigures(first, date, previousRow) : null;
      // An overview runs forward across the notes between its rows ("jan | …", a note, "feb | …");
      // an entry dated after its last row starts over.
      if (month != null) {
        previousRow = month;
      } else if (d != null && previousRow != null && d.isAfter(previousRow)) {
        previousRow = null;
      }
      LocalDate lineDate = month != null ? month : date;
      String heading = heading(first);
      if (heading != null) {
        section = heading;
      }
      splitLine(text, blockStart, blockEnd, lineDate, section, out);
      blockStart = blockEnd + 1;
    }
    return out;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  /** Whether the line break at {@code nl} continues a sentence rather than ending it. */
  private static boolean softWrap(String text, int nl) {
    int before = nl - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    if (before < 0 || ".!?:;".indexOf(text.charAt(before)) >= 0 || text.charAt(before) == '\n') {
      return false;
    }
    // A row of monthly figures ends at its line: "jun | 16 lesuren" is not continued by the note below,
    // nor a row of a period ("2015-08-31 t/m 2015-09-25   3   2   0") by the year's total under it.
    String line = text.substring(text.lastIndexOf('\n', nl - 1) + 1, nl);
    if (EntryDate.isFigureRow(line) || EntryDate.isPeriodRow(line)) {
      return false;
    }
    int after = nl + 1;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    if (after >= text.length() || !Character.isLowerCase(text.charAt(after))) {
      return false;
    }
    // A line that opens with its own date ("wk 39 …"), a month of figures ("okt: 4 lesuur") or a
    // label ("lln: …") starts something new, even in lower case.
    String next = text.substring(after, lineEnd(text, after));
    return !LABEL.matcher(next).find() && !EntryDate.opensWithDate(next);
  }

  /** "okt:", "lln:", "dec (t/m 9/12):" at the start of a line. */
  private static final Pattern LABEL = Pattern.compile("^[\\p{L}'.]{1,20}( \\([^)]{0,20}\\))?\\s*:");

  private static void splitLine(
      String text, int from, int to, LocalDate date, String section, List<Segment> out) {
    int start = from;
    boolean tableRow = text.substring(from, to).chars().filter(ch -> ch == '|').count() >= 2;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean boundary =
          (c == '.' || c == '!' || c == '?' || c == ';')
              && (i + 1 == to || Character.isWhitespace(text.charAt(i + 1)))
              && !(c == '.' && isAbbreviation(text, from, i))
              // In a row of a table drawn with bars, a full stop before the next cell or a word in
              // lower case cuts a column's name short: "wk | gepland | aanw. | ongeoorl. | geoorl. afw.".
              && !(c == '.' && tableRow && !capitalFollows(text, i + 1, to));
      if (boundary || i - start >= MAX_SEGMENT && Character.isWhitespace(c)) {
        add(text, start, i + 1, date, section, out);
        start = i + 1;
      } else if (quoteCloses(text, i, to)) {
        add(text, start, i + 2, date, section, out);
        start = i + 2;
      }
    }
    add(text, start, to, date, section, out);
  }

  /** Whether the next character after spaces, before {@code to}, is a capital letter (or none follows). */
  private static boolean capitalFollows(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i == to || Character.isUpperCase(text.charAt(i));
  }

  /**
   * Whether a quotation closes a sentence at {@code i}: {@code groot." Mentor: …}. The next word
   * must open in upper case, because quoted words often go on inside the sentence
   * ({@code "ik wil niet." en loopt weg}).
   */
  private static boolean quoteCloses(String text, int i, int to) {
    char c = text.charAt(i);
    if (c != '.' && c != '!' && c != '?' || i + 2 >= to || "\"”’'»".indexOf(text.charAt(i + 1)) < 0) {
      return false;
    }
    int next = i + 2;
    if (!Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    while (next < to && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next < to && (Character.isUpperCase(text.charAt(next)) || Character.isDigit(text.charAt(next)));
  }

  private static boolean isAbbreviation(String text, int lineStart, int dot) {
    int wordStart = dot;
    while (wordStart > lineStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
    while (!word.isEmpty() && "(\"'".indexOf(word.charAt(0)) >= 0) {
      word = word.substring(1);
    }
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true; // an initial: "leerling J. komt"
    }
    if (wordStart == lineStart || text.substring(lineStart, wordStart).isBlank()) {
      if (word.matches("\\d{1,2}|[a-z]")) {
        return true; // a list number at the start of a line: "3. Gezondheid"
      }
    }
    if (CUT_SHORT.contains(word)) {
      int next = dot + 1;
      while (next < text.length() && text.charAt(next) == ' ') {
        next++;
      }
      return next < text.length() && (Character.isLowerCase(text.charAt(next)) || Character.isDigit(text.charAt(next)));
    }
    return ABBREVIATIONS.contains(word);
  }

  private static void add(
      String text, int start, int end, LocalDate date, String section, List<Segment> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start && hasLetterOrDigit(text, start, end)) {
      out.add(new Segment(out.size(), start, end, text.substring(start, end), date, section));
    }
  }

  private static boolean hasLetterOrDigit(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String heading(String line) {
    String h = line.strip().toLowerCase(Locale.ROOT);
    h = h.replaceFirst("^\\d{1,2}[.)]\\s*", "");
    if (h.endsWith(":")) {
      h = h.substring(0, h.length() - 1).strip();
    }
    return OPP_HEADINGS.get(h);
  }
}
