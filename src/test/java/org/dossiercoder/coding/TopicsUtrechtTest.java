package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.dossiercoder.Pipeline;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.index.SegmentIndex;
import org.dossiercoder.index.TranscriptSplitter;
import org.dossiercoder.ingest.DocumentRef;
import org.dossiercoder.ingest.DocumentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled Utrecht item list (Bijlage III/V of the Hogeschool Utrecht report) on synthetic
 * answers written for this test: each answer speaks to the items named with it, as a careful
 * coder would read it.
 */
class TopicsUtrechtTest {
  @TempDir static Path dir;
  static Codebook book;
  static Map<TurnCodes.Turn, Set<String>> coded;

  /** Question, answer, the items the answer speaks to (at least) and items it must not get. */
  private record Exchange(String question, String answer, Set<String> items, Set<String> notItems) {
    Exchange(String question, String answer, Set<String> items) {
      this(question, answer, items, Set.of());
    }
  }

  private static final List<Exchange> EXCHANGES = List.of(
      new Exchange("Hoe zou u uw zoon omschrijven?",
          "Een gevoelige jongen met weinig zelfvertrouwen, maar hij is heel creatief.", Set.of("i1a")),
      new Exchange("Vertel eens iets over het gezin.",
          "Hij heeft twee zusjes en sinds de scheiding woont hij bij zijn vader.", Set.of("i1b", "i3b")),
      new Exchange("Hoe ging het op school?",
          "Zijn cijfers waren prima en hij had het naar zijn zin in de klas.", Set.of("i1c")),
      new Exchange("En in zijn vrije tijd?",
          "Hij voetbalt bij een vereniging en heeft een paar goede vrienden.", Set.of("i1d")),
      new Exchange("Hoe is het verzuim ontstaan?",
          "Het begon na de herfstvakantie, toen bleef hij steeds vaker thuis.", Set.of("i2a", "i2d")),
      new Exchange("Hoe vaak was hij er toen niet?",
          "In het begin waren het losse dagen, daarna hele weken.", Set.of("i2b")),
      new Exchange("Waren er vaste momenten?",
          "Vooral op maandag en na het weekend bleef hij in bed liggen.", Set.of("i2c")),
      new Exchange("Hoe gaat het nu met school?",
          "Op dit moment gaat hij drie ochtenden per week naar school.", Set.of("i2e")),
      new Exchange("Hoe was zijn gedrag?",
          "Hij had vaak ruzie met docenten en werd een keer geschorst.", Set.of("i3a")),
      new Exchange("Speelde er nog meer?",
          "Hij had last van paniekaanvallen en sliep slecht.", Set.of("i3b")),
      new Exchange("Hoe werkte hij in de les?",
          "Hij kon zich slecht concentreren en maakte zijn huiswerk nooit af.", Set.of("i3c")),
      new Exchange("Kon hij het niveau aan?",
          "Hij had een flinke leerachterstand door zijn dyslexie.", Set.of("i3d")),
      new Exchange("Hoe ging de overstap?",
          "De overgang van de basisschool naar de brugklas was te groot, hij moest erg wennen.", Set.of("i3e")),
      new Exchange("Was er een andere school?",
          "We stonden maanden op een wachtlijst en geen enkele school had een plek.", Set.of("i3f")),
      new Exchange("Kende u de regels?",
          "De school legde het verzuimprotocol uit en wat de leerplichtwet vraagt.", Set.of("i4a")),
      new Exchange("Wie merkte het verzuim op?",
          "De mentor zag het in de absentieregistratie en heeft het gemeld bij leerplicht.", Set.of("i4b")),
      new Exchange("Wat deed de school toen?",
          "De mentor belde meteen dezelfde dag.", Set.of("i4c")),
      new Exchange("Wie waren er betrokken?",
          "Er kwam een overleg met de zorgcoördinator en er werd een plan van aanpak gemaakt.", Set.of("i4d")),
      new Exchange("Zijn er sancties geweest?",
          "De leerplichtambtenaar heeft een proces-verbaal opgemaakt en hij moest naar Halt.", Set.of("i4e")),
      new Exchange("Wat heeft de school aangeboden?",
          "Hij kreeg een aangepast rooster en bijles in een kleine groep.", Set.of("i4f")),
      new Exchange("Kreeg hij ook hulp?",
          "Hij is in behandeling bij een psycholoog en het buurtteam helpt ons.", Set.of("i4g")),
      new Exchange("Heeft de aanpak het verzuim eerder zichtbaar gemaakt?",
          "Door de nieuwe registratie werd het verzuim veel eerder gesignaleerd.", Set.of("i5a")),
      new Exchange("Wat leverde het onderzoek op?",
          "Pas na het onderzoek werd duidelijk wat er speelde.", Set.of("i5b")),
      new Exchange("Wist u wat hij nodig had?",
          "Het gesprek hielp om zijn hulpvraag helder te krijgen.", Set.of("i5c")),
      new Exchange("Hoe reageerden de ouders?",
          "De ouders zijn aangesproken op hun verantwoordelijkheid.", Set.of("i5d")),
      new Exchange("En de instanties?",
          "We hebben de school aangesproken op hun verantwoordelijkheid.", Set.of("i5e")),
      new Exchange("Hoe was de samenwerking?",
          "De lijnen waren kort en iedereen zat op één lijn.", Set.of("i5f")),
      new Exchange("Wie had de regie?",
          "Uiteindelijk nam de leerplichtambtenaar de regie.", Set.of("i5g")),
      new Exchange("Kwam er extra hulp?",
          "Via de huisarts is de GGZ ingeschakeld.", Set.of("i5h")),
      new Exchange("Helpt de therapie?",
          "De therapie werkt, hij is minder angstig.", Set.of("i5i")),
      new Exchange("Wat is het resultaat?",
          "Hij gaat weer naar school, de hele week.", Set.of("i5j")),
      new Exchange("Hoe houdt u dit vast?",
          "We houden een vinger aan de pols zodat hij niet terugvalt.", Set.of("i5k")),
      new Exchange("Wat zou u achteraf anders doen?",
          "We hadden eerder moeten evalueren met alle betrokkenen.", Set.of("i5l")),
      // Effects (category 5) read from how respondents judge what the approach did.
      new Exchange("Wanneer zag de school dat hij wegbleef?",
          "Hij werd steeds netjes ziek gemeld, dus in de administratie leek het niet alarmerend.", Set.of("i5a")),
      new Exchange("Wat kwam er uit het gesprek met de jeugdarts naar voren?",
          "Dat hij al maanden werd uitgelachen in de gymles, dat wisten wij niet.", Set.of("i5b", "i3a")),
      new Exchange("Hoe reageerde uw dochter op de brief van leerplicht?",
          "Ze is flink geschrokken, dat heeft wel indruk gemaakt.", Set.of("i5d")),
      new Exchange("Hoe verliep de samenwerking?",
          "Iedereen wist wat hij moest doen, de verdeling was duidelijk.", Set.of("i5f")),
      new Exchange("Wat heeft de gezinstherapie opgeleverd?",
          "Er is meer rust thuis gekomen en hij slaapt beter.", Set.of("i5i")),
      new Exchange("Wat heeft de aanpak opgeleverd voor het verzuim?",
          "Hij gaat nu vier dagen per week naar school, dat is een stuk minder verzuim.", Set.of("i5j")),
      new Exchange("Hoe ging het met dat opbouwrooster?",
          "Ze is drie ochtenden gekomen en daarna niet meer.", Set.of("i5j")),
      new Exchange("Hoe gaat het nu thuis?",
          "We blijven alert, en we weten wie we moeten bellen als het weer misgaat.", Set.of("i5k")),
      new Exchange("Stel dat het weer gebeurt, wat doe je dan?",
          "Dan vertel ik het aan de coach.", Set.of("i5k")),
      // Words that only look like effects: a past relapse, a summer, a coordinator's title, a sign-up.
      new Exchange("Hoe liep het verzuim in het voorjaar?",
          "Na de zomervakantie had hij een terugval van een week.", Set.of("i2d"), Set.of("i5k")),
      new Exchange("Met wie had u contact?",
          "Met de zorgcoördinator en de mentor.", Set.of(), Set.of("i5g")),
      new Exchange("Wat heeft de jeugdarts gedaan?",
          "Ze heeft hem aangemeld voor een training en ik zag hem achteraf nog een keer.", Set.of("i4g"), Set.of("i5h", "i5l")),
      // Absence patterns (category 2): when it was noticed, kind of absence, recurring moments, course, now.
      new Exchange("Wanneer merkte u dat hij ging verzuimen?",
          "Rond de kerst, in de tweede klas.", Set.of("i2a")),
      new Exchange("Was het spijbelen?",
          "Nee, het waren ziekmeldingen, losse dagen.", Set.of("i2b")),
      new Exchange("Waren er momenten dat hij vaker wegbleef?",
          "Vooral na een ruzie, en bij bepaalde docenten.", Set.of("i2c")),
      new Exchange("Hoe verliep het verzuim daarna?",
          "In maart nog twee weken, in mei nog een paar dagen.", Set.of("i2d")),
      new Exchange("En hoe is het nu?",
          "Hij mist bijna geen dag meer op school.", Set.of("i2e")),
      new Exchange("Wat doet de mentor nu?",
          "Nu stuurt ze elke week de opdrachten.", Set.of(), Set.of("i2c", "i2e")),
      // Support questions (category 3): rows at home are 3b, being laughed at is 3a, homework help is no 3c.
      new Exchange("Hoe ging het thuis?",
          "Er was veel ruzie tussen mijn ouders.", Set.of("i1b", "i3b"), Set.of("i3a")),
      new Exchange("Wat deed de school aan het pesten?",
          "De school heeft het pesten aangepakt met een klassengesprek.", Set.of("i4f"), Set.of("i3a", "i3b")),
      new Exchange("Kreeg ze hulp bij het leren?",
          "Ze ging twee middagen naar de huiswerkklas.", Set.of("i4f"), Set.of("i3c")));

  @BeforeAll
  static void codeTheTranscript() throws Exception {
    StringBuilder text = new StringBuilder("Interview ouder (synthetisch), casus t001\n");
    for (Exchange e : EXCHANGES) {
      text.append("I: ").append(e.question()).append('\n').append("R: ").append(e.answer()).append('\n');
    }
    Pipeline.Setup setup = Pipeline.loadCodebooks(Path.of("codebooks"));
    book = setup.codebooks().get("topics_utrecht");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (SegmentIndex index = SegmentIndex.open(dir.resolve("index"), setup.analysis())) {
      index.replace(new DocumentRef("t001/interview-ouder.txt", "t001", dir.resolve("x"), DocumentType.INTERVIEW, "ouder"),
          TranscriptSplitter.split(text.toString(), "ouder").segments());
      index.commit();
      try (DirectoryReader reader = index.openReader()) {
        coded = TurnCodes.decide(book, new RuleMatcher(setup.classifier()).match(reader, setup.codebooks(), pool));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Set<String> codesOf(int exchange) {
    return coded.getOrDefault(new TurnCodes.Turn("t001", "t001/interview-ouder.txt", 2 * exchange + 2), Set.of());
  }

  @Test
  void theItemListIsPrintedAsInTheReport() {
    List<String> categories = book.topLevelCodes().stream().map(Code::id).toList();
    assertEquals(List.of("c1", "c2", "c3", "c4", "c5"), categories);
    List<Integer> items = new ArrayList<>();
    for (String c : categories) {
      items.add(book.childrenOf(c).size());
    }
    assertEquals(List.of(4, 5, 6, 7, 12), items, "items 1a-d, 2a-e, 3a-f, 4a-g, 5a-l");
    assertEquals("i5l", book.childrenOf("c5").get(11).id());
    assertEquals("het evalueren van de gezamenlijke aanpak", book.code("i5l").description());
  }

  @Test
  void everySyntheticAnswerGetsItsItemsAndTheirCategory() {
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < EXCHANGES.size(); i++) {
      Set<String> got = codesOf(i);
      for (String item : EXCHANGES.get(i).items()) {
        if (!got.contains(item) || !got.contains(book.code(item).parent())) {
          missed.add(item + " in '" + EXCHANGES.get(i).answer() + "' (coded " + got + ")");
        }
      }
      for (String item : EXCHANGES.get(i).notItems()) {
        if (got.contains(item)) {
          missed.add("not " + item + " in '" + EXCHANGES.get(i).answer() + "' (coded " + got + ")");
        }
      }
    }
    assertTrue(missed.isEmpty(), String.join("\n", missed));
  }

  @Test
  void interviewerTurnsAndHeadersAreNotCoded() {
    assertTrue(coded.keySet().stream().allMatch(t -> t.turn() % 2 == 0 && t.turn() > 0), coded.keySet().toString());
  }

  @Test
  void answersAreNotCodedWithUnrelatedCategories() {
    // A pure description of the person is no absence pattern, intervention or effect.
    assertFalse(codesOf(0).contains("c2") || codesOf(0).contains("c4") || codesOf(0).contains("c5"), codesOf(0).toString());
    // Friends and football are no support question.
    assertFalse(codesOf(3).contains("c3"), codesOf(3).toString());
    // A sanction is no help offered.
    assertFalse(codesOf(18).contains("i4g"), codesOf(18).toString());
  }
}
