package org.dossiercoder.synth;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Composes a leerplicht journal: 10 to 30 entries on distinct working days of 2015, each a
 * paragraph starting with its date, together 3 to 12 KB of UTF-8.
 */
final class JournalComposer {

  static final int MIN_ENTRIES = 10;
  static final int MAX_ENTRIES = 30;
  /** Size targets stay inside 3 KiB .. 12 kB with room for one sentence either way. */
  static final int MIN_TARGET_BYTES = 3_400;
  static final int MAX_TARGET_BYTES = 11_600;

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);

  private static final List<LocalDate> WORKDAYS_2015 = workdays(2015);

  private final CaseProfile profile;
  private final Random random;
  private final Templates templates;
  private final Set<String> used = new HashSet<>();

  private JournalComposer(CaseProfile profile, Random random) {
    this.profile = profile;
    this.random = random;
    this.templates = new Templates(profile, random);
  }

  static String compose(CaseProfile profile, Random random) {
    return new JournalComposer(profile, random).compose();
  }

  private String compose() {
    int n = MIN_ENTRIES + random.nextInt(MAX_ENTRIES - MIN_ENTRIES + 1);
    int target = MIN_TARGET_BYTES + random.nextInt(MAX_TARGET_BYTES - MIN_TARGET_BYTES);
    List<LocalDate> dates = dates(n);
    String[] levels = levels(n);
    List<List<String>> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> sentences = new ArrayList<>();
      if (i == 0) {
        sentences.add(draw(PhraseBank.MELDING));
        sentences.add(draw(PhraseBank.ABSENCE.get(levels[0])));
      } else {
        sentences.add(draw(PhraseBank.HEADS));
        if (i == n - 1) {
          sentences.add(closing());
        } else if (random.nextDouble() < 0.6) {
          sentences.add(draw(PhraseBank.ABSENCE.get(levels[i])));
        }
      }
      entries.add(sentences);
    }
    int total = 0;
    for (int i = 0; i < n; i++) {
      total += entryBytes(dates.get(i), entries.get(i)) + 2; // blank line between entries
    }
    // Grow the middle entries until the size target is reached; the first stays the report and
    // the last ends with the closing sentence.
    int misses = 0;
    for (int attempts = 0; misses < 8 && attempts < 10_000; attempts++) {
      int i = 1 + random.nextInt(n - 2);
      String sentence = extra(levels[i]);
      List<String> sentences = entries.get(i);
      if (sentences.contains(sentence)) {
        continue; // the same sentence twice in one entry reads like a copy-paste error
      }
      int add = utf8Length(sentence) + 1;
      if (total + add > target) {
        misses++;
        continue;
      }
      sentences.add(sentence);
      total += add;
    }
    StringBuilder sb = new StringBuilder(total + 64);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(DATE.format(dates.get(i))).append(' ').append(String.join(" ", entries.get(i)));
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The absence level an entry reports, following the case's pattern over the year. */
  private String[] levels(int n) {
    String[] levels = new String[n];
    int episodeEnd = 1 + random.nextInt(2);
    String episode = random.nextBoolean() ? "matig" : "zwaar";
    for (int i = 0; i < n; i++) {
      double f = i / (double) (n - 1);
      switch (profile.pattern()) {
        case "eenmalig":
          levels[i] = i <= episodeEnd ? episode : "aanwezig";
          break;
        case "langdurig_licht":
          levels[i] = random.nextDouble() < 0.2 ? "matig" : "licht";
          break;
        case "langdurig_zwaar":
          levels[i] = "zwaar";
          break;
        case "escalerend":
          levels[i] = f < 1 / 3.0 ? "licht" : f < 2 / 3.0 ? "matig" : "zwaar";
          break;
        default: // afnemend
          levels[i] = f < 1 / 3.0 ? "zwaar" : f < 2 / 3.0 ? "matig" : f < 0.9 ? "licht" : "aanwezig";
          break;
      }
    }
    return levels;
  }

  private String closing() {
    if (profile.looptDoor()) {
      return draw(PhraseBank.CLOSING_OPEN);
    }
    // A pupil who stayed home until the end did not "go back to school"; he moved to another one.
    boolean heavy =
        profile.pattern().equals("langdurig_zwaar") || profile.pattern().equals("escalerend");
    List<String> done = PhraseBank.CLOSING_DONE;
    return heavy ? templates.fill(done.get(done.size() - 1)) : draw(done);
  }

  private String extra(String level) {
    double x = random.nextDouble();
    if (x < 0.28) {
      return draw(PhraseBank.RISK_PRESENT.get(pick(profile.risks())));
    }
    if (x < 0.38) {
      List<String> absent = new ArrayList<>(PhraseBank.RISKS);
      absent.removeAll(profile.risks());
      String risk = pick(absent.isEmpty() ? profile.risks() : absent);
      return draw((absent.isEmpty() ? PhraseBank.RISK_PRESENT : PhraseBank.RISK_DENIED).get(risk));
    }
    if (x < 0.58) {
      return draw(PhraseBank.INTERVENTION.get(pick(profile.interventions())));
    }
    if (x < 0.75) {
      List<String> parties = new ArrayList<>(profile.parties());
      parties.add("school");
      return draw(PhraseBank.PARTY.get(pick(parties)));
    }
    if (x < 0.92) {
      return draw(PhraseBank.ADMIN);
    }
    if (x < 0.96) {
      return draw(PhraseBank.HYPOTHETICAL);
    }
    return draw(PhraseBank.ABSENCE.get(level));
  }

  /** A filled template, preferring one not used yet in this journal. */
  private String draw(List<String> bank) {
    String template = pick(bank);
    for (int tries = 0; tries < 4 && used.contains(template); tries++) {
      template = pick(bank);
    }
    used.add(template);
    return templates.fill(template);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private List<LocalDate> dates(int n) {
    List<LocalDate> pool = new ArrayList<>(WORKDAYS_2015);
    // A partial Fisher-Yates: the first n of the shuffled pool are a uniform sample.
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(pool.size() - i);
      LocalDate t = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, t);
    }
    List<LocalDate> chosen = new ArrayList<>(pool.subList(0, n));
    chosen.sort(null);
    return chosen;
  }

  private static List<LocalDate> workdays(int year) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(d);
      }
    }
    return List.copyOf(days);
  }

  private static int entryBytes(LocalDate date, List<String> sentences) {
    int bytes = 10; // the date
    for (String s : sentences) {
      bytes += 1 + utf8Length(s);
    }
    return bytes;
  }

  static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
