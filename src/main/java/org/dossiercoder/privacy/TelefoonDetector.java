package org.dossiercoder.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch telephone numbers of persons: mobile ({@code 06-12345678}, {@code 06 1234 5678}, {@code
 * +31 6 12345678}, {@code +31(0)6…}, {@code 0031 6 …}) and landline ({@code 030-1234567}, {@code
 * 030 123 45 67}, {@code (030) 1234567}, {@code 0348-123456}, {@code +31 30 …}).
 *
 * <p>A number is read as an optional country prefix ({@code +31}, {@code 0031}, optionally with
 * {@code (0)}), then digit groups. It counts when it normalises to 10 digits starting with
 * {@code 0} and its groups are written the way Dutch numbers are written: an area part of 2
 * ({@code 06}), 3 or 4 digits, then the subscriber part in one piece or in pairs, triples and
 * quads from a short list of groupings. Only the separator after the area part may be a dash;
 * dots are accepted when they separate every group ({@code 06.12.34.56.78}).
 * That shape is what keeps dates ({@code 06-12-2015}), times, amounts, case numbers ({@code
 * 2015-0347}), postcodes and account-number groups ({@code 0417 1643 00}) out.
 *
 * <p>Not personal, so not reported: service and company numbers ({@code 0800}, {@code 0900},
 * {@code 0906}, {@code 0909}, {@code 088}); a landline whose clause names it as an organisation's
 * (school, receptie, algemeen nummer, centrale, servicedesk, Veilig Thuis, …) and names no
 * person; a number the clause names as another kind of number (dossiernummer, kenmerk, …). A
 * mobile number is always reported: switchboards are not mobiles, and a school's 06 number is a
 * person's.
 */
final class TelefoonDetector implements Detector {
  /** Where a number can start: a country prefix, a parenthesised area code, or a trunk 0. */
  private static final Pattern START =
      Pattern.compile("(?<![\\p{L}\\p{N}+])(?:\\+31|0031|\\(0\\d|0\\d)");

  /** Accepted groupings of the subscriber part, by its length. */
  private static final Set<List<Integer>> GROUPINGS = Set.of(
      List.of(8), List.of(4, 4), List.of(2, 2, 2, 2), List.of(3, 3, 2), List.of(2, 3, 3),
      List.of(7), List.of(3, 4), List.of(4, 3), List.of(3, 2, 2),
      List.of(6), List.of(3, 3), List.of(2, 2, 2));

  /** Prefixes of numbers that belong to services and companies, never to a person. */
  private static final List<String> SERVICE_PREFIXES = List.of("0800", "0900", "0906", "0909", "088", "097");

  private static final Set<String> ORGANISATION_WORDS = Set.of(
      "receptie", "centrale", "telefooncentrale", "servicedesk", "helpdesk", "balie",
      "secretariaat", "administratie", "gemeente", "kantoor", "hoofdnummer", "schoolnummer",
      "ggd", "leerplicht", "leerplichtbureau", "college", "lyceum", "wijkteam", "klantcontact");
  private static final List<String> ORGANISATION_PHRASES = List.of(
      "algemeen nummer", "algemene nummer", "algemeen telefoonnummer", "veilig thuis",
      "bureau leerplicht");
  private static final Set<String> PERSON_WORDS = Set.of(
      "moeder", "vader", "ouder", "ouders", "oma", "opa", "tante", "oom", "broer", "zus",
      "stiefvader", "stiefmoeder", "pleegmoeder", "pleegvader", "pleegouder", "pleegouders",
      "verzorger", "voogd", "leerling", "jongere", "mentor", "meneer", "mevrouw", "dhr", "mevr",
      "mw", "mobiel", "mobiele", "privé", "prive", "privénummer", "thuisnummer", "eigen", "zijn",
      "haar", "hun", "mijn", "gezin");
  /**
   * A label right before the number that names it as another kind of number. Only a label
   * directly in front counts: "kenmerk 2015-0347, moeder 06-12345678" still has a phone number.
   */
  private static final Pattern OTHER_NUMBER_LABEL = Pattern.compile(
      "(?:dossiernr|dossiernummer|zaaknr|zaaknummer|kenmerk|registratienummer|referentie|ref"
          + "|ordernummer|factuurnummer|klantnummer|leerlingnummer|onderwijsnummer|polisnummer"
          + "|rekeningnummer|rekeningnr|rek\\. ?nr)\\.?\\s*:?\\s*$");

  /**
   * Digits glued on by one of these make the candidate part of a longer number, a date or a
   * time. A slash is not among them: "06-12345678/030-1234567" lists two numbers.
   */
  private static final String CONTINUATION = "-.:";

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+", Pattern.UNICODE_CHARACTER_CLASS);

  @Override
  public PersonalDataCategory category() {
    return PersonalDataCategory.TELEFOON;
  }

  @Override
  public List<Span> find(String text, Integer caseAge) {
    List<Span> out = new ArrayList<>();
    Matcher m = START.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int start = m.start();
      int end = parse(text, start);
      if (end < 0 && text.charAt(start) == '(') {
        // Not an area code in parentheses: a whole number in them, "Vader (06-12345678)".
        start++;
        end = parse(text, start);
      }
      if (end < 0) {
        from = m.end();
        continue;
      }
      from = end;
      if (Surroundings.numberContinuesBefore(text, start, CONTINUATION)) {
        continue;
      }
      String national = national(text.substring(start, end));
      if (SERVICE_PREFIXES.stream().anyMatch(national::startsWith)) {
        continue;
      }
      if (namedAsOtherNumber(text, start) || (!national.startsWith("06")
          && namedAsOrganisation(text, start, end))) {
        continue;
      }
      out.add(new Span(start, end));
    }
    return out;
  }

  /**
   * The end of the phone number starting at {@code start}, or -1 when none starts there. Reads
   * the prefix and the digit groups, then takes the longest run of groups that is a well-formed
   * number.
   */
  static int parse(String text, int start) {
    int i = start;
    boolean international = false;
    int areaFromParen = -1;
    if (text.startsWith("+31", i) || text.startsWith("0031", i)) {
      international = true;
      i += text.charAt(i) == '+' ? 3 : 4;
      i = skipSpace(text, i);
      if (i < text.length() && text.charAt(i) == '-') {
        i = skipSpace(text, i + 1); // "+31-6-12345678"
      }
      if (text.startsWith("(0)", i)) {
        i = skipSpace(text, i + 3);
      }
    } else if (text.charAt(i) == '(') {
      int close = text.indexOf(')', i);
      if (close < 0 || close - i - 1 < 2 || close - i - 1 > 4) {
        return -1;
      }
      for (int j = i + 1; j < close; j++) {
        if (!Surroundings.isDigit(text, j)) {
          return -1;
        }
      }
      areaFromParen = close - i - 1;
      i = skipSpace(text, close + 1);
    }
    List<Integer> groups = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    boolean dotted = false;
    if (areaFromParen > 0) {
      groups.add(areaFromParen);
      ends.add(i);
    }
    while (i < text.length() && groups.size() < 6) {
      int j = i;
      while (Surroundings.isDigit(text, j)) {
        j++;
      }
      if (j == i) {
        break;
      }
      groups.add(j - i);
      ends.add(j);
      // Separators: one space between any groups; a dash (with optional spaces) only after the
      // area part, which is what keeps dd-mm-yyyy out; or dots throughout ("06.12.34.56.78").
      int k = j;
      char sep = k < text.length() ? text.charAt(k) : 0;
      if (sep == '.' && (groups.size() == 1 || dotted)) {
        dotted = true;
        k++;
      } else if (dotted) {
        break;
      } else {
        if (sep == ' ' || sep == '\u00a0') {
          k++;
        }
        if (groups.size() == 1 && k < text.length() && text.charAt(k) == '-') {
          k = skipSpace(text, k + 1);
        } else if (k == j) {
          break;
        }
      }
      if (!Surroundings.isDigit(text, k)) {
        break;
      }
      i = k;
    }
    for (int n = groups.size(); n >= 1; n--) {
      List<Integer> g = new ArrayList<>(groups.subList(0, n));
      if (international) {
        g.set(0, g.get(0) + 1); // the trunk 0 the country code replaces
      }
      int end = ends.get(n - 1);
      if (areaFromParen > 0 && n == 1) {
        continue;
      }
      if (wellFormed(g) && !Surroundings.isLetterOrDigit(text, end)
          && !Surroundings.numberContinuesAfter(text, end, CONTINUATION)) {
        String national = national(text.substring(start, end));
        boolean twoDigitArea = g.size() > 1 && g.get(0) == 2;
        if (national.length() == 10 && national.charAt(0) == '0' && national.charAt(1) != '0'
            && (!twoDigitArea || national.startsWith("06"))) {
          return end;
        }
      }
    }
    return -1;
  }

  private static boolean wellFormed(List<Integer> groups) {
    int total = groups.stream().mapToInt(Integer::intValue).sum();
    if (total != 10) {
      return false;
    }
    if (groups.size() == 1) {
      return true;
    }
    int area = groups.get(0);
    return (area == 2 || area == 3 || area == 4)
        && GROUPINGS.contains(groups.subList(1, groups.size()));
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
      i++;
    }
    return i;
  }

  /** The number as 10 national digits: country prefix and {@code (0)} replaced by one 0. */
  static String national(String written) {
    String s = written.replace("(0)", "");
    if (s.startsWith("+31")) {
      s = "0" + s.substring(3);
    } else if (s.startsWith("0031")) {
      s = "0" + s.substring(4);
    }
    return s.replaceAll("[^0-9]", "");
  }

  /** "dossiernr. 0301234567", "kenmerk: 0612345678": another kind of number with a phone's shape. */
  private static boolean namedAsOtherNumber(String text, int start) {
    return OTHER_NUMBER_LABEL.matcher(Surroundings.lower(text, start - 30, start)).find();
  }

  /**
   * True when the clause around the number names an organisation and no person. Privacy by
   * default: when both are named ("moeder belde de school vanaf …") the number is reported.
   */
  private static boolean namedAsOrganisation(String text, int start, int end) {
    String around = Surroundings.lower(text, Surroundings.clauseStart(text, start, 60), start)
        + " | " + Surroundings.lower(text, end, Surroundings.clauseEnd(text, end, 40));
    boolean organisation = ORGANISATION_PHRASES.stream().anyMatch(around::contains);
    Matcher w = WORD.matcher(around);
    while (w.find()) {
      String word = w.group();
      if (PERSON_WORDS.contains(word)) {
        return false;
      }
      if (ORGANISATION_WORDS.contains(word) || word.endsWith("school")) {
        organisation = true;
      }
    }
    return organisation;
  }
}
