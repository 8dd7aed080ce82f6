package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossiercoder.codebook.MatchContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled trigger list on sentences of the kinds a careful coder reads as not counting. */
class BundledTriggersTest {
  static ContextClassifier classifier;

  @BeforeAll
  static void load() throws Exception {
    classifier = new ContextClassifier(ContextTriggers.load(Path.of("codebooks", "lexicon")));
  }

  /** A trigger listed twice is matched twice and hides that an edit meant something else. */
  @Test
  void listsNoTriggerTwice() throws Exception {
    Set<List<Object>> seen = new HashSet<>();
    List<Integer> twice = ContextTriggers.load(Path.of("codebooks", "lexicon")).triggers().stream()
        .filter(t -> !seen.add(List.of(t.tokens(), t.type(), t.direction())))
        .map(ContextTriggers.Trigger::line)
        .toList();
    assertEquals(List.of(), twice, "lines of context-triggers.txt that repeat an earlier trigger");
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Alcoholgebruik is niet uit te sluiten, lln ontkent.              | Alcoholgebruik | HYPOTHETICAL
      Besproken is of het opmaken van een proces-verbaal aangewezen is. | proces-verbaal | HYPOTHETICAL
      Als de buikpijn blijft, gaan ouders met hem naar de jeugdarts.   | jeugdarts      | HYPOTHETICAL
      BT vraagt jeugdhulp aan als de gesprekken met moeder niet genoeg zijn. | jeugdhulp | HYPOTHETICAL
      De huisarts kan worden ingeschakeld als het aanhoudt.            | huisarts       | HYPOTHETICAL
      Lln ervaart de afstroom als een vernedering en blijft daar boos over. | afstroom  | AFFIRMED
      Lln ruikt regelmatig naar wiet als hij na de pauze terugkomt.     | wiet           | AFFIRMED
      OPDC: als ze er is, werkt ze goed mee, kort lontje blijft.        | kort lontje    | AFFIRMED
      School heeft een plaatsing in de reboundvoorziening voorgesteld; | reboundvoorziening | HYPOTHETICAL
      Consulent heeft ambulante begeleiding voor het gezin aangeboden; | ambulante begeleiding | HYPOTHETICAL
      Aanbod van vrijwillige hulp: door vader geweigerd.               | hulp           | HYPOTHETICAL
      In beginsel wordt bezien of een proces-verbaal aangewezen is.   | proces-verbaal | HYPOTHETICAL
      Ter info: de LPA heeft vandaag een schriftelijke waarschuwing gestuurd. | waarschuwing | AFFIRMED
      LPA ter info gemaild.                                            | LPA            | NEGATED
      Ouders verklaarden dat lln. 's nachts niet slaapt, hoofdpijn heeft en bang is buiten te komen. | hoofdpijn | AFFIRMED
      Een PV ligt in deze fase wat mij betreft niet voor de hand.      | PV             | NEGATED
      De HALT-verwijzing is niet meer nodig gebleken.                  | HALT-verwijzing | NEGATED
      Overwogen is een overstap naar een andere school.                | overstap       | HYPOTHETICAL
      Een onafhankelijke jeugdarts ingeschakeld om ziekte uit te sluiten. | jeugdarts   | AFFIRMED
      Een rooster op maat willen we wel overwegen.                     | rooster op maat | HYPOTHETICAL
      Vanaf het nieuwe schooljaar: aangepast rooster.                  | aangepast rooster | HYPOTHETICAL
      Een PV wegens het niet nakomen van de leerplicht is opgemaakt.   | PV             | AFFIRMED
      Als hij zich niet aan afspraken gaat houden zal LPA een proces-verbaal opmaken. | proces-verbaal | HYPOTHETICAL
      De GGD-arts had zich afgemeld en is verder niet betrokken geweest. | GGD-arts     | NEGATED
      De leerplichtconsulent is uitgenodigd maar sluit niet aan.       | leerplichtconsulent | NEGATED
      Het wijkteam hoeft er voorlopig niet bij betrokken te worden.    | wijkteam       | NEGATED
      Van drugsgebruik is op school niets gebleken.                    | drugsgebruik   | NEGATED
      Hij is nooit betrokken geweest bij vechtpartijen.                | vechtpartijen  | NEGATED
      Lln is niet betrokken geweest bij de vechtpartij op het plein.   | vechtpartij    | NEGATED
      De fysiotherapeut is niet betrokken bij de begeleiding.          | fysiotherapeut | NEGATED
      Lln is betrokken bij een vechtpartij op het plein.               | vechtpartij    | AFFIRMED
      Dyscalculie is vorig jaar getest maar niet vastgesteld.          | Dyscalculie    | NEGATED
      Ouders vroegen of een RT-traject mogelijk is.                    | RT-traject     | HYPOTHETICAL
      Bij uitblijven van verbetering volgt een HALT-verwijzing.        | HALT-verwijzing | HYPOTHETICAL
      Volgende stap: aanmelding bij het buurtteam.                     | buurtteam      | HYPOTHETICAL
      Het meisje dat haar uitschold is twee dagen geschorst.           | geschorst      | OTHER_PERSON
      Halt is betrokken bij haar broer, bij lln niet.                  | Halt           | OTHER_PERSON
      Een angststoornis kan niet worden uitgesloten.                   | angststoornis  | HYPOTHETICAL
      Een plaatsing op het OPDC wordt pas bekeken als hij weer komt.   | OPDC           | HYPOTHETICAL
      De mentor zal het wijkteam vragen om aan te sluiten.             | wijkteam       | HYPOTHETICAL
      Het wijkteam laat weten dat zij niet kunnen aansluiten.          | wijkteam       | NEGATED
      Jeugdarts uitgenodigd, niet gereageerd.                          | Jeugdarts      | NEGATED
      De jongens die hem uitschelden zijn geschorst.                   | geschorst      | OTHER_PERSON
      Lln is geschorst na een vechtpartij.                             | geschorst      | AFFIRMED
      Op de vraag of er gepest wordt antwoordt hij ontkennend.         | gepest         | NEGATED
      Naar gedragsproblemen gevraagd antwoordt moeder ontkennend.      | gedragsproblemen | NEGATED
      Gevraagd naar alcoholgebruik: 'nee, nooit'.                      | alcoholgebruik | HYPOTHETICAL
      Bij aanhoudende hoofdpijn volgt een verwijzing naar de huisarts. | huisarts       | HYPOTHETICAL
      Een plaatsing in het praktijkonderwijs is geen optie.            | praktijkonderwijs | NEGATED
      Een verwijzing naar de GGZ zal worden besproken met moeder.      | GGZ            | HYPOTHETICAL
      Overwogen wordt een HALT-verwijzing te doen.                     | HALT           | HYPOTHETICAL
      Een schorsing is in deze situatie niet passend.                  | schorsing      | NEGATED
      Faalangst speelt volgens de mentor geen rol.                     | Faalangst      | NEGATED
      Een TLV wordt op dit moment niet aangevraagd.                    | TLV            | NEGATED
      Reageert fel als hij aangesproken wordt, maakt geen huiswerk.    | huiswerk       | NEGATED
      De ziekte van oma houdt het gezin bezig.                         | ziekte         | OTHER_PERSON
      Zo nodig wordt de jeugdarts ingeschakeld.                        | jeugdarts      | HYPOTHETICAL
      Het wijkteam is aangesloten bij het overleg.                     | wijkteam       | AFFIRMED
      Afwezig: de jeugdarts en de consulent van het SWV.               | jeugdarts      | NEGATED
      Lln was drie dagen afwezig, de jeugdarts is ingeschakeld.        | jeugdarts      | AFFIRMED
      Aanwezig: mentor, jeugdarts, LPA.                                | jeugdarts      | AFFIRMED
      Hij blowt niet, zegt hij zelf.                                   | blowt          | NEGATED
      Lln spijbelt nooit volgens moeder.                               | spijbelt       | NEGATED
      Hij spijbelt niet meer sinds de zomer.                           | spijbelt       | AFFIRMED
      Moeder wil geen hulp van buiten (gezinscoach, buurtteam).        | buurtteam      | NEGATED
      Geen aanwijzingen voor pesten, drugs of problemen thuis.         | drugs          | NEGATED
      Ze heeft zich nog niet aangemeld voor het mbo, twijfelt tussen verzorgende en kapper. | twijfelt | AFFIRMED
      Doet geen sport meer, zit veel binnen en gamet.                  | gamet          | AFFIRMED
      Aan zijn inzet lag het niet: tot de herfstvakantie haalde hij alles. | inzet       | NEGATED
      Als het verkorte rooster niet lukt, meldt school hem aan voor een OPDC-plaatsing. | OPDC-plaatsing | HYPOTHETICAL
      Als de wachttijd langer wordt, kijkt het buurtteam naar overbrugging. | buurtteam   | HYPOTHETICAL
      School: hij raakt snel boos als iets niet lukt.                 | boos           | AFFIRMED
      Begeleider Sterk VO denkt mee over een andere plek als de opbouw niet lukt. | Sterk VO | AFFIRMED
      Cognitief geen enkel probleem, zijn cijfers en zijn inzet zijn goed. | cijfers      | NEGATED
      Een IVO-traject (twee ochtenden, thuis) wordt door school niet geboden zolang hij ingeschreven staat. | IVO-traject | NEGATED
      Halt is en blijft in deze zaak niet aan de orde.                 | Halt           | NEGATED
      Niet nodig op dit moment: een gezinscoach, moeder redt het zelf. | gezinscoach    | NEGATED
      Als jullie toch ondersteuning willen, bijvoorbeeld van de jeugdarts, dan kunt u mij bellen. | jeugdarts | HYPOTHETICAL
      Het OPDC is genoemd door de mentor, maar niet passend voor hem.  | OPDC           | NEGATED
      Een PV heeft bij deze angstklachten geen zin, zegt de LPA.       | PV             | NEGATED
      Sinds de kerstvakantie geen verzuim meer gemeld.                 | verzuim        | AFFIRMED
      Volgens school geen verzuim, hij is er elke dag.                 | verzuim        | NEGATED
      De wijkagent kent de jongen niet.                                | wijkagent      | NEGATED
      De jeugdarts heeft haar nooit gezien.                            | jeugdarts      | NEGATED
      Volgens moeder drinkt of blowt hij niet.                         | blowt          | NEGATED
      Van pesten is in de klas nooit sprake geweest.                   | pesten         | NEGATED
      Het buurtteam is sinds de verhuizing niet meer betrokken.        | buurtteam      | NEGATED
      Een time-out is genoemd, maar met het oog op de examens is dat niet passend. | time-out | NEGATED
      Huiswerkbegeleiding voorgesteld, vader wil daar niets van weten. | Huiswerkbegeleiding | NEGATED
      De mentor biedt een rustplek aan, lln wil niet.                  | rustplek       | NEGATED
      Het buurtteam is aangeboden en moeder heeft ja gezegd.           | buurtteam      | AFFIRMED
      Lln niet gestart bij het nieuwe leerwerktraject.                 | leerwerktraject | NEGATED
      Het IVO-traject is niet gestart.                                 | IVO-traject    | NEGATED
      Mijn advies is hem de sociale vaardigheidstraining aan te bieden. | vaardigheidstraining | HYPOTHETICAL
      Als ze vragen heeft, mag de mentor mij altijd bellen.            | mentor         | HYPOTHETICAL
      Als hij boos wordt, kan hij gaan schelden.                       | schelden       | AFFIRMED
      De zorgcoördinator heeft niets doorgegeven.                      | zorgcoördinator | NEGATED
      Van het spijbelen wist moeder niets.                             | spijbelen      | AFFIRMED
      School gebeld, verzuimcoördinator niet bereikbaar.               | verzuimcoördinator | NEGATED
      De wijkagent is niet bij het overleg betrokken.                  | wijkagent      | NEGATED
      De gezinsvoogd is nooit betrokken geweest.                       | gezinsvoogd    | NEGATED
      Een Halt-verwijzing is op deze leeftijd geen passende route.     | Halt-verwijzing | NEGATED
      Een tweede Halt-traject kan niet.                                | Halt-traject   | NEGATED
      De overstap naar de grote school is nooit goed gegaan.           | overstap       | AFFIRMED
      Vader niet gebeld, lln regelde het zelf.                         | Vader          | NEGATED
      Oudere broer heeft twee jaar geleden ook veel verzuimd en is toen via een leerstraf bij HALT gekomen. | HALT | OTHER_PERSON
      De andere jongen is twee dagen geschorst.                        | geschorst      | OTHER_PERSON
      De zorgcoördinator wordt op de hoogte gehouden.                  | zorgcoördinator | NEGATED
      Ik overweeg een PV tegen ouders als er in maart geen schoolgang is. | PV          | HYPOTHETICAL
      Een huisbezoek bij moeder lukt ons niet.                         | huisbezoek     | NEGATED
      Lln verzuimt veel, moeder meldt niet af.                         | verzuimt       | AFFIRMED
      Heeft weinig zin in school, werkt niet mee in de les.            | zin            | AFFIRMED
      Gebeld, nam niet op, de LPA stuurt een brief.                    | LPA            | AFFIRMED
      Over de opleiding twijfelt hij niet.                             | opleiding      | NEGATED
      Ik probeer een afspraak met de jeugdarts te maken.               | jeugdarts      | HYPOTHETICAL
      Gezien de leeftijd zie ik af van het proces-verbaal.             | proces-verbaal | NEGATED
      Geen verder contact met de school nodig geweest.                 | school         | NEGATED
      Bij aanhouden bespreken met de jeugdarts.                        | jeugdarts      | HYPOTHETICAL
      De jongens zijn gesproken, hun ouders worden gebeld.             | ouders         | OTHER_PERSON
      Een oom zou wel willen helpen, maar is nog niet benaderd.        | oom            | HYPOTHETICAL
      Mentor stelt voor om een afspraak bij de jeugdarts te maken.     | jeugdarts      | HYPOTHETICAL
      Het buurtteam wordt als mogelijkheid genoemd.                    | buurtteam      | HYPOTHETICAL
      Lln wordt zo snel mogelijk op een andere school ingeschreven.    | andere school  | AFFIRMED
      Mogelijk speelt ook faalangst mee.                               | faalangst      | HYPOTHETICAL
      Gezien de verhuizing niet verder vervolgd.                       | vervolgd       | NEGATED
      Een opbouwschema is besproken, maar zij wil dat niet.            | opbouwschema   | NEGATED
      Een opbouwschema is besproken en wordt ingezet.                  | opbouwschema   | AFFIRMED
      De mentor blijft alert op pesten.                                | pesten         | HYPOTHETICAL
      Huiswerk vrijwel nooit in orde en hij kan zich slecht concentreren. | concentreren | AFFIRMED
      Geen pesten en hij heeft een vriend in de klas.                  | pesten         | NEGATED
      Het buurtteam is bij dit gezin niet in beeld.                    | buurtteam      | NEGATED
      De jeugdarts heeft aangeboden met haar te praten, maar dat hoefde zij niet. | jeugdarts | NEGATED
      Van een proces-verbaal ziet ondergetekende af.                   | proces-verbaal | NEGATED
      Een schorsing is niet meer aan de orde.                          | schorsing      | NEGATED
      Aan motivatie ontbreekt het niet.                                | motivatie      | NEGATED
      Hij overziet het werk niet, heeft moeite met plannen.            | plannen        | AFFIRMED
      Geen pesten, geen agressie in de klas.                           | agressie       | NEGATED
      Als vader niet meewerkt aan de aanmelding, maak ik een PV op.    | PV             | HYPOTHETICAL
      Als hij boos wordt, is hij agressief tegen zijn moeder.          | agressief      | AFFIRMED
      Als het niet lukt, geen PV maar eerst de jeugdarts.              | PV             | NEGATED
      Vader gewezen op het buurtteam in de wijk.                       | buurtteam      | HYPOTHETICAL
      Geen aanwijzingen voor pesten, agressie of middelengebruik.      | agressie       | NEGATED
      Wij raden u aan om contact op te nemen met het buurtteam.        | buurtteam      | HYPOTHETICAL
      Bij onvoldoende resultaat volgt een aanvraag TLV.                | TLV            | HYPOTHETICAL
      LPA heeft gevraagd of zij hulp van het buurtteam wil.            | buurtteam      | HYPOTHETICAL
      Mocht zij na de vakantie weer wegblijven, dan volgt opnieuw een gesprek met de jeugdarts. | jeugdarts | HYPOTHETICAL
      Indien het niet lukt, dan zal de school in overleg met ouders uiteindelijk het OPDC inschakelen. | OPDC | HYPOTHETICAL
      Een gesprek met de jeugdarts is aangeboden, moeder wil dat niet. | jeugdarts      | NEGATED
      Van faalangst is volgens de mentor geen sprake.                  | faalangst      | NEGATED
      Een waarschuwing is op dit moment niet opportuun.                | waarschuwing   | NEGATED
      Problemen met de gezondheid zijn niet bekend.                    | gezondheid     | NEGATED
      Moeder gebeld: voicemail.                                        | Moeder gebeld  | NEGATED
      De meisjes die haar uitscholden zijn geschorst.                  | geschorst      | OTHER_PERSON
      Bij nieuw ongeoorloofd verzuim volgt een schriftelijke waarschuwing. | waarschuwing | HYPOTHETICAL
      Verwijzing naar bureau Halt niet meer mogelijk gezien omvang.    | Halt           | NEGATED
      Aanmelding ISK ingetrokken in overleg met SWV.                   | ISK            | NEGATED
      Onderwijs aan huis niet gerealiseerd.                            | Onderwijs aan huis | NEGATED
      Bij BT niet bekend.                                              | BT             | NEGATED
      Verwijzing BT besproken, ouders zien geen noodzaak.              | BT             | NEGATED
      Rebound: jongere weigert, er wordt niet aangemeld.               | Rebound        | NEGATED
      Bij verdere toename van verzuim wordt het samenwerkingsverband gevraagd. | samenwerkingsverband | HYPOTHETICAL
      Het buurtteam kan u daarbij helpen.                              | buurtteam      | HYPOTHETICAL
      SWV bespreekt mogelijkheid reboundplaatsing.                     | reboundplaatsing | HYPOTHETICAL
      Buurtteam is betrokken, de hulp is mogelijk gemaakt door school. | Buurtteam      | AFFIRMED
      Tel. V., nummer afgesloten.                                      | V              | NEGATED
      De jeugdarts is niet bij lln betrokken geweest.                  | jeugdarts      | NEGATED
      Ik was eerlijk gezegd bang dat we een boete zouden krijgen.      | boete          | HYPOTHETICAL
      Lichamelijke klachten heeft hij niet.                            | klachten       | NEGATED
      Problemen thuis zijn er niet, zegt hij.                          | Problemen      | NEGATED
      Signalen dat zij gepest wordt heb ik niet, en ook de mentor herkent dat niet. | gepest | NEGATED
      Zorgen over zijn schoolgang zijn er bij ouders niet.             | schoolgang     | NEGATED
      Naar school gaat hij niet.                                       | school         | AFFIRMED
      Een aangepast rooster kunnen wij binnen de opleiding niet bieden. | aangepast rooster | NEGATED
      De overstap naar de middelbare school is zonder problemen verlopen. | overstap     | NEGATED
      Een waarschuwing van leerplicht is in overleg bewust niet gegeven. | waarschuwing  | NEGATED
      Hij praat met de ZoCo omdat de mentor er niet is.                | ZoCo           | AFFIRMED
      Gepest wordt hij, zegt moeder, maar hij wil er niet over praten. | Gepest         | AFFIRMED
      Een PV zou hier alleen escaleren.                                | PV             | HYPOTHETICAL
      Een overstap naar een andere school zou kunnen, maar dan verliest hij zijn vrienden. | overstap | HYPOTHETICAL
      Vermoedelijk speelt er naast de migraine ook faalangst.          | faalangst      | HYPOTHETICAL
      Als het verzuim doorzet is een plaatsing op het OPDC een mogelijkheid. | OPDC     | HYPOTHETICAL
      OPDC niet geschikt, IVO niet beschikbaar voor deze doelgroep.    | IVO            | NEGATED
      Het samenwerkingsverband heeft in deze situatie geen rol.        | samenwerkingsverband | NEGATED
      Consultant SWV hoeft er niet bij, school kan dit zelf.           | SWV            | NEGATED
      De consultant van het SWV sluit aan en brengt de mogelijkheid in van tijdelijk onderwijs. | SWV | AFFIRMED
      Vader zegt dat er geen sprake is van blowen.                     | blowen         | NEGATED
      Een waarschuwing heeft geen zin, moeder doet al wat ze kan.      | waarschuwing   | NEGATED
      Lln heeft geen zin in school.                                    | school         | AFFIRMED
      De consulent van het SWV is niet aan zet.                        | SWV            | NEGATED
      Het samenwerkingsverband neemt niet deel aan het overleg.         | samenwerkingsverband | NEGATED
      Vader heeft hulp van het buurtteam afgewezen.                    | buurtteam      | NEGATED
      Moeder heeft ondersteuning van het buurtteam afgeslagen; zij wil het zelf oplossen. | buurtteam | NEGATED
      Vader staat open voor hulp van het buurtteam, maar wil eerst zelf iets proberen. | buurtteam | HYPOTHETICAL
      De oproep meldt dat ik bij niet verschijnen een proces-verbaal opmaak.  | proces-verbaal | HYPOTHETICAL
      Er zijn gesprekken gevoerd met de groep, en er is geen sprake gebleken van pesten. | pesten | NEGATED
      De twee initiatiefnemers zijn een dag intern geschorst.          | geschorst      | OTHER_PERSON
      Samira twijfelt niet aan haar opleiding; ze wil juist graag terug. | twijfelt     | NEGATED
      Met de overstap naar het vo had hij volgens moeder geen moeite.  | overstap       | NEGATED
      Hij heeft geen moeite met rekenen maar wel met de overstap.      | overstap       | AFFIRMED
      Afspraak met moeder komt niet tot stand.                         | moeder         | NEGATED
      Vader gebeld, nummer niet meer in gebruik.                       | Vader gebeld   | NEGATED
      Volgens de mentor hoeft de GGZ er nu niet bij.                   | GGZ            | NEGATED
      Drie van hen kregen een schriftelijke waarschuwing.              | waarschuwing   | OTHER_PERSON
      De ZoCo oppert dat een rebound een oplossing kan zijn.           | rebound        | HYPOTHETICAL
      School denkt aan een aangepast rooster.                          | aangepast rooster | HYPOTHETICAL
      Een HALT-verwijzing heb ik wel overwogen, maar ik doe het niet.  | HALT           | HYPOTHETICAL
      De mentor kijkt of huiswerkbegeleiding haalbaar is.              | huiswerkbegeleiding | HYPOTHETICAL
      De BT-medewerker gaat langs om contact met vader te leggen.      | contact met vader | HYPOTHETICAL
      Indien het verzuim doorgaat, meld ik lln aan bij de jeugdarts en volgt een gesprek op school. | jeugdarts | HYPOTHETICAL
      Mocht zij zich verder terugtrekken of niet meer eten, dan volgt direct overleg met de huisarts. | huisarts | HYPOTHETICAL
      Indien nodig schakelt de mentor de ZoCo in, maar lln gaat nu goed. | lln gaat nu goed | AFFIRMED
      De buurvrouw helpt soms maar speelt verder geen rol.             | buurvrouw      | NEGATED
      Een rebound is besproken, maar dat is op dit moment niet aan de orde. | rebound     | NEGATED
      Gepest op de basisschool, maar nu niet meer.                     | Gepest         | AFFIRMED
      Vader sinds een jaar zonder werk, schulden lopen op.             | schulden       | OTHER_PERSON
      Geen aanwijzingen voor pesten, drugs of problemen thuis.         | drugs          | NEGATED
      Afwezig: moeder (ziek), consulent SWV (verhinderd).              | SWV            | NEGATED
      Consulent SWV: een arrangement is nu niet nodig.                 | Consulent SWV  | AFFIRMED
      Consulent SWV: een arrangement is nu niet nodig.                 | arrangement    | NEGATED
      BT: voor lln niet nodig volgens ouders.                          | BT             | NEGATED
      Moeder: "Als ze het over school hebben, wordt hij boos."         | boos           | AFFIRMED
      Geen vraag, GGZ wil hij niet ("gaat wel").                       | GGZ            | NEGATED
      Een plek op het OPDC is er (nog) niet.                           | OPDC           | NEGATED
      Hij is rustig in de klas, nul conflicten.                        | conflicten     | NEGATED
      De mentor gaat eerst met lln in gesprek, vader wil niet.         | gesprek, vader | NEGATED
      Er is gesproken over een rebound, maar dat vonden ouders niet nodig. | rebound     | NEGATED
      Er is gesproken over huiswerkbegeleiding, maar daar ziet hij niets in. | huiswerkbegeleiding | NEGATED
      Een aangepast rooster is genoemd, maar daar is het nooit van gekomen. | aangepast rooster | NEGATED
      Een aangepast rooster is genoemd, maar dat is er nooit van gekomen. | aangepast rooster | NEGATED
      Ook de jeugdarts is genoemd, daar zag vader het nut niet van.    | jeugdarts      | NEGATED
      Een waarschuwing heeft bij hem geen enkele zin.                  | waarschuwing   | NEGATED
      Hij heeft geen zin meer in school.                               | school         | AFFIRMED
      De consulent SWV was uitgenodigd, maar kon niet.                 | SWV            | NEGATED
      Vader twee keer gebeld, nooit gereageerd.                        | Vader          | NEGATED
      Een aanmelding bij het BT is pas zinvol als vader meewerkt.       | BT             | HYPOTHETICAL
      De aanvraag bij de schuldhulp wordt voorbereid.                  | schuldhulp     | HYPOTHETICAL
      De daders zijn een week geschorst.                               | geschorst      | OTHER_PERSON
      Gepest wordt ze niet, zegt de mentor.                            | Gepest         | NEGATED
      Omdat praten niets heeft opgeleverd: een schriftelijke waarschuwing. | waarschuwing | AFFIRMED
      Bij onvoldoende resultaat: aanmelding bij het OPDC.              | OPDC           | HYPOTHETICAL
      Moeder vertelt dat zij zelf al maanden somber is.                | somber         | OTHER_PERSON
      Vader was bang voor een boete.                                   | boete          | HYPOTHETICAL
      Zodra ze weer elke dag komt, bespreken we een opbouwschema.      | opbouwschema   | HYPOTHETICAL
      Over een rebound wordt pas beslist als de TLV er is.             | rebound        | HYPOTHETICAL
      Pas als vader meewerkt, kan het buurtteam aansluiten.            | buurtteam      | HYPOTHETICAL
      Hij is pas sinds een week weer op school en het buurtteam komt thuis. | buurtteam | AFFIRMED
      Als de ISK vol is, dan moet hij op de wachtlijst.                | wachtlijst     | HYPOTHETICAL
      Als hij boos wordt, gooit hij met spullen.                       | boos           | AFFIRMED
      LPA legt uit: als hij niet komt, volgt een proces-verbaal.       | proces-verbaal | HYPOTHETICAL
      Jeugdarts: niet aanwezig, stuurt verslag.                        | Jeugdarts      | NEGATED
      Mentor: niet tevreden over de inzet in de lessen.                | Mentor         | AFFIRMED
      Drugsgebruik: geen aanwijzingen volgens mentor en zoco, wel alert blijven. | Drugsgebruik | NEGATED
      Buurtteam niet aanwezig.                                         | Buurtteam      | NEGATED
      Mentor was niet aanwezig, wel de zoco.                           | Mentor         | NEGATED
      Lln ziek, niet aanwezig.                                         | ziek           | AFFIRMED
      Mevr. T. verwacht dat er een vorm van jeugdreclassering komt.    | jeugdreclassering | HYPOTHETICAL
      Volgens de zorgcoördinator heeft een aanvraag pas zin als K. meewerkt. | zorgcoördinator | AFFIRMED
      Volgens de mentor zou een OPDC kunnen helpen.                     | OPDC           | HYPOTHETICAL
      Vader spreekt (nog) geen Nederlands.                             | spreekt (nog) geen Nederlands | OTHER_PERSON
      Een eetstoornis is niet helemaal uit te sluiten.                 | eetstoornis    | HYPOTHETICAL
      Het buurtteam krijgt het verslag ter informatie.                 | buurtteam      | NEGATED
      De SWV-consulent was uitgenodigd, niemand verschenen.            | SWV            | NEGATED
      Vader belt niet terug.                                           | Vader belt     | NEGATED
      Een klasgenote van hem is geschorst.                             | geschorst      | OTHER_PERSON
      Contact met moeder volgende week opnieuw proberen.               | moeder         | HYPOTHETICAL
      Een officiele waarschuwing heeft bij hem geen zin meer.          | waarschuwing   | NEGATED
      Een waarschuwing lijkt mij in deze situatie averechts te werken. | waarschuwing   | NEGATED
      Oom woont in Rotterdam, daar is geen contact mee.                | Oom            | NEGATED
      Normaal volgt bij absoluut verzuim een PV.                       | PV             | HYPOTHETICAL
      Zoco vraagt het SWV mee te denken, alleen indien terugkeer niet lukt. | SWV       | HYPOTHETICAL
      Lln werkt alleen als de docent naast haar zit, overleg met BT.   | BT             | AFFIRMED
      Mocht het verzuim zo doorgaan, dan kan alleen een rebound iets veranderen. | rebound | HYPOTHETICAL
      Van huiselijk geweld heb ik geen aanwijzingen, ook niet van moeder gehoord. | huiselijk geweld | NEGATED
      Op school zijn er geen aanwijzingen voor pesten.                 | pesten         | NEGATED
      School zoekt uit of een aangepast rooster kan.                   | aangepast rooster | HYPOTHETICAL
      Y. heeft baat bij remedial teaching, 2x per week.                | remedial teaching | HYPOTHETICAL
      Y. heeft veel baat gehad bij de remedial teaching.               | remedial teaching | AFFIRMED
      Er is geen sprake van pesten, alleen van ruzie met een klasgenoot. | ruzie          | AFFIRMED
      Als u dat wilt, kan er ook iemand van het buurtteam meekomen.    | buurtteam      | HYPOTHETICAL
      Wij zijn bereid om met een aangepast rooster te beginnen.        | aangepast rooster | HYPOTHETICAL
      De leidinggevende van de winkel is grensoverschrijdend tegen stagiairs. | grensoverschrijdend | OTHER_PERSON
      Ze gaf een leidinggevende een grote mond.                        | grote mond     | AFFIRMED
      Huiswerk is altijd af, eerder te perfectionistisch dan slordig.  | slordig        | NEGATED
      Zelfredzaam: eerder te veel dan te weinig.                       | weinig         | NEGATED
      Hij is slordig en eerder lui dan moe.                            | slordig        | AFFIRMED
      Het buurtteam heb ik kort genoemd, maar daar lijkt geen aanleiding voor. | buurtteam | NEGATED
      Buikpijn wordt minder vaak genoemd.                              | Buikpijn       | AFFIRMED
      Oma woont ver weg en kan niet bijspringen.                       | Oma            | NEGATED
      Eerst consult JA afwachten, SWV nog niet.                        | SWV            | NEGATED
      PV voorlopig niet; eerst BT.                                     | PV             | NEGATED
      Lln komt nog niet, BT is ingeschakeld.                           | BT             | AFFIRMED
      Mentor belt nog niet terug, SWV gebeld.                          | SWV            | AFFIRMED
      Een proces-verbaal wegens absoluut verzuim acht ondergetekende niet opportuun. | proces-verbaal | NEGATED
      Van een proces-verbaal ziet ondergetekende dan ook af.           | proces-verbaal | NEGATED
      4. Overwogen: een schriftelijke waarschuwing.                     | schriftelijke waarschuwing | HYPOTHETICAL
      IVO overwogen voor de tussentijd, SWV denkt mee.                 | SWV            | AFFIRMED
      Deze waarschuwing betrof niet de jeugdige zelf.                  | waarschuwing   | NEGATED
      Moeder vraagt zich af of er sprake is van autisme.               | autisme        | HYPOTHETICAL
      Had hij de afdoening niet afgerond, dan was de zaak aan de officier van justitie voorgelegd. | officier van justitie | HYPOTHETICAL
      Was ziek, dan weer naar school, gesprek met mentor.              | mentor         | AFFIRMED
      Ondergetekende vergelijkt dit met soortgelijke dossiers, waarin een OPDC-plaatsing lukte. | OPDC | OTHER_PERSON
      Zij heeft de havo-overgang vorig jaar zonder moeite gehaald.     | overgang       | NEGATED
      Twee lln uit 3V zijn geschorst.                                  | geschorst      | OTHER_PERSON
      Tegen moeder is, na overweging, geen proces-verbaal opgemaakt.   | proces-verbaal | NEGATED
      Inschakeling buurtteam: niet geïndiceerd volgens het ZAT.        | buurtteam      | NEGATED
      Aan motivatie ontbreekt het hem niet.                            | motivatie      | NEGATED
      b. een schriftelijke waarschuwing ex art. 2 Lpw: niet gedaan, geen onwil. | schriftelijke waarschuwing | NEGATED
      Huiswerk: niet gedaan, mentor belt.                              | mentor         | AFFIRMED
      Voorstel: plaatsing in klas 2, mentor als vast aanspreekpunt.       | plaatsing       | HYPOTHETICAL
      Als het pesten de oorzaak is, kan een andere school een optie zijn. | andere school   | HYPOTHETICAL
      De school wil meewerken aan een aangepast rooster.                 | aangepast rooster | HYPOTHETICAL
      Vader wil niet meewerken aan het aangepaste rooster.               | aangepaste rooster | NEGATED
      Mail zoco: RT niet ingeroosterd.                                   | RT              | NEGATED
      Faalangsttraining na de kerstvakantie, als er plek is.             | Faalangsttraining | HYPOTHETICAL
      Bij terugval kan de huisarts opnieuw verwijzen.                    | verwijzen       | HYPOTHETICAL
      De consulent stelt een plaatsing op het OPDC voor.                 | OPDC            | HYPOTHETICAL
      Van een overstap naar het vmbo raadt de mentor af.                 | overstap        | NEGATED
      Lichamelijke klachten: volgens moeder geen.                        | Lichamelijke klachten | NEGATED
      De LPA stelt een proces-verbaal op.                                | proces-verbaal  | AFFIRMED
      School heeft de drie meisjes twee dagen geschorst.                 | geschorst       | OTHER_PERSON
      De LPA zal geen proces-verbaal opmaken.                            | proces-verbaal  | NEGATED
      Ik zal, als hij niet verschijnt, een proces-verbaal opmaken.       | proces-verbaal  | HYPOTHETICAL
      Overwogen en niet gekozen: een aangepast rooster met later beginnen. | aangepast rooster | HYPOTHETICAL
      Overwogen en voorlopig afgewezen: overstap naar het VAVO.          | VAVO            | HYPOTHETICAL
      Leerlingenvervoer afgewezen: afstand valt binnen de regeling.      | Leerlingenvervoer | NEGATED
      Het opbouwschema op onze school gaat niet meer van start.          | opbouwschema    | NEGATED
      DD: medicatie-afhankelijke hoofdpijn.                              | hoofdpijn       | HYPOTHETICAL
      Idee: overstap naar een entreeopleiding na de zomer.               | entreeopleiding | HYPOTHETICAL
      U kunt ook de jeugdarts bellen.                                    | jeugdarts       | HYPOTHETICAL
      Consultant Sterk VO kan evt. worden ingeschakeld, nu nog niet.     | ingeschakeld    | HYPOTHETICAL
      Als er echt een ziekenhuisopname is, wil ik daar een bewijs van zien. | ziekenhuisopname | HYPOTHETICAL
      Als hij boos wordt, wil hij naar huis.                             | boos            | AFFIRMED
      LPA heeft PV opgemaakt (Halt-afdoening niet meer aan de orde door de duur). | PV      | AFFIRMED
      LPA heeft PV opgemaakt (Halt-afdoening niet meer aan de orde door de duur). | Halt-afdoening | NEGATED
      Officiële waarschuwing LPA (jan.) heeft niet geholpen.             | Officiële waarschuwing | AFFIRMED
      Het aangepaste rooster heeft niet gewerkt.                         | aangepaste rooster | AFFIRMED
      Het aangepaste rooster is niet ingezet.                            | aangepaste rooster | NEGATED
      De jeugdarts vermoedt een angststoornis; diagnostiek is nodig.     | angststoornis   | HYPOTHETICAL
      Eerst dachten wij, nu krijgen we een boete.                        | boete           | HYPOTHETICAL
      Faalangsttraining na de kerst: bespreken als het dan nog nodig is. | Faalangsttraining | HYPOTHETICAL
      Ziekmelding (buikpijn) was volgens moeder een smoes.               | buikpijn        | NEGATED
      Jeugdarts: waarschijnlijk migraine, verwezen naar de huisarts.     | migraine        | AFFIRMED
      Er is volgens vader niets aan de hand in het gezin.                | vader           | AFFIRMED
      [x] ziekmelding (door moeder)   [ ] spijbelen                      | spijbelen       | NEGATED
      [x] spijbelen   [ ] te laat                                        | spijbelen       | AFFIRMED
      ☐ ongeoorloofd verzuim ☒ ziekmelding                               | ongeoorloofd verzuim | NEGATED
      Periode 1: 0 uur verzuim, vrolijke meid.                           | verzuim         | NEGATED
      Stand p1: 10 uur verzuim.                                          | verzuim         | AFFIRMED
      Er wordt gekeken of de buurvrouw kan helpen met brengen.           | buurvrouw       | HYPOTHETICAL
      Een meisje uit haar klas is geschorst na de vechtpartij.           | geschorst       | OTHER_PERSON
      B. twijfelt niet aan de opleiding die hij gekozen heeft.            | twijfelt        | NEGATED
      Of de afdoening via HALT of via het OM loopt, wordt later bepaald.  | HALT            | HYPOTHETICAL
      Opnieuw overleggen bij signalen van fysiek geweld.                 | fysiek geweld   | HYPOTHETICAL
      Middelengebruik wordt door Femke en ouders ontkend.                | Middelengebruik | NEGATED
      Of er sprake is van pesten is niet vast te stellen; het is niet uit te sluiten dat Z. wordt buitengesloten. | pesten | HYPOTHETICAL
      Of er sprake is van pesten is niet vast te stellen; het is niet uit te sluiten dat Z. wordt buitengesloten. | buitengesloten | HYPOTHETICAL
      Ik heb dat niet zelf gezien en de klas ontkent het, dus ik weet niet of er echt sprake is van pesten. | pesten | HYPOTHETICAL
      Het buurtteam West is niet meer tot een eerste gesprek gekomen; de aanmelding is ingetrokken. | buurtteam | NEGATED
      Hij vraagt zich wel af of een gesprek bij de jeugdverpleegkundige iets had toegevoegd. | jeugdverpleegkundige | HYPOTHETICAL
      BT: als D. wel toestemming had gegeven, had BT een jongerenwerker kunnen inzetten.  | jongerenwerker  | HYPOTHETICAL
      Consulent: als het OPDC eerder plek had gehad, was F. niet volledig thuis komen te zitten. | OPDC | HYPOTHETICAL
      We hadden een terugkeergesprek moeten plannen op dag 1 na de schorsing.     | terugkeergesprek | HYPOTHETICAL
      Achteraf had school eerder de jeugdarts moeten inschakelen.                 | jeugdarts       | HYPOTHETICAL
      Als hij boos werd, was hij niet te houden en gooide hij met spullen.          | boos            | AFFIRMED
      Een proces-verbaal of waarschuwing is dus niet aan de orde.        | proces-verbaal  | NEGATED
      Ex-vriend 3 dgn geschorst.                                          | geschorst       | OTHER_PERSON
      Bij vermoeidheid had een gesprek op het spreekuur gekund.          | spreekuur       | HYPOTHETICAL
      Sombere stemming, geen acute suïcidaliteit op dit moment (screening 02-03). | suïcidaliteit | NEGATED
      Hij mist zijn vrienden van groep 8 en vindt de brugklas zwaar.      | brugklas        | AFFIRMED
      Zijn vrienden vinden de brugklas zwaar.                             | brugklas        | OTHER_PERSON
      Hij heeft met een klasgenoot op het plein gevochten.                | gevochten       | AFFIRMED
      Een klasgenoot heeft op het plein gevochten.                        | gevochten       | OTHER_PERSON
      """)
  void contextOf(String sentence, String match, MatchContext expected) {
    int at = sentence.indexOf(match);
    assertEquals(expected, classifier.classify(sentence, at, at + match.length()));
  }
}
