package org.dossiercoder.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/**
 * Test fixture: synthetic leerplicht journals with planted personal data of every category and
 * decoys that must not be reported, together with the true span of every planted value.
 *
 * <p>Everything is fictitious: BSNs and IBANs are random numbers made valid (11-proef, mod-97),
 * phone numbers random, mail domains {@code example.nl} and {@code example.com}, street names
 * made up from flowers, birds and trees. The decoys are the look-alikes a journal is full of:
 * meeting dates (also ISO, and dd-mm-yyyy starting with 06 followed by a time), dossier, case
 * and invoice numbers (one ending in an 11-proef-valid 9-digit run), amounts (one of them a
 * 9-digit number passing the 11-proef), school, helpline and service-desk switchboards named as
 * such, 0800/088/0900 numbers, 9-digit numbers failing the 11-proef, organisational mailboxes, a
 * postcode with a city only, times and counts.
 */
final class PlantedDossiers {
  /** A planted value: its category and span in the dossier text. */
  record Planted(PersonalDataCategory category, int start, int end) {}

  /** One generated dossier. */
  record Dossier(String id, int age, String text, List<Planted> planted) {}

  /** The file listing the planted spans in a written fixture folder. */
  static final String PLANTED_CSV = "planted.csv";

  private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december"};
  private static final String[] FIRST = {"Sanne", "Daan", "Yusuf", "Noor", "Milan", "Fatima",
    "Lars", "Ayla", "Sem", "Ilse", "Mohamed", "Lotte", "Bram", "Zeynep", "Jesse", "Amira"};
  private static final String[] LAST = {"jansen", "devries", "bakker", "visser", "smit", "meijer",
    "elamrani", "yilmaz", "mulder", "deboer", "hendriks", "kaya"};
  private static final String[] STREET_PART = {"Vlinder", "Berken", "Zonnebloem", "Kastanje",
    "Meeuwen", "Lijster", "Wilgen", "Klaproos", "Merel", "Hazelaar", "Tulpen", "Egelantier",
    "Zwaluw", "Akelei", "Reiger", "Lavendel", "Populieren", "Kievit"};
  private static final String[] STREET_SUFFIX = {"straat", "laan", "weg", "plein", "gracht",
    "singel", "kade", "dreef", "hof", "park", "steeg", "dijk", "baan", "pad"};
  private static final String[] STREET_PERSON = {"Lier", "Dorresteijn", "Hoogmoed", "Quarles",
    "Welbergen", "Ruysdael"};
  /** Street names without a street-type suffix: addresses only with their postcode. */
  private static final String[] NO_SUFFIX_STREETS = {"Lindenhoek", "Merelhorst", "Eikenrode",
    "Vinkenburg", "Reigershoeve"};
  private static final String[] CITIES = {"Utrecht", "Nieuwegein", "Zeist", "Houten", "Maarssen",
    "IJsselstein", "De Meern", "Vleuten"};
  private static final String[] BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB",
    "BUNQ"};
  private static final String[] AREA3 = {"010", "020", "030", "033", "035", "040", "050", "070"};
  private static final String[] AREA4 = {"0348", "0318", "0343", "0294", "0346"};

  private static final String[] FILLER = {
    "Gesprek met moeder en leerling op school.",
    "Leerling heeft 16 uur ongeoorloofd verzuim in 4 weken.",
    "Leerling is 3 dagen ziek gemeld.",
    "Afspraak gemaakt met de jeugdarts.",
    "School meldt opnieuw verzuim via het verzuimregister.",
    "Moeder geeft aan dat het thuis onrustig is.",
    "Zorgoverleg op school; afspraken vastgelegd in het OPP.",
    "Leerling komt regelmatig te laat in het eerste uur.",
    "Waarschuwingsbrief verstuurd aan ouders.",
    "Leerling zit sinds de herfstvakantie volledig thuis.",
    "Groep 7 herhaald; overstap naar klas 2 besproken.",
    "Huisbezoek afgelegd; vader was niet thuis.",
    "Halt-verwijzing overwogen maar niet ingezet.",
    "Leerling volgt de basisberoepsgerichte leerweg.",
    "Mentor meldt dat leerling 2 toetsen heeft gemist.",
    "In week 12 was leerling 4 van de 5 dagen aanwezig.",
    "Leerling was onderweg 20 minuten kwijt en kwam te laat.",
    "Gesprek met de intern begeleider over een aangepast rooster.",
    "Vader belt terug; hij is het niet eens met de aanpak.",
    "Leerling vertelt dat hij gepest wordt in de pauze.",
  };

  private final Random random;
  private final StringBuilder text = new StringBuilder();
  private final List<Planted> planted = new ArrayList<>();

  private PlantedDossiers(Random random) {
    this.random = random;
  }

  /** {@code n} dossiers from a seed: the same seed gives the same dossiers. */
  static List<Dossier> generate(int n, long seed) {
    Random random = new Random(seed);
    List<Dossier> out = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      int age = 5 + random.nextInt(13);
      String id = String.format(Locale.ROOT, "p%03d", i);
      PlantedDossiers d = new PlantedDossiers(random);
      d.compose(id, age);
      out.add(new Dossier(id, age, d.text.toString(), List.copyOf(d.planted)));
    }
    return out;
  }

  /**
   * Writes {@code n} dossiers to a folder as {@code <id>.txt} (UTF-8) and lists the planted spans
   * in {@value #PLANTED_CSV} ({@code id,age,category,start,end}; offsets only, no values).
   */
  static List<Dossier> write(Path dir, int n, long seed) {
    List<Dossier> dossiers = generate(n, seed);
    StringBuilder csv = new StringBuilder("id,age,category,start,end\n");
    try {
      Files.createDirectories(dir);
      for (Dossier d : dossiers) {
        Files.writeString(dir.resolve(d.id() + ".txt"), d.text(), StandardCharsets.UTF_8);
        for (Planted p : d.planted()) {
          csv.append(String.format(Locale.ROOT, "%s,%d,%s,%d,%d%n", d.id(), d.age(),
              p.category().key(), p.start(), p.end()));
        }
      }
      Files.writeString(dir.resolve(PLANTED_CSV), csv.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dossiers;
  }

  // ---------------------------------------------------------------- composing

  private void compose(String id, int age) {
    LocalDate birth = childBirthDate(age);
    text.append("LEERPLICHTDOSSIER (fictief, synthetisch testbestand)\n");
    text.append("Casus ").append(id).append(", leeftijd op 01-01-2015: ").append(age).append('\n');
    // Header: a birth date (named or not), and sometimes a BSN and an address.
    text.append("Leerling: ").append(pick(FIRST)).append(' ').append(Character.toUpperCase(pick(LAST).charAt(0))).append('.');
    if (random.nextBoolean()) {
      text.append(pick(new String[] {", geboortedatum: ", ", geb.datum ", ", DOB: ", ", geb. "}));
      plant(PersonalDataCategory.GEBOORTEDATUM, date(birth));
    } else {
      text.append(" (");
      plant(PersonalDataCategory.GEBOORTEDATUM, date(birth));
      text.append(')');
    }
    text.append('\n');
    if (random.nextBoolean()) {
      text.append("BSN: ");
      plant(PersonalDataCategory.BSN, bsn());
      text.append('\n');
    }
    if (random.nextBoolean()) {
      text.append("Adres: ");
      plantAddress(true);
      text.append('\n');
    }
    text.append('\n');

    // The planted sentences (every category at least once) and the decoys, spread over entries.
    List<Runnable> events = new ArrayList<>();
    for (PersonalDataCategory c : PersonalDataCategory.values()) {
      events.add(() -> plantSentence(c, age));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      PersonalDataCategory c = pick(PersonalDataCategory.values());
      events.add(() -> plantSentence(c, age));
    }
    for (int i = 4 + random.nextInt(5); i > 0; i--) {
      events.add(this::decoy);
    }
    Collections.shuffle(events, random);
    int entries = 6 + random.nextInt(7);
    List<LocalDate> dates = meetingDates(entries);
    List<List<Runnable>> perEntry = new ArrayList<>();
    for (int e = 0; e < entries; e++) {
      perEntry.add(new ArrayList<>());
    }
    for (Runnable event : events) {
      perEntry.get(random.nextInt(entries)).add(event);
    }
    for (int e = 0; e < entries; e++) {
      text.append(dmy(dates.get(e))).append(' ').append(pick(FILLER));
      for (Runnable event : perEntry.get(e)) {
        text.append(' ');
        event.run();
      }
      if (random.nextBoolean()) {
        text.append(' ').append(pick(FILLER));
      }
      text.append("\n\n");
    }
    text.append("Einde dossier ").append(id).append(".\n");
  }

  private void plantSentence(PersonalDataCategory category, int age) {
    switch (category) {
      case BSN:
        String[][] bsnTemplates = {
          {"BSN leerling: ", "."},
          {"In de doorgestuurde brief van de SVB staat het BSN van moeder (", ")."},
          {"Burgerservicenummer ", " vermeld op het aanmeldformulier."},
          {"Vader gaf zijn sofinummer door: ", "."},
        };
        String[] n = pick(bsnTemplates);
        say(n[0]);
        plant(category, bsn());
        say(n[1]);
        break;
      case TELEFOON:
        String phone = random.nextBoolean() ? mobile() : landline();
        String[][] phoneTemplates = {
          {"Moeder is bereikbaar op ", "."},
          {"Vader belde vanaf ", " over de afspraak."},
          {"Telefoonnummer oma: ", "."},
          {"Mobiel leerling: ", "."},
          {"Nieuw nummer van moeder is ", ", het oude werkt niet meer."},
          {"Stiefvader (", ") wil teruggebeld worden."},
          {"Tel. ", " (na 17 uur)."},
          {"Moeder belde de school vanaf ", "."},
        };
        String[] t = pick(phoneTemplates);
        say(t[0]);
        plant(category, phone);
        say(t[1]);
        break;
      case EMAIL:
        String[][] mailTemplates = {
          {"Mail moeder: ", "."},
          {"Vader mailde vanaf ", " met een ziekmelding."},
          {"Verslag gestuurd naar ", " (moeder)."},
          {"E-mailadres leerling: ", "."},
        };
        String[] m = pick(mailTemplates);
        say(m[0]);
        plant(category, email());
        say(m[1]);
        break;
      case ADRES:
        String[][] addressTemplates = {
          {"Huisbezoek op ", "."},
          {"Moeder is verhuisd naar ", "."},
          {"Adres vader: ", "."},
          {"Oma woont aan de ", " en vangt leerling soms op."},
        };
        String[] a = pick(addressTemplates);
        say(a[0]);
        plantAddress(!a[0].endsWith("de "));
        say(a[1]);
        break;
      case GEBOORTEDATUM:
        switch (random.nextInt(5)) {
          case 0:
            say("Leerling is geboren op ");
            plant(category, date(childBirthDate(age)));
            say(".");
            break;
          case 1:
            say("Moeder (geb. ");
            plant(category, date(LocalDate.of(1965 + random.nextInt(26), 1, 1).plusDays(random.nextInt(365))));
            say(") werkt in ploegendienst.");
            break;
          case 2:
            say("Broertje geboren ");
            plant(category, date(LocalDate.of(2003 + random.nextInt(12), 1, 1).plusDays(random.nextInt(365))));
            say(", zit op dezelfde school.");
            break;
          case 3:
            say("OPP-kop: " + pick(FIRST) + ", ");
            plant(category, date(childBirthDate(age)));
            say(", uitstroomprofiel vmbo.");
            break;
          default:
            say("Intake leerling (");
            plant(category, date(childBirthDate(age)));
            say(") door de intern begeleider.");
            break;
        }
        break;
      default: // IBAN
        String[][] ibanTemplates = {
          {"Moeder vraagt de boete over te maken van rekening ", "."},
          {"Rekeningnummer vader: ", "."},
          {"Terugbetaling naar ", " t.n.v. de ouders."},
        };
        String[] b = pick(ibanTemplates);
        say(b[0]);
        plant(category, iban());
        say(b[1]);
        break;
    }
  }

  private void decoy() {
    String org = pick(new String[] {"Het Baken", "De Regenboog", "Het Utrechts College",
        "De Wilgenhoek", "Montessorischool Oost"});
    switch (random.nextInt(21)) {
      case 16 -> say("Vergadering op 06-" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12))
          + "-2015 10:30 op school.");
      case 17 -> say("Factuurnummer 2015-" + bsnDigits() + ".");
      case 18 -> say("Informatielijn 0900-" + (1000000 + random.nextInt(9000000)) + " (gemeente).");
      case 19 -> {
        List<LocalDate> period = meetingDates(2);
        say("Periode " + dmy(period.get(0)) + " t/m " + dmy(period.get(1))
            + " besproken, zie ISO-export " + period.get(1) + ".");
      }
      case 20 -> say("De servicedesk is bereikbaar op " + landline() + ".");
      case 0 -> say("Nieuwe afspraak op " + dmy(meetingDates(1).get(0)) + " om "
          + (8 + random.nextInt(9)) + ":" + pick(new String[] {"00", "15", "30", "45"}) + " uur.");
      case 1 -> say("Dossiernr. 2015-0" + (100 + random.nextInt(900)) + ".");
      case 2 -> say("Zie zaaknummer " + (13 + random.nextInt(3)) + "/0" + (100 + random.nextInt(900)) + ".");
      case 3 -> say("Boete van € " + (50 + 10 * random.nextInt(30)) + ",00 opgelegd.");
      case 4 -> say("Begroting jeugdhulp regio: € " + bsnDigits() + ",00 (totaal).");
      case 5 -> say("De school (" + org + ") is bereikbaar via " + landline() + ".");
      case 6 -> say("Receptie " + org + ": " + landline() + ".");
      case 7 -> say("Algemeen nummer Veilig Thuis: 0800-2000.");
      case 8 -> say("Het jeugdteam is bereikbaar via 088-" + (1000000 + random.nextInt(9000000)) + ".");
      case 9 -> say("Kenmerk brief: " + invalidNineDigits() + ".");
      case 10 -> say("Vragen via " + pick(new String[] {"info", "administratie", "leerplicht",
          "receptie", "secretariaat", "noreply"}) + "@" + pick(new String[] {"hetbaken", "utrecht",
          "deregenboog"}) + ".example.nl.");
      case 11 -> say("Postadres school: Postbus " + (1000 + random.nextInt(9000)) + ", "
          + postcode() + " Utrecht.");
      case 12 -> say("Sinds " + dmy(LocalDate.of(2012 + random.nextInt(4), 9, 1))
          + " ingeschreven op " + org + ".");
      case 13 -> say("Algemene nummer van de school is " + landline() + "; moeder wist dat niet.");
      case 14 -> say("Ordernummer " + invalidNineDigits() + " voor de leermiddelen.");
      default -> say("Kosten schoolreis € " + (1 + random.nextInt(2)) + "." + (100 + random.nextInt(900)) + ",-.");
    }
  }

  private void say(String s) {
    text.append(s);
  }

  private void plant(PersonalDataCategory category, String value) {
    int start = text.length();
    text.append(value);
    planted.add(new Planted(category, start, text.length()));
  }

  private void plantAddress(boolean anyForm) {
    String street = street();
    String number = houseNumber();
    int form = anyForm ? random.nextInt(7) : 0;
    switch (form) {
      case 0 -> plant(PersonalDataCategory.ADRES, street + " " + number);
      case 1 -> plant(PersonalDataCategory.ADRES, street + " " + number + ", " + postcode() + " " + pick(CITIES));
      case 2 -> plant(PersonalDataCategory.ADRES, postcode() + " " + (1 + random.nextInt(200)));
      case 3 -> plant(PersonalDataCategory.ADRES, street + " " + number + "\n" + postcode() + " " + pick(CITIES));
      case 5 -> plant(PersonalDataCategory.ADRES, "Laan van " + pick(STREET_PERSON) + " " + number);
      case 6 -> plant(PersonalDataCategory.ADRES, pick(NO_SUFFIX_STREETS) + " " + number + ", " + postcode() + " " + pick(CITIES));
      default -> plant(PersonalDataCategory.ADRES, street + " " + (1 + random.nextInt(300)) + ", " + postcode());
    }
  }

  // ---------------------------------------------------------------- values

  private String street() {
    return switch (random.nextInt(6)) {
      case 0 -> "Van " + pick(STREET_PERSON) + pick(new String[] {"laan", "straat", "kade"});
      case 1 -> "Burgemeester " + pick(STREET_PERSON) + "straat";
      case 2 -> "Nieuwe " + pick(new String[] {"Gracht", "Weg", "Kade"});
      default -> pick(STREET_PART) + pick(STREET_SUFFIX);
    };
  }

  private String houseNumber() {
    int n = 1 + random.nextInt(250);
    return switch (random.nextInt(6)) {
      case 0 -> n + "bis";
      case 1 -> n + "-II";
      case 2 -> n + String.valueOf((char) ('a' + random.nextInt(4)));
      case 3 -> n + " A";
      default -> String.valueOf(n);
    };
  }

  private String postcode() {
    String letters;
    do {
      letters = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    } while (letters.equals("SA") || letters.equals("SD") || letters.equals("SS"));
    return (1000 + random.nextInt(9000)) + (random.nextInt(4) == 0 ? "" : " ") + letters;
  }

  private String bsnDigits() {
    while (true) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 9; i++) {
        s.append(random.nextInt(10));
      }
      if (elfProef(s.toString())) {
        return s.toString();
      }
    }
  }

  private String invalidNineDigits() {
    while (true) {
      String s = String.valueOf(100_000_000 + random.nextInt(900_000_000));
      if (!elfProef(s)) {
        return s;
      }
    }
  }

  /** Written out independently of the detector, so the fixture does not test itself. */
  private static boolean elfProef(String d) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (d.charAt(i) - '0');
    }
    sum -= d.charAt(8) - '0';
    return sum % 11 == 0 && !d.equals("000000000");
  }

  private String bsn() {
    String d = bsnDigits();
    if (d.charAt(0) == '0' && random.nextBoolean()) {
      return d.substring(1); // 8 digits, the leading zero implied
    }
    return switch (random.nextInt(3)) {
      case 0 -> d.substring(0, 4) + "." + d.substring(4, 6) + "." + d.substring(6);
      case 1 -> d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6);
      default -> d;
    };
  }

  private String digits(int n, boolean firstNonZeroOrOne) {
    StringBuilder s = new StringBuilder();
    s.append(firstNonZeroOrOne ? 2 + random.nextInt(8) : random.nextInt(10));
    for (int i = 1; i < n; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  private String mobile() {
    String sub = (1 + random.nextInt(6)) + digits(7, false);
    return switch (random.nextInt(12)) {
      case 9 -> "06." + sub.substring(0, 2) + "." + sub.substring(2, 4) + "." + sub.substring(4, 6) + "." + sub.substring(6);
      case 10 -> "(06) " + sub;
      case 11 -> "+31-6-" + sub;
      case 0 -> "06-" + sub;
      case 1 -> "06 " + sub.substring(0, 4) + " " + sub.substring(4);
      case 2 -> "06" + sub;
      case 3 -> "06 " + sub.substring(0, 2) + " " + sub.substring(2, 4) + " " + sub.substring(4, 6) + " " + sub.substring(6);
      case 4 -> "+31 6 " + sub;
      case 5 -> "+31(0)6 " + sub;
      case 6 -> "+31 (0)6-" + sub;
      case 7 -> "0031 6 " + sub;
      default -> "+316" + sub;
    };
  }

  private String landline() {
    if (random.nextInt(3) == 0) {
      String area = pick(AREA4);
      String sub = digits(6, true);
      return switch (random.nextInt(3)) {
        case 0 -> area + "-" + sub;
        case 1 -> area + " " + sub.substring(0, 2) + " " + sub.substring(2, 4) + " " + sub.substring(4);
        default -> "+31 " + area.substring(1) + " " + sub;
      };
    }
    String area = pick(AREA3);
    String sub = digits(7, true);
    return switch (random.nextInt(6)) {
      case 5 -> area + "." + sub.substring(0, 3) + "." + sub.substring(3, 5) + "." + sub.substring(5);
      case 0 -> area + "-" + sub;
      case 1 -> area + " " + sub.substring(0, 3) + " " + sub.substring(3, 5) + " " + sub.substring(5);
      case 2 -> area + sub;
      case 3 -> "+31 " + area.substring(1) + " " + sub;
      default -> "(" + area + ") " + sub;
    };
  }

  private String email() {
    String first = pick(FIRST).toLowerCase(Locale.ROOT);
    String last = pick(LAST);
    String domain = pick(new String[] {"example.nl", "example.com", "mail.example.nl"});
    return switch (random.nextInt(3)) {
      case 0 -> first + "." + last + "@" + domain;
      case 1 -> first.charAt(0) + "." + last + (1965 + random.nextInt(30)) + "@" + domain;
      default -> first + "_" + last + "@" + domain;
    };
  }

  private String iban() {
    String country;
    String bban;
    switch (random.nextInt(6)) {
      case 0 -> {
        country = "BE";
        bban = digits(12, false);
      }
      case 1 -> {
        country = "DE";
        bban = digits(18, false);
      }
      default -> {
        country = "NL";
        bban = pick(BANKS) + digits(10, false);
      }
    }
    StringBuilder numeric = new StringBuilder();
    for (char c : (bban + country + "00").toCharArray()) {
      numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
    String iban = country + String.format(Locale.ROOT, "%02d", check) + bban;
    if (random.nextBoolean()) {
      return iban;
    }
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      if (i > 0) {
        grouped.append(' ');
      }
      grouped.append(iban, i, Math.min(iban.length(), i + 4));
    }
    return grouped.toString();
  }

  /** Born after 01-01-(2015 − age − 1) and on or before 01-01-(2015 − age): age on 01-01-2015. */
  private LocalDate childBirthDate(int age) {
    LocalDate latest = LocalDate.of(2015 - age, 1, 1);
    return latest.minusDays(random.nextInt(365));
  }

  private String date(LocalDate d) {
    return switch (random.nextInt(5)) {
      case 0 -> dmy(d);
      case 1 -> String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      case 2 -> d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
      case 3 -> String.format(Locale.ROOT, "%d-%d-%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100);
      default -> String.format(Locale.ROOT, "%d-%d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    };
  }

  private static String dmy(LocalDate d) {
    return String.format(Locale.ROOT, "%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  /** Distinct working days from September 2014 to June 2016, in order. */
  private List<LocalDate> meetingDates(int n) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    LocalDate first = LocalDate.of(2014, 9, 1);
    while (dates.size() < n) {
      LocalDate d = first.plusDays(random.nextInt(640));
      if (d.getDayOfWeek().getValue() <= 5) {
        dates.add(d);
      }
    }
    return new ArrayList<>(dates);
  }

  private <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }
}
