package org.dossiercoder.coding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The course of absence of one case: dated levels (see {@link AbsenceLevel}) read from its journal,
 * and the two decision rules built on it.
 *
 * <p><b>Pattern</b> ({@code verzuimpatroon}, seed 003 §2.1), checked in this order:
 *
 * <ol>
 *   <li>{@code eenmalig}: at most two absence reports within three weeks, closed by attendance (the
 *       next report after them; within five weeks, the Christmas holiday not counted, when the
 *       episode was full absence), and
 *       afterwards at most one light report; or one spell at home: from the first absence report
 *       only days or weeks of absence, full absence among them, until attendance is reported within
 *       seven weeks (the Christmas holiday not counted), and afterwards at most one light report;
 *   <li>{@code escalerend}: it ends high (≥ 2) above where it started, and the second half of the
 *       reports averages at least half a level above the first (or the shares of school time rise),
 *       unless it went from attendance to full absence in one jump and stayed there; or it climbed
 *       from light through partial to full absence, in that order, whatever followed the peak;
 *   <li>{@code afnemend}: it ends low (≤ 1), the second half averages at least 0.6 of a
 *       level below the first, and the decline from the peak is gradual: from full absence a lower
 *       level of absence before attendance returns, or at least two reports of some absence (not
 *       one jump from full absence to attendance); from lighter absence, a plateau of partial
 *       absence that comes down through light absence (light absence that stops is a long light
 *       pattern with a result, not a decreasing one);
 *   <li>{@code langdurig_zwaar}: at least half of the absence reports are full absence, leaving out
 *       isolated light reports between reports of attendance (a sick day is no pattern);
 *   <li>{@code langdurig_licht}: otherwise.
 * </ol>
 *
 * <p><b>Result</b> ({@code resultaat}, Bijlage VI): compares the level when the first intervention
 * started (the last report before it, or the first report) with the reports after it: {@code
 * toename} when it ends higher or averages a level higher, {@code geen} when it ends at the same
 * level, else a decrease that is {@code grillig} when absence climbs two levels (or back to full
 * absence) on the way down, or when attendance, once reached, gives way to absence in two reports
 * in a row; {@code snel} when the end level is reached within five weeks of the intervention or in
 * one step of at least two levels from the starting level (no intermediate level on the way down),
 * and absence stays low after it (at or below the end level, or light), and {@code geleidelijk}
 * otherwise. When no report comes before the intervention and the first one after it already finds
 * the pupil attending, with absence low from then on, the decrease is {@code snel}.
 *
 * <p>Where reports say over what time the absence ran, they also give the share of school time
 * missed; the shares show what the levels hide: a course of light absence whose shares come down
 * step by step to about a day a month is {@code afnemend}, and a result the levels read as no
 * change is read from the shares (see {@link #resultByAmounts}).
 *
 * <p>The end level is the last report's, except that a light report right after attendance (a sick
 * day) counts as attendance.
 *
 * <p>Fewer than two dated reports (or none after the day of the intervention) decide nothing; the
 * codebook's rules decide then.
 */
final class Course {
  /**
   * One dated report: its level, and the share of school time missed where the report says over
   * what time (NaN otherwise; see {@link AbsenceLevel.Measure}).
   */
  record Report(LocalDate date, int level, double share) {
    /** A report of a level only: attendance is no time missed, full absence all of it. */
    Report(LocalDate date, int level) {
      this(date, level, AbsenceLevel.Measure.level(level).share());
    }

    boolean measured() {
      return !Double.isNaN(share);
    }
  }

  /** A share of school time missed that counts as recovered: about a day a month. */
  private static final double RECOVERED = 0.05;

  /** The longest spell at home, in days, that still reads as one episode. */
  private static final int SPELL_DAYS = 49;

  private final List<Report> reports;

  private Course(List<Report> reports) {
    this.reports = List.copyOf(reports);
  }

  /**
   * A course from dated reports; reports of one day are merged to their highest level, with the
   * share of a report of that level (the highest such share).
   */
  static Course of(List<Report> raw) {
    Map<LocalDate, Report> byDay = new TreeMap<>();
    for (Report r : raw) {
      byDay.merge(r.date(), r, Course::merge);
    }
    return new Course(new ArrayList<>(byDay.values()));
  }

  /**
   * Two reports of one day: "10 dagen afwezig" beside "daarvoor geen verzuim" is ten days absent
   * with no share, not ten days that make no time missed.
   */
  private static Report merge(Report a, Report b) {
    if (a.level() != b.level()) {
      return a.level() > b.level() ? a : b;
    }
    return new Report(a.date(), a.level(),
        !a.measured() ? b.share() : !b.measured() ? a.share() : Math.max(a.share(), b.share()));
  }

  List<Report> reports() {
    return reports;
  }

  /** The pattern code id, or null when the course is too thin to judge. */
  String pattern() {
    List<Integer> levels = reports.stream().map(Report::level).toList();
    List<Report> absent = reports.stream().filter(r -> r.level() >= 1).toList();
    if (levels.size() < 2 || absent.isEmpty()) {
      return null;
    }
    Report last = reports.get(reports.size() - 1);
    if (singleEpisode(absent) || singleSpellAtHome(absent)) {
      return "eenmalig";
    }
    double first = mean(levels.subList(0, levels.size() / 2));
    double second = mean(levels.subList(levels.size() / 2, levels.size()));
    // The decline is judged from the last time absence was at its highest: full absence, a partial
    // week and full absence again before attendance returns is no gradual decline.
    int peak = lastIndexOfMax(levels);
    boolean grows = second >= first + 0.5 && last.level() >= 2 && levels.get(0) < last.level()
        || last.level() >= 2 && amountsRise();
    if (grows && !jumpsToFull(levels) || climbs(levels)) {
      return "escalerend";
    }
    if (first >= second + 0.6 && last.level() <= 1 && gradualDecline(levels, peak)) {
      return "afnemend";
    }
    List<Report> pattern = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Report r = reports.get(i);
      boolean isolated = r.level() == 1 && i > 0 && reports.get(i - 1).level() == 0
          && (i == reports.size() - 1 || reports.get(i + 1).level() == 0);
      if (r.level() >= 1 && !isolated) {
        pattern.add(r);
      }
    }
    if (pattern.isEmpty()) {
      // Only a sick day here and there between reports of attendance: no pattern of absence.
      return null;
    }
    long full = pattern.stream().filter(r -> r.level() == 3).count();
    if (full * 2 >= pattern.size()) {
      return "langdurig_zwaar";
    }
    // Hours that fall from 30 to 20, 12, 9 and 4 a month are all "hours" to the levels; the shares
    // of school time show the decrease.
    return last.level() <= 1 && amountsDecline() ? "afnemend" : "langdurig_licht";
  }

  /**
   * Whether the reports that give a share of school time show the absence coming down step by
   * step to recovery: at least three such reports; the highest at least a tenth of school time;
   * after it, at least two more, none above three quarters of it, the last at most {@link
   * #RECOVERED}, and one in between, at least a quarter of the way up (a step down, not a jump); and
   * the later half of the reports averaging at most half of the earlier half.
   */
  private boolean amountsDecline() {
    List<Double> shares = measuredShares();
    if (shares.size() < 3) {
      return false;
    }
    int peak = 0;
    for (int i = 1; i < shares.size(); i++) {
      if (shares.get(i) > shares.get(peak)) {
        peak = i;
      }
    }
    double top = shares.get(peak);
    List<Double> after = shares.subList(peak + 1, shares.size());
    if (top < 0.1 || after.size() < 2) {
      return false;
    }
    double end = after.get(after.size() - 1);
    // A step down: a share in between, at least a quarter of the way up from the end.
    boolean step = after.subList(0, after.size() - 1).stream()
        .anyMatch(v -> v < top && v >= end + (top - end) / 4);
    // Over the dossier, not only at its end: the later half of the reports at most half the earlier.
    double earlier = average(shares.subList(0, shares.size() / 2));
    double later = average(shares.subList(shares.size() / 2, shares.size()));
    // Recovered: at most about a day a month at the end; hovering at 8 hours a month is no recovery.
    return end <= RECOVERED && step && after.stream().allMatch(v -> v <= top * 0.75) && later <= earlier / 2;
  }

  /**
   * Whether the reports that give a share of school time show the absence rising while the levels
   * stay at days ("April 4 hele dagen", "Mei 6 dagen", "Juni 9 hele dagen"): at least three such
   * reports, the highest among the later half, which averages at least half again the earlier
   * half and ten points more.
   */
  private boolean amountsRise() {
    List<Double> shares = measuredShares();
    if (shares.size() < 3) {
      return false;
    }
    double earlier = average(shares.subList(0, shares.size() / 2));
    List<Double> laterHalf = shares.subList(shares.size() / 2, shares.size());
    double later = average(laterHalf);
    double top = shares.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return later >= earlier * 1.5 && later >= earlier + 0.1 && laterHalf.contains(top);
  }

  /** The shares of school time missed, in date order, of the reports that give one. */
  private List<Double> measuredShares() {
    return reports.stream().filter(Report::measured).map(Report::share).toList();
  }

  /**
   * Whether the course starts at full absence: the dossier opened when the pupil was already at
   * home, so the dated course cannot show how the absence built up.
   */
  boolean startsFull() {
    return !reports.isEmpty() && reports.get(0).level() == 3;
  }

  /** The result code id after an intervention date, or null when nothing can be judged. */
  String result(LocalDate intervention) {
    if (intervention == null || reports.isEmpty()) {
      return null;
    }
    List<Report> before = reports.stream().filter(r -> r.date().isBefore(intervention)).toList();
    List<Report> after = reports.stream().filter(r -> !r.date().isBefore(intervention)).toList();
    // A report on the day of the intervention tells where it started, not what it did.
    boolean reportedLater = reports.stream().anyMatch(r -> r.date().isAfter(intervention));
    if (after.isEmpty() || before.isEmpty() && after.size() < 2 || !reportedLater) {
      return null;
    }
    if (before.isEmpty() && after.get(0).level() == 0 && after.get(0).date().isAfter(intervention)
        && after.stream().allMatch(r -> r.level() <= 1)) {
      // The first report, after the intervention, already finds the pupil attending, and absence
      // stays low: the absence that opened the case came down in one step, though no dated report
      // says from what level (as a drop of two levels, however long the journal is silent).
      return "snelle_afname";
    }
    // The level when the intervention started: the last report before it (or the first after).
    int baseline = before.isEmpty() ? after.get(0).level() : before.get(before.size() - 1).level();
    List<Report> judged = before.isEmpty() ? after.subList(1, after.size()) : after;
    int last = judged.size() - 1;
    // A light report right after attendance (a sick day) does not undo the recovery.
    int end = judged.get(last).level() == 1 && last > 0 && judged.get(last - 1).level() == 0
        ? 0 : judged.get(last).level();
    double mean = judged.stream().mapToInt(Report::level).average().orElse(baseline);
    if (end > baseline || mean >= baseline + 1) {
      return "toename";
    }
    if (end == baseline) {
      // The same level may hide fewer or more hours: the shares of school time, where the journal
      // gives them, tell.
      String byAmounts = resultByAmounts(intervention);
      return byAmounts != null ? byAmounts : "geen";
    }
    // A relapse is a climb of two levels, or back to full absence, after absence had fallen.
    boolean relapse = false;
    int lowest = baseline;
    for (Report r : judged) {
      if (lowest < baseline && (r.level() >= lowest + 2 || r.level() == 3 && lowest < 3)) {
        relapse = true;
      }
      lowest = Math.min(lowest, r.level());
    }
    // Attendance that was reached and then lost again for two reports in a row is a relapse too,
    // when one of them is days of absence or a third report follows with absence: a day at the
    // orthodontist one month and a morning the next is attendance, not a relapse.
    for (int i = 0; i + 2 < judged.size(); i++) {
      boolean twoAbsent = judged.get(i + 1).level() >= 1 && judged.get(i + 2).level() >= 1;
      boolean more = Math.max(judged.get(i + 1).level(), judged.get(i + 2).level()) >= 2
          || i + 3 < judged.size() && judged.get(i + 3).level() >= 1;
      if (judged.get(i).level() == 0 && twoAbsent && more) {
        relapse = true;
      }
    }
    if (relapse) {
      return "grillige_afname";
    }
    // Quick: the end level is reached within five weeks, or in one step from the level when the
    // intervention started (no intermediate level on the way down), and absence stays low
    // afterwards (at or below the end level, or light).
    for (int i = 0; i < judged.size(); i++) {
      if (judged.get(i).level() <= end) {
        int ceiling = Math.max(end, 1);
        boolean staysLow = judged.subList(i, judged.size()).stream().allMatch(r -> r.level() <= ceiling);
        boolean soon = ChronoUnit.DAYS.between(intervention, judged.get(i).date()) <= 35;
        // One step down of at least two levels (full absence to attendance), however long the
        // journal is silent in between; a drop of one level (days to hours) is no quick result.
        int from = i == 0 ? baseline : judged.get(i - 1).level();
        boolean oneStep = judged.subList(0, i).stream().allMatch(r -> r.level() >= baseline)
            && from - judged.get(i).level() >= 2;
        return (soon || oneStep) && staysLow ? "snelle_afname" : "geleidelijke_afname";
      }
    }
    return "geleidelijke_afname";
  }

  /**
   * The result read from the reports that give a share of school time, or null when too few do:
   * the share when the intervention started (the last such report before it, or the first) against
   * the last one after it. A rise of half again and ten points is {@code toename}; a fall to half
   * or less (and at least five points) a decrease, {@code grillig} when, once it had fallen, it
   * rose again by ten points to twice its lowest share, {@code snel} when within five weeks it came
   * near its end and stayed there; otherwise no change.
   */
  private String resultByAmounts(LocalDate intervention) {
    List<Report> measured = reports.stream().filter(Report::measured).toList();
    List<Report> before = measured.stream().filter(r -> r.date().isBefore(intervention)).toList();
    List<Report> after = measured.stream().filter(r -> r.date().isAfter(intervention)).toList();
    if (after.isEmpty() || before.isEmpty() && after.size() < 2) {
      return null;
    }
    double base = before.isEmpty() ? after.get(0).share() : before.get(before.size() - 1).share();
    List<Report> judged = before.isEmpty() ? after.subList(1, after.size()) : after;
    double end = judged.get(judged.size() - 1).share();
    if (end >= base * 1.5 && end >= base + 0.1) {
      return "toename";
    }
    if (end > base / 2 || base - end < 0.05) {
      return null;
    }
    double lowest = base;
    for (Report r : judged) {
      if (lowest < base && r.share() >= lowest + 0.1 && r.share() >= 2 * lowest) {
        return "grillige_afname";
      }
      lowest = Math.min(lowest, r.share());
    }
    double near = end * 1.5 + 0.02;
    for (Report r : judged) {
      if (r.share() <= near) {
        boolean soon = ChronoUnit.DAYS.between(intervention, r.date()) <= 35;
        boolean stays = judged.stream().filter(x -> !x.date().isBefore(r.date())).allMatch(x -> x.share() <= near + 0.05);
        return soon && stays ? "snelle_afname" : "geleidelijke_afname";
      }
    }
    return "geleidelijke_afname";
  }

  /**
   * One episode: the absence reports of the first three weeks are followed by a report of
   * attendance, and after that at most one light report (a single sick day is not a pattern).
   */
  private boolean singleEpisode(List<Report> absent) {
    LocalDate start = absent.get(0).date();
    List<Report> episode = absent.stream()
        .filter(r -> ChronoUnit.DAYS.between(start, r.date()) <= 21).toList();
    LocalDate episodeEnd = episode.get(episode.size() - 1).date();
    // The episode must be closed by attendance: the next report after it says the pupil attends.
    // Full absence (weeks, "zit thuis") is a single episode only when attendance is reported within
    // five weeks; otherwise it may have lasted the whole gap.
    boolean full = episode.stream().anyMatch(r -> r.level() == 3);
    boolean attendsAfter = reports.stream().filter(r -> r.date().isAfter(episodeEnd)).findFirst()
        .map(r -> r.level() == 0 && (!full || schoolDaysBetween(episodeEnd, r.date()) <= 35))
        .orElse(false);
    List<Report> later = absent.stream().filter(r -> r.date().isAfter(episodeEnd)).toList();
    return episode.size() <= 2 && attendsAfter && atMostOneSickDay(later);
  }

  /**
   * One spell at home: from the first report of absence, only days or weeks of absence (full
   * absence among them) until attendance is reported within seven weeks, the Christmas holiday
   * not counted, and after that at most one light report. Coders read a pupil who was at home for
   * a month or six weeks and then went back for good as one episode, not as long heavy absence.
   */
  private boolean singleSpellAtHome(List<Report> absent) {
    LocalDate start = absent.get(0).date();
    Report back = reports.stream().filter(r -> r.date().isAfter(start) && r.level() == 0).findFirst().orElse(null);
    if (back == null || schoolDaysBetween(start, back.date()) > SPELL_DAYS) {
      return false;
    }
    List<Report> spell = absent.stream().filter(r -> r.date().isBefore(back.date())).toList();
    List<Report> later = absent.stream().filter(r -> r.date().isAfter(back.date())).toList();
    return spell.stream().allMatch(r -> r.level() >= 2) && spell.stream().anyMatch(r -> r.level() == 3)
        && atMostOneSickDay(later);
  }

  /** Absence reports after an episode that leave it one: at most one, and light (a sick day). */
  private static boolean atMostOneSickDay(List<Report> later) {
    return later.size() <= 1 && later.stream().allMatch(r -> r.level() <= 1);
  }

  /**
   * Whether the absence declines from its peak step by step rather than in one jump: from full
   * absence it passes a partial level; from lighter absence the level held most up to the peak (a
   * single bad week is no plateau) is partial absence and comes down through light absence.
   */
  private static boolean gradualDecline(List<Integer> levels, int peakIndex) {
    List<Integer> fromPeak = levels.subList(peakIndex, levels.size());
    int peak = fromPeak.get(0);
    List<Integer> below = fromPeak.stream().filter(l -> l < peak).toList();
    if (peak >= 3) {
      // Through a lower level of absence before attendance returns (3 -> 1 -> 0 declines, 3 -> 0
      // does not), or at least two reports of some absence: one sick day after a jump back to
      // full attendance is no gradual recovery.
      int back = below.indexOf(0);
      List<Integer> beforeAttendance = back < 0 ? below : below.subList(0, back);
      return beforeAttendance.stream().anyMatch(l -> l == 1 || l == 2)
          || below.stream().filter(l -> l == 1 || l == 2).count() >= 2;
    }
    int plateau = plateau(levels.subList(0, peakIndex + 1));
    return plateau >= 2 && below.contains(1) && below.size() >= 2;
  }

  /** The level of absence reported most often (the higher one on a tie), 0 without absence. */
  private static int plateau(List<Integer> levels) {
    int best = 0;
    long most = 0;
    for (int level = 3; level >= 1; level--) {
      int l = level;
      long n = levels.stream().filter(x -> x == l).count();
      if (n > most) {
        best = level;
        most = n;
      }
    }
    return best;
  }

  /**
   * Whether the absence climbed step by step from light through partial to full absence (hours, then
   * days, then weeks), the escalation of §2.1, whatever came after the peak.
   */
  private static boolean climbs(List<Integer> levels) {
    boolean light = false;
    boolean partial = false;
    for (int level : levels) {
      if (level == 1 && !partial) {
        light = true;
      } else if (level == 2 && light) {
        partial = true;
      } else if (level == 3 && partial) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether absence went from attendance straight to full absence and stayed there: one jump, not the
   * step by step growth of an escalation (§2.1), so the course is read as long heavy absence.
   */
  private static boolean jumpsToFull(List<Integer> levels) {
    int firstFull = levels.indexOf(3);
    if (firstFull < 1 || levels.get(firstFull - 1) != 0) {
      return false;
    }
    return levels.subList(firstFull, levels.size()).stream().allMatch(l -> l == 3);
  }

  private static int lastIndexOfMax(List<Integer> levels) {
    int best = 0;
    for (int i = 1; i < levels.size(); i++) {
      if (levels.get(i) >= levels.get(best)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Days between two dates without the Christmas holiday (about 24 December to 4 January), when
   * nobody reports attendance: an episode in early December closed by attendance in mid-January is
   * as short as one closed in early January.
   */
  private static long schoolDaysBetween(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      LocalDate christmas = LocalDate.of(year, 12, 24);
      if (!christmas.isBefore(from) && christmas.plusDays(11).isBefore(to)) {
        days -= 12;
      }
    }
    return days;
  }

  private static double average(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static double mean(List<Integer> xs) {
    return xs.stream().mapToInt(Integer::intValue).average().orElse(0);
  }
}
