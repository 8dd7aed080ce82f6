package org.dossiercoder.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Draws the registration attributes and the story of one case. */
final class CaseSampler {

  static final String CSV_HEADER =
      "case_id,age,sex,ethnicity,schooltype,wijk,days_2015,loopt_door";

  static final List<String> SCHOOLTYPES =
      List.of(
          "basisonderwijs", "pro_vso", "vmbo_bb", "vmbo_kb", "vmbo_gl", "vmbo_tl", "havo", "vwo",
          "mbo", "geen");

  static final List<String> WIJKEN =
      List.of(
          "Overvecht", "Zuidwest", "Noordwest", "West", "Oost", "Noordoost", "Binnenstad", "Zuid",
          "Leidsche Rijn", "Vleuten-De Meern");

  static final List<String> PATTERNS =
      List.of("eenmalig", "langdurig_licht", "langdurig_zwaar", "escalerend", "afnemend");

  private CaseSampler() {}

  static String caseId(int index) {
    return String.format(Locale.ROOT, "b%05d", index + 1);
  }

  static CaseProfile sample(int index, Random r) {
    int age = 12 + r.nextInt(7);
    String sex = r.nextDouble() < 0.55 ? "M" : "V";
    int ethnicity = weighted(r, new double[] {0.5, 0.2, 0.3}) + 1;
    String schooltype = schooltype(age, r);
    String wijk = WIJKEN.get(r.nextInt(WIJKEN.size()));
    String pattern = PATTERNS.get(weighted(r, new double[] {0.15, 0.3, 0.2, 0.2, 0.15}));
    int days;
    double openChance;
    switch (pattern) {
      case "eenmalig":
        days = 3 + r.nextInt(13);
        openChance = 0.25;
        break;
      case "langdurig_licht":
        days = 8 + r.nextInt(23);
        openChance = 0.5;
        break;
      case "langdurig_zwaar":
        days = 40 + r.nextInt(111);
        openChance = 0.75;
        break;
      case "escalerend":
        days = 20 + r.nextInt(81);
        openChance = 0.75;
        break;
      default: // afnemend
        days = 15 + r.nextInt(46);
        openChance = 0.25;
        break;
    }
    boolean looptDoor = r.nextDouble() < openChance;
    List<String> risks = distinct(r, PhraseBank.RISKS, 1 + r.nextInt(3));
    List<String> interventions = new ArrayList<>();
    // Nearly every case has some coordination; the other types are drawn independently.
    if (r.nextDouble() < 0.8) {
      interventions.add("procedureel");
    }
    for (String type : PhraseBank.INTERVENTIONS.subList(1, PhraseBank.INTERVENTIONS.size())) {
      if (r.nextDouble() < 0.4) {
        interventions.add(type);
      }
    }
    if (interventions.isEmpty()) {
      interventions.add(PhraseBank.INTERVENTIONS.get(r.nextInt(PhraseBank.INTERVENTIONS.size())));
    }
    List<String> parties = new ArrayList<>();
    for (String party : PhraseBank.PARTIES) {
      if (r.nextDouble() < (party.equals("ouders") ? 0.85 : 0.3)) {
        parties.add(party);
      }
    }
    String parent = r.nextDouble() < 0.65 ? "moeder" : "vader";
    boolean hasOpp = r.nextBoolean();
    return new CaseProfile(
        caseId(index),
        age,
        sex,
        ethnicity,
        schooltype,
        wijk,
        days,
        looptDoor,
        pattern,
        List.copyOf(risks),
        List.copyOf(interventions),
        List.copyOf(parties),
        parent,
        hasOpp);
  }

  /** A school type that fits the age: primary school only at 12, mbo and dropping out from 16. */
  private static String schooltype(int age, Random r) {
    List<String> options = new ArrayList<>();
    if (age == 12) {
      options.add("basisonderwijs");
      options.add("basisonderwijs");
    }
    options.add("pro_vso");
    if (age <= 16) {
      options.addAll(List.of("vmbo_bb", "vmbo_kb", "vmbo_gl", "vmbo_tl", "vmbo_bb", "vmbo_kb"));
    }
    if (age <= 17) {
      options.addAll(List.of("havo", "havo"));
    }
    options.add("vwo");
    if (age >= 16) {
      options.addAll(List.of("mbo", "mbo", "mbo", "geen"));
    }
    return options.get(r.nextInt(options.size()));
  }

  static int weighted(Random r, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** {@code count} distinct elements in their list order. */
  static List<String> distinct(Random r, List<String> from, int count) {
    List<String> pool = new ArrayList<>(from);
    shuffle(pool, r);
    List<String> chosen = new ArrayList<>(pool.subList(0, Math.min(count, pool.size())));
    chosen.sort((a, b) -> Integer.compare(from.indexOf(a), from.indexOf(b)));
    return chosen;
  }

  /** Fisher-Yates written out, so the corpus for a seed cannot change with the JDK. */
  static <T> void shuffle(List<T> list, Random r) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
