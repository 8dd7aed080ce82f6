package org.dossiercoder.synth;

import java.util.List;
import java.util.Map;

/**
 * Dutch sentence templates for synthetic leerplicht journals. People appear only by role; no
 * template holds a name, address, number that identifies someone, or a date (dates belong to the
 * entry heads, and a date inside a sentence would look like a new entry once a PDF is wrapped).
 *
 * <p>Placeholders, filled by {@link Templates}: {hij}/{Hij}, {zijn}/{Zijn}, {hem} (the pupil by
 * sex), {ouder}/{Ouder} (the parent in contact), {school}/{School} (a school role), {lesuren},
 * {uren}, {dagen}, {weken}, {keer}, {meldinguren} (amounts with their unit).
 */
final class PhraseBank {

  private PhraseBank() {}

  /** Risk categories, the top-level codes of the risicoprofiel codebook. */
  static final List<String> RISKS =
      List.of("gedrag", "persoonlijk", "studiehouding", "niveau", "loopbaan", "loopbaan_extern");

  /** Intervention types of the interventie codebook. */
  static final List<String> INTERVENTIONS =
      List.of("procedureel", "sanctionerend", "onderwijsondersteunend", "hulpondersteunend");

  /** Parties of the partij codebook other than school, which every case has. */
  static final List<String> PARTIES =
      List.of("samenwerkingsverband", "buurtteam", "andere_professional", "ouders", "netwerk");

  static final List<String> MELDING =
      List.of(
          "Melding ontvangen via het verzuimloket van DUO: {meldinguren} ongeoorloofd verzuim"
              + " in vier aaneengesloten lesweken.",
          "Verzuimmelding van school ontvangen; de leerling heeft {dagen} ongeoorloofd verzuimd.",
          "Melding zorgwekend ziekteverzuim ontvangen van {school}.",
          "Signaal van {school} over regelmatig te laat komen en spijbelen van losse lessen.",
          "Melding van {school}: de leerling is al enige tijd niet meer in de lessen verschenen.",
          "Nieuwe verzuimmelding binnengekomen; {meldinguren} verzuim geregistreerd, waarvan"
              + " het grootste deel ongeoorloofd.");

  /** Entry heads: what happened on the day of the entry. */
  static final List<String> HEADS =
      List.of(
          "Gesprek op school met de leerling, {ouder} en {school}.",
          "Telefonisch contact met {ouder} over het verzuim.",
          "Huisbezoek afgelegd samen met {school}; {ouder} en de leerling waren thuis.",
          "Leerling en {ouder} opgeroepen voor een gesprek op het leerplichtspreekuur.",
          "Overleg met {school} over de stand van zaken.",
          "Zorgoverleg op school met {school}, de jeugdarts en leerplicht.",
          "E-mail ontvangen van {school} met een update over de aanwezigheid.",
          "Gesprek met de leerling alleen, op school.",
          "{Ouder} belt zelf naar leerplicht om het verzuim toe te lichten.",
          "Uitnodiging voor een gesprek verstuurd; {ouder} en de leerling zijn niet verschenen.",
          "Telefonisch overleg met {school} na de eerste lesweek.",
          "Verzuimoverzicht van school opgevraagd en doorgenomen.",
          "Vervolggesprek op het stadskantoor met de leerling en {ouder}.",
          "Kort contact met {school} tijdens het spreekuur op school.");

  /** Absence statements by level: none (attending), light (lessons), medium (days), heavy. */
  static final Map<String, List<String>> ABSENCE =
      Map.of(
          "aanwezig",
          List.of(
              "De leerling is de afgelopen weken volledig aanwezig geweest.",
              "Geen nieuw verzuim gemeld sinds het vorige contact.",
              "{Hij} gaat weer dagelijks naar school en houdt zich aan het rooster.",
              "Volgens {school} is de aanwezigheid sterk verbeterd en komt {hij} op tijd.",
              "De verzuimregistratie laat sinds het vorige gesprek geen afwezigheid meer zien."),
          "licht",
          List.of(
              "De leerling heeft de afgelopen twee weken {lesuren} gemist, vooral de eerste uren.",
              "De verzuimregistratie van school laat {lesuren} ongeoorloofd verzuim zien, vooral"
                  + " op maandag.",
              "{Hij} komt regelmatig te laat binnen; deze maand is {hij} {keer} te laat gekomen.",
              "Er is sprake van spijbelen van losse lessen: {lesuren} in de afgelopen periode.",
              "{Hij} meldt zich regelmatig ziek voor enkele lesuren en gaat dan naar huis.",
              "Sinds de vorige afspraak {lesuren} verzuim, waarvan een deel geoorloofd.",
              "{Hij} mist vooral de lessen aan het eind van de dag; in totaal {uren}."),
          "matig",
          List.of(
              "De leerling is de afgelopen maand {dagen} niet op school geweest.",
              "{Hij} is {dagen} ziek gemeld door {ouder}; school twijfelt aan de ziekmeldingen.",
              "Het verzuim is opgelopen tot {dagen} ongeoorloofd in de afgelopen periode.",
              "School meldt {dagen} afwezigheid zonder bericht van thuis.",
              "Na een korte periode van aanwezigheid opnieuw {dagen} verzuim.",
              "{Hij} blijft steeds vaker hele dagen thuis, deze maand {dagen}."),
          "zwaar",
          List.of(
              "De leerling is al {weken} volledig thuis en komt niet meer op school.",
              "{Hij} is al {weken} niet meer op school geweest; er is sprake van langdurig verzuim.",
              "Thuiszittersituatie: de leerling volgt al {weken} geen onderwijs.",
              "Het verzuim is opgelopen tot {weken} aaneengesloten afwezigheid.",
              "{Hij} heeft de afgelopen {weken} vrijwel alle lessen gemist."));

  /** Statements that a risk factor is present. */
  static final Map<String, List<String>> RISK_PRESENT =
      Map.of(
          "gedrag",
          List.of(
              "{Hij} gedraagt zich in de klas oppositioneel en heeft moeite met gezag.",
              "School meldt meerdere incidenten waarbij {hij} boos en agressief reageerde.",
              "{Hij} wordt volgens {ouder} al langere tijd gepest in de klas.",
              "{Hij} is stil en teruggetrokken en maakt weinig contact met klasgenoten.",
              "Er is sprake van faalangst; {hij} vermijdt toetsen en presentaties.",
              "Na een conflict met een docent is {hij} geschorst.",
              "{Hij} is snel beïnvloedbaar door vrienden van buiten school.",
              "{Hij} heeft een laag zelfbeeld en kan slecht tegen kritiek."),
          "persoonlijk",
          List.of(
              "{Ouder} vertelt dat de ouders in scheiding liggen en dat er thuis veel spanning is.",
              "Er is thuis weinig structuur; {hij} gaat laat naar bed en heeft een verstoord"
                  + " dag-nachtritme.",
              "{Hij} heeft last van migraine en buikpijnklachten en blijft daarom vaak thuis.",
              "Volgens {ouder} heeft {hij} angstklachten en durft {hij} het schoolgebouw niet in.",
              "{Ouder} is zelf langdurig ziek en kan weinig sturing geven.",
              "Er zijn financiële problemen in het gezin; er is sprake van schulden.",
              "{Hij} gamet tot diep in de nacht en is overdag moe.",
              "Er is sprake van pedagogische onmacht; {ouder} krijgt {hem} 's ochtends niet uit"
                  + " bed.",
              "{Hij} is vaak moe en klaagt over slaapproblemen.",
              "{Hij} heeft somberheidsklachten en trekt zich thuis terug op {zijn} kamer."),
          "studiehouding",
          List.of(
              "{Hij} is weinig gemotiveerd en maakt {zijn} huiswerk zelden af.",
              "{School} ziet concentratieproblemen; {hij} haakt snel af tijdens de les.",
              "{Hij} heeft moeite met plannen en raakt het overzicht over {zijn} schoolwerk kwijt.",
              "{Hij} werkt onzelfstandig en heeft veel sturing nodig om aan de slag te gaan.",
              "Huiswerk is vaak niet in orde en opdrachten worden niet ingeleverd.",
              "{Hij} geeft snel op als een opdracht niet meteen lukt."),
          "niveau",
          List.of(
              "Er zijn flinke leerachterstanden bij rekenen en begrijpend lezen.",
              "Bij {hem} is dyslexie vastgesteld; {hij} loopt achter met spelling.",
              "School geeft aan dat het huidige niveau te hoog lijkt; afstroom wordt besproken.",
              "{Hij} heeft moeite met de Nederlandse taal en begrijpt de lesstof niet altijd.",
              "Uit onderzoek blijkt een beperkt leervermogen; {hij} heeft extra uitleg nodig.",
              "{Hij} heeft een achterstand opgelopen door het verzuim en haalt die niet in."),
          "loopbaan",
          List.of(
              "{Hij} twijfelt over {zijn} opleidingskeuze en zegt dat de opleiding niet bij {hem}"
                  + " past.",
              "De overstap van de basisschool naar het voortgezet onderwijs is {hem} zwaar"
                  + " gevallen.",
              "Na de overstap naar een nieuwe school is {hij} nog niet gewend en voelt {hij} zich"
                  + " er niet thuis.",
              "{Hij} weet niet welke vervolgopleiding {hij} wil doen en ervaart keuzestress.",
              "Na afstroom naar een lager niveau heeft {hij} moeite om {zijn} draai te vinden."),
          "loopbaan_extern",
          List.of(
              "De inschrijving bij de nieuwe school is nog niet rond; {hij} staat op een"
                  + " wachtlijst.",
              "Na een verhuizing is {hij} nog niet ingeschreven op een school in de regio.",
              "Het leerlingenvervoer is geweigerd, waardoor {hij} de school moeilijk kan bereiken.",
              "De aanvraag voor een toelaatbaarheidsverklaring loopt nog; tot die tijd is er geen"
                  + " passende plek.",
              "De ontvangende school kan {hem} pas na de zomervakantie plaatsen.",
              "Geen enkele school in de buurt wil {hem} op dit moment inschrijven."));

  /** Statements that a risk factor is absent; they must not make the code hold. */
  static final Map<String, List<String>> RISK_DENIED =
      Map.of(
          "gedrag",
          List.of(
              "Geen aanwijzingen voor gedragsproblemen in de klas.",
              "Er is geen sprake van pesten volgens {school}.",
              "School ziet geen agressief of grensoverschrijdend gedrag."),
          "persoonlijk",
          List.of(
              "Geen aanwijzingen voor problemen in de thuissituatie.",
              "Er is geen sprake van medische klachten volgens de jeugdarts.",
              "{Ouder} geeft aan dat er thuis geen problemen zijn.",
              "Geen signalen van middelengebruik."),
          "studiehouding",
          List.of(
              "{School} ziet geen motivatieproblemen; {hij} doet goed mee in de les.",
              "Geen aanwijzingen voor concentratieproblemen."),
          "niveau",
          List.of(
              "Er zijn geen leerachterstanden; de cijfers zijn voldoende.",
              "Geen aanwijzingen voor dyslexie of dyscalculie."),
          "loopbaan",
          List.of(
              "Er is geen sprake van twijfel over de opleidingskeuze.",
              "{Hij} is niet ontevreden over de school of de opleiding."),
          "loopbaan_extern",
          List.of(
              "De inschrijving is in orde; er zijn geen problemen met plaatsing.",
              "Er is geen sprake van een wachtlijst."));

  /** Interventions that were carried out. */
  static final Map<String, List<String>> INTERVENTION =
      Map.of(
          "procedureel",
          List.of(
              "Casus ingebracht in het zorgadviesteam; afgesproken dat leerplicht de regie houdt.",
              "Afspraken vastgelegd over wie wat doet; evaluatie over zes weken.",
              "Leerling aangemeld bij het samenwerkingsverband voor een TLV-aanvraag.",
              "Evaluatiegesprek gehouden met alle betrokkenen.",
              "Multidisciplinair overleg gepland om de aanpak af te stemmen.",
              "Het plan van aanpak is met school en {ouder} doorgenomen en ondertekend."),
          "sanctionerend",
          List.of(
              "Officiële waarschuwing gegeven aan de leerling en {ouder}.",
              "Aangekondigd dat bij aanhoudend verzuim een proces-verbaal wordt opgemaakt.",
              "Proces-verbaal opgemaakt wegens ongeoorloofd verzuim.",
              "De leerling is doorverwezen naar HALT voor een leerstraf.",
              "Schriftelijke waarschuwing verstuurd naar {ouder} en de leerling.",
              "Proces-verbaal opgemaakt; de zaak is doorgestuurd naar het Openbaar Ministerie."),
          "onderwijsondersteunend",
          List.of(
              "Met school is een aangepast rooster afgesproken met een opbouwschema.",
              "{Hij} krijgt huiswerkbegeleiding en remedial teaching op school.",
              "Plaatsing op de reboundvoorziening is geregeld voor de komende periode.",
              "Er is gestart met individueel voortgezet onderwijs in een kleine groep.",
              "Overstap naar een andere school is in gang gezet.",
              "School biedt maatwerk: {hij} volgt een deel van de lessen op het OPDC."),
          "hulpondersteunend",
          List.of(
              "Doorverwezen naar de jeugdarts voor een beoordeling van het ziekteverzuim.",
              "Het buurtteam is ingezet voor opvoedondersteuning aan {ouder}.",
              "{Hij} is aangemeld bij de GGZ voor behandeling van {zijn} klachten.",
              "Een gezinscoach is gestart om {ouder} te ondersteunen bij structuur thuis.",
              "Gezin doorverwezen naar schuldhulpverlening.",
              "Jeugdhulp is ingezet; er is een vaste hulpverlener betrokken."));

  /** Actions only considered or conditional; they must not count as interventions. */
  static final List<String> HYPOTHETICAL =
      List.of(
          "Indien het verzuim aanhoudt, wordt overwogen om het buurtteam in te schakelen.",
          "Mocht de situatie niet verbeteren, dan volgt een nieuw zorgoverleg.",
          "School overweegt een aangepast rooster als de aanwezigheid niet verbetert.",
          "Als {hij} de afspraken niet nakomt, kan een proces-verbaal volgen.",
          "Mogelijk wordt later een aanvraag bij het samenwerkingsverband gedaan.");

  /** Sentences showing that a party is actively involved. */
  static final Map<String, List<String>> PARTY =
      Map.of(
          "school",
          List.of(
              "{School} houdt het verzuim dagelijks bij en koppelt dit wekelijks terug.",
              "{School} heeft een gesprek gehad met de leerling over de afspraken.",
              "{School} stuurt een overzicht van de gemiste lessen."),
          "samenwerkingsverband",
          List.of(
              "De trajectbegeleider van het samenwerkingsverband denkt mee over een passende"
                  + " plek.",
              "Het loket van het samenwerkingsverband beoordeelt de aanvraag voor een"
                  + " arrangement.",
              "De consulent van het samenwerkingsverband schuift aan bij het overleg."),
          "buurtteam",
          List.of(
              "De buurtteammedewerker heeft een eerste gesprek met het gezin gehad.",
              "Het buurtteam begeleidt het gezin inmiddels wekelijks.",
              "Afstemming met de medewerker van het buurtteam over de taakverdeling."),
          "andere_professional",
          List.of(
              "Na toestemming van {ouder} contact gehad met de huisarts.",
              "De wijkagent is op de hoogte gebracht van de situatie.",
              "Veilig Thuis is geconsulteerd over de zorgen in het gezin.",
              "De jeugdreclassering is betrokken na een politiecontact.",
              "Afstemming met de behandelaar van de GGZ over de opbouw naar school.",
              "De jeugdarts heeft de leerling gezien en adviseert een rustige opbouw."),
          "ouders",
          List.of(
              "{Ouder} werkt goed mee en houdt contact met school.",
              "{Ouder} heeft afspraken gemaakt met {school} over ziekmeldingen.",
              "{Ouder} belt school voortaan dezelfde ochtend als de leerling niet gaat."),
          "netwerk",
          List.of(
              "Oma ondersteunt het gezin en brengt de leerling 's ochtends naar school.",
              "Een oudere broer helpt {hem} met plannen en huiswerk.",
              "De trainer van de sportvereniging is betrokken en motiveert {hem}.",
              "Een tante vangt {hem} na schooltijd op."));

  /** Neutral administrative sentences and the pupil's own voice. */
  static final List<String> ADMIN =
      List.of(
          "Verslag van het gesprek gedeeld met school.",
          "Dossier bijgewerkt en vervolgafspraak ingepland.",
          "Terugkoppeling gegeven aan {school}.",
          "Afgesproken om over twee weken opnieuw contact te hebben.",
          "De leerling zegt zelf graag weer naar school te willen.",
          "De leerling zegt dat {hij} het op school niet naar {zijn} zin heeft.",
          "{Hij} geeft aan dat {hij} wil meewerken aan een oplossing.",
          "De afspraken van het vorige gesprek zijn nagelopen.",
          "Het gesprek verliep rustig; iedereen kwam aan het woord.",
          "{Ouder} en de leerling zijn uitgelegd wat de leerplichtwet van hen vraagt.");

  static final List<String> CLOSING_OPEN =
      List.of(
          "Dossier blijft open; vervolgafspraak over zes weken.",
          "Het traject loopt door in het nieuwe schooljaar.",
          "Casus loopt door; volgende evaluatie na de vakantie.");

  static final List<String> CLOSING_DONE =
      List.of(
          "Dossier gesloten: de leerling gaat weer volledig naar school.",
          "Zaak afgesloten na een positieve evaluatie; school blijft het verzuim volgen.",
          "Dossier afgesloten; de leerling is ingeschreven op een nieuwe school en volgt daar de"
              + " lessen.");
}
