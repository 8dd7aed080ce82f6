package org.dossiercoder.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses: a street name with a house number ({@code Kerkstraat 12}, {@code Oudegracht
 * 123bis}, {@code Van Lierlaan 4-II}, {@code Nieuwe Gracht 7}), extended by a following postcode
 * and city ({@code Kerkstraat 12, 3512 AB Utrecht}), or a postcode with a house number ({@code
 * 3521 AB 12}, {@code 3521 AB, huisnummer 12}).
 *
 * <p>A street is a capitalised word ending in a street suffix (straat, laan, weg, plein, gracht,
 * singel, kade, dreef, hof, park, steeg, dijk, baan, pad, …), or the bare suffix after a
 * capitalised word ({@code Nieuwe Gracht}); capitalised words and name particles just before it
 * belong to the name ({@code Jan van Galenstraat}). A postcode on its own, or with a city only
 * ({@code 3500 AA Utrecht}, {@code Postbus 16200, 3500 CE Utrecht}), is an area or an
 * organisation's postal address and is not reported.
 *
 * <p>Streets named type-first ({@code Laan van Nieuw Guinea 12}) are found as such; a street
 * without a street suffix ({@code Vredenburg 40}) only when a postcode follows its number.
 *
 * <p>Capitals are required because common nouns share the suffixes ("onderweg", "loopbaan"); the
 * ones that start sentences are listed as exceptions. Suffixes that end many ordinary words
 * ("-ring" as in vergadering, "-dam" as in Rotterdam, "-oord" as in antwoord) are left out: a
 * street on them is missed unless a postcode follows its number.
 */
final class AdresDetector implements Detector {
  private static final String SUFFIXES =
      "straat|laan|weg|plein|gracht|singel|kade|dreef|hof|park|steeg|dijk|baan|pad|markt|veld"
          + "|wal|haven|plantsoen|boulevard|hoven|plaats";

  /** Between a street and its number: extracted text has double and non-breaking spaces too. */
  private static final String GAP = "[ \\t\\u00a0]{1,2}";

  private static final String HOUSE_NUMBER = "\\d{1,5}(?!\\d)"
      + "(?:bis|hs|[a-zA-Z](?!\\p{L})|-(?:[IVX]{1,4}|\\d{1,4}|[a-zA-Z]{1,3})(?![\\p{L}\\p{N}])"
      + "| (?:bis|hs|[A-Z])(?![\\p{L}\\p{N}]))?";

  private static final Pattern STREET = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}'-]*?(?:" + SUFFIXES + ")|(?=\\p{Lu})(?i:" + SUFFIXES
          + "))" + GAP + "(?:nr\\.? ?)?(" + HOUSE_NUMBER + ")",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** A postcode: SA, SD and SS are never issued, so "1234 SS" is something else. */
  private static final String POSTCODE = "[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}\\p{N}])";
  private static final String CITY =
      "(?:'s-|(?:Den|De|Het|Sint|St\\.|Nieuw|Oud|Groot|Klein) )?\\p{Lu}[\\p{L}'-]*\\p{L}";

  /** After a house number: a postcode, optionally a city ("Kerkstraat 12, 3512 AB Utrecht"). */
  private static final Pattern POSTCODE_AFTER = Pattern.compile(
      "(?:, ?| {1,2}|,? ?\\n)(" + POSTCODE + ")(?:(?: {1,2}|, ?)(" + CITY + "))?",
      Pattern.UNICODE_CHARACTER_CLASS);
  /** A postcode followed by a house number ("3521 AB 12", "3521 AB, huisnummer 12"). */
  private static final Pattern POSTCODE_NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}])" + POSTCODE
          + "(?:,? ?(?:huisnummer|huisnr\\.?|nr\\.?)? ?:? ?)(" + HOUSE_NUMBER + ")",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** Streets named the other way round: "Laan van Nieuw Guinea 12", "Weg der Verenigde Naties 1". */
  private static final Pattern STREET_TYPE_FIRST = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:Laan|Weg|Plein|Dreef|Kade|Park|Hof|Singel|Straat|Gracht)"
          + "(?: (?:van|der|de|den|het|'t|naar|over|op|ter|ten|tot|in)){1,2}"
          + "(?: \\p{Lu}[\\p{L}'-]*){1,3}" + GAP + "(?:nr\\.? ?)?(" + HOUSE_NUMBER + ")",
      Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Any capitalised name with a house number and a postcode: streets without a street suffix
   * ("Vredenburg 40, 3511 BD Utrecht") are addresses too when a postcode follows.
   */
  private static final Pattern NAME_NUMBER_POSTCODE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}'-]+)" + GAP + "(?:nr\\.? ?)?(" + HOUSE_NUMBER
          + ")(?=(?:, ?| {1,2}|,? ?\\n)"
          + POSTCODE + ")",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** A post-office box is an organisation's postal address, not where someone lives. */
  private static final Set<String> NOT_NAMES = Set.of("postbus", "antwoordnummer");

  private static final Set<String> PARTICLES = Set.of(
      "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "la", "le", "du", "op");
  /** Capitalised words that end like a street but are not one. */
  private static final Set<String> NOT_STREETS = Set.of(
      "onderweg", "halfweg", "zijweg", "leerweg", "snelweg", "loopbaan", "leerpad", "zorgpad",
      "ontwikkelingspad", "schoolplein", "speelplein", "gerechtshof", "sportpark", "werkveld",
      "speelveld", "arbeidsmarkt", "woonplaats", "werkplaats", "standplaats", "stageplaats",
      "verblijfplaats", "geboorteplaats");
  /** A number followed by one of these counts something; it is not a house number. */
  private static final Pattern UNIT_AFTER = Pattern.compile(
      "^ ?(?:%|(?:uur|u|jaar|jaren|keer|dag|dagen|week|weken|maand|maanden|minuten|min|km|"
          + "meter|procent|euro|lesuren|leerlingen|kinderen)\\b)",
      Pattern.UNICODE_CHARACTER_CLASS);

  @Override
  public PersonalDataCategory category() {
    return PersonalDataCategory.ADRES;
  }

  @Override
  public List<Span> find(String text, Integer caseAge) {
    List<Span> spans = new ArrayList<>();
    Matcher m = STREET.matcher(text);
    while (m.find()) {
      String street = m.group(1).toLowerCase(Locale.ROOT);
      if (NOT_STREETS.contains(street)) {
        continue;
      }
      int start = nameStart(text, m.start());
      boolean bareSuffix = street.matches(SUFFIXES);
      if (bareSuffix && start == m.start()) {
        continue; // "Gracht 12" alone: too much like a sentence start
      }
      int end = m.end();
      if (!houseNumberEnds(text, end)) {
        continue;
      }
      spans.add(new Span(start, withPostcode(text, end)));
    }
    m = STREET_TYPE_FIRST.matcher(text);
    while (m.find()) {
      if (houseNumberEnds(text, m.end())) {
        spans.add(new Span(m.start(), withPostcode(text, m.end())));
      }
    }
    m = NAME_NUMBER_POSTCODE.matcher(text);
    while (m.find()) {
      if (!NOT_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        spans.add(new Span(nameStart(text, m.start()), withPostcode(text, m.end())));
      }
    }
    m = POSTCODE_NUMBER.matcher(text);
    while (m.find()) {
      if (houseNumberEnds(text, m.end())) {
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return merge(spans);
  }

  /** The end of a postcode (and city) that directly follows a house number, or {@code end}. */
  private static int withPostcode(String text, int end) {
    Matcher pc = POSTCODE_AFTER.matcher(text);
    pc.region(end, text.length());
    pc.useTransparentBounds(true);
    return pc.lookingAt() ? pc.end() : end;
  }

  /** The number must end the value: not "12.5", "12:30", "12-03-2015" or "12 uur". */
  private static boolean houseNumberEnds(String text, int end) {
    return !Surroundings.numberContinuesAfter(text, end, ".,:/-")
        && !Surroundings.isLetterOrDigit(text, end)
        && !UNIT_AFTER.matcher(Surroundings.lower(text, end, end + 12)).find();
  }

  /**
   * Extends a street name back over the capitalised words and particles before it on the same
   * line ("Jan van Galenstraat", "Van Lierlaan"), at most three words; particles at the front
   * that are lower case belong to the sentence ("aan de Kerkstraat").
   */
  static int nameStart(String text, int wordStart) {
    int start = wordStart;
    int accepted = wordStart;
    for (int words = 0; words < 3; words++) {
      if (start < 2 || text.charAt(start - 1) != ' ') {
        break;
      }
      int e = start - 1;
      int b = e;
      while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '\'')) {
        b--;
      }
      if (b == e) {
        break;
      }
      String word = text.substring(b, e);
      boolean capital = Character.isUpperCase(word.charAt(0));
      boolean particle = PARTICLES.contains(word.toLowerCase(Locale.ROOT));
      boolean ordinal = word.matches("\\d{1,2}e");
      if (!capital && !particle && !ordinal) {
        break;
      }
      start = b;
      if (capital || ordinal) {
        accepted = b;
      }
    }
    return accepted;
  }

  /** Spans that overlap or touch become one, so no two spans of this detector overlap. */
  static List<Span> merge(List<Span> spans) {
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!out.isEmpty() && out.get(out.size() - 1).end() >= s.start()) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
