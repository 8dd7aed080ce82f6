package org.dossiercoder.synth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Composes an ontwikkelingsperspectiefplan: the six domain headings, each with its
 * belemmerende factoren, bevorderende factoren and ondersteuningsbehoefte lines.
 */
final class OppComposer {

  static final List<String> HEADINGS =
      List.of(
          "Cognitieve en didactische ontwikkeling",
          "Werkhouding",
          "Gedrag, sociaal-emotionele ontwikkeling en zelfredzaamheid",
          "Gezondheid",
          "Veiligheid en verzuim",
          "Thuissituatie en vrije tijd");

  private static final Map<String, String> SCHOOLTYPE_TEXT =
      Map.of(
          "basisonderwijs", "basisonderwijs, groep 8",
          "pro_vso", "praktijkonderwijs / voortgezet speciaal onderwijs",
          "vmbo_bb", "vmbo, basisberoepsgerichte leerweg",
          "vmbo_kb", "vmbo, kaderberoepsgerichte leerweg",
          "vmbo_gl", "vmbo, gemengde leerweg",
          "vmbo_tl", "vmbo, theoretische leerweg",
          "havo", "havo",
          "vwo", "vwo",
          "mbo", "mbo",
          "geen", "op dit moment niet ingeschreven; laatst voortgezet onderwijs");

  private static final Map<String, String> UITSTROOM =
      Map.of(
          "basisonderwijs", "vmbo kaderberoepsgerichte leerweg",
          "pro_vso", "arbeidsmarktgericht",
          "vmbo_bb", "mbo niveau 2",
          "vmbo_kb", "mbo niveau 3",
          "vmbo_gl", "mbo niveau 4",
          "vmbo_tl", "havo of mbo niveau 4",
          "havo", "hbo",
          "vwo", "wo",
          "mbo", "arbeidsmarkt",
          "geen", "mbo niveau 2");

  /** Per heading: belemmerende factoren, bevorderende factoren, ondersteuningsbehoefte. */
  private static final List<List<List<String>>> PHRASES =
      List.of(
          List.of(
              List.of(
                  "leerachterstand bij rekenen en begrijpend lezen",
                  "dyslexie vastgesteld; langzaam leestempo",
                  "moeite met de Nederlandse taal",
                  "achterstand door langdurig verzuim",
                  "beperkt leervermogen; heeft herhaling nodig"),
              List.of(
                  "goed in praktische vakken",
                  "leert goed van voorbeelden",
                  "sterk in mondelinge opdrachten",
                  "nieuwsgierig en leergierig bij onderwerpen die {hem} aanspreken"),
              List.of(
                  "remedial teaching voor rekenen",
                  "extra tijd bij toetsen en gebruik van voorleessoftware",
                  "inhaalprogramma voor gemiste lesstof",
                  "instructie in een kleine groep")),
          List.of(
              List.of(
                  "weinig motivatie; huiswerk vaak niet af",
                  "concentratieproblemen, raakt snel afgeleid",
                  "moeite met plannen en organiseren",
                  "werkt onzelfstandig en wacht af"),
              List.of(
                  "werkt goed bij duidelijke opdrachten",
                  "doet {zijn} best wanneer {hij} persoonlijke aandacht krijgt",
                  "kan goed samenwerken in een klein groepje"),
              List.of(
                  "wekelijkse planningsgesprekken met {school}",
                  "huiswerkbegeleiding op school",
                  "opdrachten in kleine stappen met directe feedback")),
          List.of(
              List.of(
                  "faalangst; vermijdt toetsen en presentaties",
                  "oppositioneel gedrag naar docenten",
                  "teruggetrokken, weinig contact met klasgenoten",
                  "laag zelfbeeld",
                  "is gepest en voelt zich onveilig in de klas"),
              List.of(
                  "open in een-op-eengesprekken",
                  "behulpzaam naar medeleerlingen",
                  "heeft een goede band met {school}"),
              List.of(
                  "faalangstreductietraining",
                  "sociale vaardigheidstraining",
                  "vast aanspreekpunt op school",
                  "een rustige plek in de pauzes")),
          List.of(
              List.of(
                  "regelmatig hoofdpijn en buikpijn",
                  "verstoord dag-nachtritme en vermoeidheid",
                  "angstklachten, in behandeling bij de GGZ",
                  "somberheidsklachten"),
              List.of(
                  "sport graag en beweegt veel",
                  "staat open voor begeleiding door de jeugdarts"),
              List.of(
                  "afstemming met de jeugdarts over belastbaarheid",
                  "rustige opbouw van het aantal lesuren",
                  "afspraken over ziekmelden en terugkeer")),
          List.of(
              List.of(
                  "veel ongeoorloofd verzuim, vooral de eerste uren",
                  "langdurig thuiszitten",
                  "vaak te laat",
                  "verzuimt bij toetsen"),
              List.of(
                  "komt afspraken met leerplicht meestal na",
                  "wil zelf graag een diploma halen",
                  "{ouder} is bereikbaar voor school"),
              List.of(
                  "dagelijkse verzuimregistratie en snelle terugkoppeling naar thuis",
                  "aangepast rooster met opbouwschema",
                  "vaste contactpersoon voor verzuim",
                  "terugkeerplan met leerplicht en school")),
          List.of(
              List.of(
                  "spanningen thuis door een scheiding",
                  "weinig structuur en toezicht thuis",
                  "financiële zorgen in het gezin",
                  "{ouder} is langdurig ziek",
                  "gamet tot laat in de avond"),
              List.of(
                  "betrokken familie",
                  "sportvereniging als positieve vrijetijdsbesteding",
                  "{ouder} wil graag meewerken"),
              List.of(
                  "opvoedondersteuning via het buurtteam",
                  "vaste afspraken over bedtijd en schermgebruik",
                  "begeleiding van het gezin door een gezinscoach")));

  private final CaseProfile profile;
  private final Random random;
  private final Templates templates;

  private OppComposer(CaseProfile profile, Random random) {
    this.profile = profile;
    this.random = random;
    this.templates = new Templates(profile, random);
  }

  static String compose(CaseProfile profile, Random random) {
    return new OppComposer(profile, random).compose();
  }

  private String compose() {
    Set<Integer> problems = problemDomains();
    StringBuilder sb = new StringBuilder(2048);
    sb.append("Ontwikkelingsperspectiefplan (OPP)\n");
    sb.append("Schooljaar 2014-2015\n");
    sb.append("Onderwijs: ").append(SCHOOLTYPE_TEXT.get(profile.schooltype())).append('\n');
    sb.append("Verwacht uitstroomprofiel: ").append(UITSTROOM.get(profile.schooltype()));
    sb.append('\n');
    sb.append(templates.fill("Opgesteld door {school}, besproken met {ouder} en de leerling."));
    sb.append('\n');
    for (int d = 0; d < HEADINGS.size(); d++) {
      List<List<String>> phrases = PHRASES.get(d);
      boolean problem = problems.contains(d);
      sb.append('\n').append(HEADINGS.get(d)).append('\n');
      sb.append("Belemmerende factoren: ")
          .append(problem ? some(phrases.get(0), 1, 2) : "Geen bijzonderheden.")
          .append('\n');
      sb.append("Bevorderende factoren: ").append(some(phrases.get(1), 1, 2)).append('\n');
      sb.append("Ondersteuningsbehoefte: ")
          .append(problem ? some(phrases.get(2), 1, 2) : "Geen extra ondersteuning nodig.")
          .append('\n');
    }
    sb.append("\nEvaluatie: het OPP wordt elk half jaar met de leerling en ouders besproken.\n");
    return sb.toString();
  }

  /** Domains with a problem follow the case's risk factors; absence is always one. */
  private Set<Integer> problemDomains() {
    Set<Integer> domains = new LinkedHashSet<>();
    for (String risk : profile.risks()) {
      switch (risk) {
        case "niveau":
          domains.add(0);
          break;
        case "studiehouding":
          domains.add(1);
          break;
        case "gedrag":
          domains.add(2);
          break;
        case "persoonlijk":
          boolean health = random.nextBoolean();
          domains.add(health ? 3 : 5);
          if (random.nextDouble() < 0.4) {
            domains.add(health ? 5 : 3);
          }
          break;
        default:
          break; // loopbaan factors have no OPP domain of their own
      }
    }
    domains.add(4);
    return domains;
  }

  /** Between min and max distinct phrases, joined with semicolons, ending with a full stop. */
  private String some(List<String> phrases, int min, int max) {
    List<String> pool = new ArrayList<>(phrases);
    CaseSampler.shuffle(pool, random);
    int count = Math.min(pool.size(), min + random.nextInt(max - min + 1));
    List<String> chosen = new ArrayList<>();
    for (String phrase : pool.subList(0, count)) {
      chosen.add(templates.fill(phrase));
    }
    return Templates.capitalize(String.join("; ", chosen)) + ".";
  }
}
