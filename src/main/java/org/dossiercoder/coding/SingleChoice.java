package org.dossiercoder.coding;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;

/**
 * The decision rule for single-choice codebooks ({@code verzuimpatroon}, {@code resultaat}).
 *
 * <p>Each code scores the number of distinct counted segments that support it. The highest score
 * wins; a tie goes to the code supported latest in the dossier (journal date, then position),
 * because the course of absence is judged by where it ends up; a remaining tie goes to the code
 * listed first. No supporting segment: no code.
 *
 * <p>For {@code course}, a course of fewer than three dated reports gives way to the rules when
 * they support a code, and a course of three when they speak clearly (see below), unless the course
 * shows one episode closed by attendance and the words only name a level of absence; a course of any
 * length gives way when three or more sentences name one pattern and none names another. A course
 * that starts at full absence reads as {@code langdurig_zwaar} but cannot show an escalation before
 * the dossier opened: a counted {@code escalerend} sentence (the history given at the report) makes
 * it {@code escalerend}. Among the words, one sentence that says the absence grew outweighs any
 * number on a level of absence (light, heavy), which an escalation passes through; and such level
 * words do not overrule three reports that climb. Words of a decrease get no such weight: they
 * mostly report the result of an intervention (§2.5), not the pattern.
 *
 * <p>Codebooks with {@code decision: course} or {@code decision: result} take the code that the
 * course of absence gives ({@link Course}); for {@code result} the rules win when they speak
 * clearly (at least two sentences and twice as many as for any other code), except that words of
 * no change do not outweigh a course that ends higher than it started ({@code toename}) when a
 * sentence names the increase; where the course is too thin to judge, the rules decide.
 */
final class SingleChoice {
  private SingleChoice() {}

  static Map<String, CaseCodes.Decision> decide(
      Codebook book, List<SegmentCoding> counted, Course course, LocalDate intervention) {
    SingleChoiceTrace trace = trace(book, counted, course, intervention);
    Map<String, CaseCodes.Decision> out = new HashMap<>();
    for (Code code : book.codes()) {
      out.put(
          book.column(code),
          new CaseCodes.Decision(
              code.id().equals(trace.chosen()) ? 1 : 0, trace.ruleScores().getOrDefault(code.id(), 0), "auto"));
    }
    return out;
  }

  /** How the code was chosen: what the rules and the course each say, and which of them decided. */
  static SingleChoiceTrace trace(Codebook book, List<SegmentCoding> counted, Course course, LocalDate intervention) {
    Map<String, Integer> score = new HashMap<>();
    Map<String, SegmentCoding> latest = new HashMap<>();
    Set<String> seen = new HashSet<>();
    Set<String> strong = new HashSet<>();
    for (Code code : book.codes()) {
      for (org.dossiercoder.codebook.Rule rule : code.rules()) {
        if (rule.strong()) {
          strong.add(code.id() + "|" + rule.id());
        }
      }
    }
    for (SegmentCoding c : counted) {
      if (!c.codebook().equals(book.id()) || !seen.add(c.code() + "|" + c.docId() + "#" + c.ordinal())) {
        continue;
      }
      // A strong rule is the writer's own summary of the whole ("één aaneengesloten periode"): it
      // weighs as two sentences that each name one moment.
      score.merge(c.code(), strong.contains(c.code() + "|" + c.rule()) ? 2 : 1, Integer::sum);
      latest.merge(c.code(), c, (a, b) -> CaseCoder.CHRONOLOGICAL.compare(a, b) >= 0 ? a : b);
    }
    String byRules = null;
    for (Code code : book.codes()) {
      if (score.containsKey(code.id()) && (byRules == null || better(code.id(), byRules, score, latest))) {
        byRules = code.id();
      }
    }
    // A sentence that says the absence grew ("van losse uren naar hele dagen") names the pattern;
    // sentences on light or heavy absence name a level that an escalation passes through.
    if (book.decision() == Codebook.Decision.COURSE && isLevel(byRules)
        && score.getOrDefault("escalerend", 0) > score.getOrDefault("afnemend", 0)) {
      byRules = "escalerend";
    }
    String byCourse = switch (book.decision()) {
      case COURSE -> course.pattern();
      case RESULT -> course.result(intervention);
      case RULES -> null;
    };
    String courseSays = byCourse;
    String why = byCourse == null ? "the course decides nothing; the rules decide" : "the course decides";
    // A course that starts at full absence cannot show an escalation that happened before the
    // dossier opened; the history written at the report ("begon met losse uren …") decides then.
    if (book.decision() == Codebook.Decision.COURSE && "langdurig_zwaar".equals(byCourse) && course.startsFull()
        && score.getOrDefault("escalerend", 0) > 0) {
      byCourse = "escalerend";
      why = "the course starts at full absence; the history in words makes it escalerend";
    }
    // Two dated reports show a change, not a pattern over time: where the dossier names the
    // pattern in words, the words decide.
    // Except where they show one episode closed by attendance and the words only say how heavy
    // the absence was: that describes the episode, not a pattern over time.
    boolean episode = "eenmalig".equals(byCourse) && isLevel(byRules);
    if (book.decision() == Codebook.Decision.COURSE && byRules != null && course.reports().size() < 3 && !episode) {
      byCourse = null;
      why = "fewer than three dated reports; the words decide";
    }
    // A dossier that names one pattern in three or more sentences and no other ("luxeverzuim" in
    // every letter) has been read by its writer; amounts around one episode do not outweigh that.
    if (book.decision() == Codebook.Decision.COURSE && byCourse != null && byRules != null
        && !byRules.equals(byCourse) && score.get(byRules) >= 3 && score.size() == 1) {
      byCourse = null;
      why = "one pattern named in three or more sentences and no other; the words decide";
    }
    // Three reports are still a sketch: a pattern the dossier names clearly in words outweighs it,
    // but words of a level do not contradict three reports that climb through the levels.
    if (book.decision() == Codebook.Decision.COURSE && byCourse != null && course.reports().size() == 3
        && clear(byRules, score) && !("escalerend".equals(byCourse) && isLevel(byRules)) && !episode) {
      byCourse = null;
      why = "three dated reports and clear words (at least two sentences, twice as many as any other code); the words decide";
    }
    String best = byRules;
    // The pattern of §2.1 is defined by amounts over time, so the course decides it; results are
    // often stated in words ("de schoolgang herstelt zich niet"), so clear wording wins there.
    // Words of no change ("nog steeds thuis", "verzuim onveranderd") describe the recent weeks; they
    // do not outweigh a course that rose since the intervention started when the dossier also
    // names the increase. Where no sentence does, the writer saw no change and the words decide.
    boolean wordsWin = book.decision() == Codebook.Decision.RESULT && clear(byRules, score)
        && !("geen".equals(byRules) && "toename".equals(byCourse) && score.containsKey("toename"));
    // Levels are coarse (hours, days, weeks, full), so a course cannot see a relapse between two
    // monthly figures, nor fewer hours within the same level; where the words name what the
    // levels hide, the words decide.
    String hidden = book.decision() == Codebook.Decision.RESULT && !wordsWin && byCourse != null
        && byRules != null && !byRules.equals(byCourse) ? hiddenByLevels(byCourse, byRules) : null;
    if (byCourse != null && !wordsWin && hidden == null) {
      best = byCourse;
    } else if (hidden != null) {
      why = hidden;
    } else if (wordsWin) {
      why = "the rules speak clearly (at least two sentences, twice as many as any other code)";
    } else if (book.decision() == Codebook.Decision.RULES) {
      why = "decided by the rules";
    }
    if (best == null) {
      why = "no course and no counted sentence: no code";
    }
    return new SingleChoiceTrace(best, byRules, courseSays, Map.copyOf(score), intervention, why);
  }

  /**
   * Why the words outweigh the course on a result the levels cannot show, or null: a relapse the
   * course read as a steady decrease or no change, or a change the course read as no change.
   */
  private static String hiddenByLevels(String byCourse, String byRules) {
    if ("grillige_afname".equals(byRules) && !"toename".equals(byCourse)) {
      return "the words name a relapse that the levels of the course do not show; the words decide";
    }
    if ("geen".equals(byCourse)) {
      return "the words name a change within one level of the course; the words decide";
    }
    return null;
  }

  /** Whether a pattern names a level of absence (light or heavy) rather than a change. */
  private static boolean isLevel(String pattern) {
    return "langdurig_licht".equals(pattern) || "langdurig_zwaar".equals(pattern);
  }

  /**
   * Whether the rules speak clearly: at least two sentences for the winner and at least twice as
   * many as for any other code. Explicit wording ("het verzuim neemt steeds verder toe") then
   * outweighs a course read from amounts, which can be incomplete.
   */
  private static boolean clear(String byRules, Map<String, Integer> score) {
    if (byRules == null) {
      return false;
    }
    int top = score.get(byRules);
    int next = 0;
    for (Map.Entry<String, Integer> e : score.entrySet()) {
      if (!e.getKey().equals(byRules)) {
        next = Math.max(next, e.getValue());
      }
    }
    return top >= 2 && top >= 2 * next;
  }

  private static boolean better(
      String candidate, String best, Map<String, Integer> score, Map<String, SegmentCoding> latest) {
    int a = score.get(candidate);
    int b = score.get(best);
    if (a != b) {
      return a > b;
    }
    return CaseCoder.CHRONOLOGICAL.compare(latest.get(candidate), latest.get(best)) > 0;
  }
}
