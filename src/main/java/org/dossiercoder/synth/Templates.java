package org.dossiercoder.synth;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Fills the placeholders of {@link PhraseBank} templates for one case. */
final class Templates {

  private static final String[] WORDS = {
    "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
    "twaalf"
  };

  private static final List<String> PRIMARY_ROLES =
      List.of("de leerkracht", "de intern begeleider", "de directeur van de school");
  private static final List<String> MBO_ROLES =
      List.of("de studieloopbaanbegeleider", "de verzuimcoördinator", "de teamleider");
  private static final List<String> SECONDARY_ROLES =
      List.of(
          "de mentor", "de mentor", "de zorgcoördinator", "de verzuimcoördinator",
          "de teamleider");

  private final CaseProfile profile;
  private final Random random;

  Templates(CaseProfile profile, Random random) {
    this.profile = profile;
    this.random = random;
  }

  String fill(String template) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    boolean male = profile.sex().equals("M");
    StringBuilder sb = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        sb.append(c);
        i++;
        continue;
      }
      String key = template.substring(i + 1, close);
      String value;
      switch (key.toLowerCase(Locale.ROOT)) {
        case "hij":
          value = male ? "hij" : "zij";
          break;
        case "zijn":
          value = male ? "zijn" : "haar";
          break;
        case "hem":
          value = male ? "hem" : "haar";
          break;
        case "ouder":
          value = profile.parent();
          break;
        case "school":
          value = schoolRole();
          break;
        case "lesuren":
          value = amount(2 + random.nextInt(13), "lesuur", "lesuren");
          break;
        case "uren":
          value = amount(3 + random.nextInt(18), "uur", "uur");
          break;
        case "dagen":
          value = amount(2 + random.nextInt(8), "dag", "dagen");
          break;
        case "weken":
          value = amount(2 + random.nextInt(9), "week", "weken");
          break;
        case "keer":
          value = amount(3 + random.nextInt(7), "keer", "keer");
          break;
        case "meldinguren":
          // 16 hours in four weeks is the legal threshold for a report, so reports start there.
          value = (16 + random.nextInt(25)) + " uur";
          break;
        default:
          throw new IllegalStateException("unknown placeholder {" + key + "} in: " + template);
      }
      sb.append(Character.isUpperCase(key.charAt(0)) ? capitalize(value) : value);
      i = close + 1;
    }
    return sb.toString();
  }

  private String schoolRole() {
    List<String> roles;
    switch (profile.schooltype()) {
      case "basisonderwijs":
        roles = PRIMARY_ROLES;
        break;
      case "mbo":
        roles = MBO_ROLES;
        break;
      default:
        roles = SECONDARY_ROLES;
    }
    return roles.get(random.nextInt(roles.size()));
  }

  /** Small numbers are written out half of the time, as case workers do. */
  private String amount(int n, String singular, String plural) {
    String number = n < WORDS.length && random.nextBoolean() ? WORDS[n] : Integer.toString(n);
    return number + " " + (n == 1 ? singular : plural);
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
