package org.dossiercoder.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.dossiercoder.codebook.CodebookFixtures;
import org.dossiercoder.codebook.MatchContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextClassifierTest {
  @TempDir Path dir;
  ContextClassifier classifier;

  @BeforeEach
  void load() throws Exception {
    CodebookFixtures.lexicon(dir);
    classifier = new ContextClassifier(ContextTriggers.load(dir.resolve("lexicon")));
  }

  private MatchContext of(String sentence, String match) {
    int at = sentence.indexOf(match);
    return classifier.classify(sentence, at, at + match.length());
  }

  @Test
  void negationScopesForwardUntilTermination() {
    assertEquals(MatchContext.NEGATED, of("Er zijn geen aanwijzingen voor gedragsproblemen.", "gedragsproblemen"));
    assertEquals(MatchContext.AFFIRMED, of("Geen contact met school, maar lln is agressief.", "agressief"));
    assertEquals(MatchContext.AFFIRMED, of("Lln is agressief en brutaal.", "agressief"));
  }

  @Test
  void aDenialBetweenTheWordsOfAProximityMatchDeniesItUnlessTheRuleAskedForIt() throws Exception {
    java.nio.file.Path lex = dir.resolve("edge");
    java.nio.file.Files.createDirectories(lex);
    // A trigger at the edge of the match, as in the bundled list: alone it is the rule's own wording.
    java.nio.file.Files.writeString(lex.resolve(ContextTriggers.FILE), "moeder niet\tnegated\tbackward\nniet alleen\tpseudo\t-\n",
        java.nio.charset.StandardCharsets.UTF_8);
    ContextClassifier edge = new ContextClassifier(ContextTriggers.load(lex));
    String s = "Veilig Thuis heeft moeder niet gesproken.";
    String match = "moeder niet gesproken";
    int at = s.indexOf(match);
    assertEquals(MatchContext.NEGATED, edge.classify(s, at, at + match.length(), java.util.Set.of()),
        "a rule on \"moeder gesproken\"~3 did not ask for the niet");
    assertEquals(MatchContext.AFFIRMED, edge.classify(s, at, at + match.length(), java.util.Set.of("niet")),
        "a rule that asks for niet itself matched its own wording");
    String t = "Het gaat niet alleen om school, moeder gesproken.";
    String all = "gaat niet alleen om school";
    int from = t.indexOf(all);
    assertEquals(MatchContext.AFFIRMED, edge.classify(t, from, from + all.length(), java.util.Set.of()),
        "niet alleen denies nothing");
  }

  @Test
  void aSemicolonEndsTheScopeLikeAContrastWord() {
    assertEquals(MatchContext.NEGATED, of("Geen pesten of agressief gedrag gezien.", "agressief"));
    assertEquals(MatchContext.AFFIRMED, of("Geen pesten; agressief gedrag gezien.", "agressief"));
  }

  @Test
  void aNegationInsideAConditionLeavesTheConsequenceHypothetical() {
    assertEquals(MatchContext.HYPOTHETICAL, of("Indien hij niet komt volgt een PV.", "PV"));
    assertEquals(MatchContext.HYPOTHETICAL,
        of("Indien het verzuim voortduurt of u niet verschijnt op deze uitnodiging, zal ik een PV opmaken.", "PV"),
        "also when the consequence lies beyond the condition's own scope");
    assertEquals(MatchContext.NEGATED, of("Er komt niet een PV.", "PV"), "without a condition the negation holds");
    assertEquals(MatchContext.NEGATED, of("Er komt niet een PV indien hij morgen komt.", "PV"),
        "a negation before the condition is no part of it");
  }

  @Test
  void aTerminationCanEndSomeScopeTypesOnly() throws Exception {
    java.nio.file.Path lex = dir.resolve("typed");
    java.nio.file.Files.createDirectories(lex);
    java.nio.file.Files.writeString(lex.resolve(ContextTriggers.FILE),
        "geen\tnegated\tforward\nbroer\tother_person\tforward\nen is\ttermination\tnegated,hypothetical\n",
        java.nio.charset.StandardCharsets.UTF_8);
    ContextClassifier typed = new ContextClassifier(ContextTriggers.load(lex));
    String s = "Broer heeft een dossier gehad en is geschorst.";
    assertEquals(MatchContext.OTHER_PERSON, typed.classify(s, s.indexOf("geschorst"), s.indexOf("geschorst") + 9),
        "the coordinated clause keeps its subject");
    String t = "Geen dossier gehad en is geschorst.";
    assertEquals(MatchContext.AFFIRMED, typed.classify(t, t.indexOf("geschorst"), t.indexOf("geschorst") + 9),
        "but it ends the negation");
    java.nio.file.Files.writeString(lex.resolve(ContextTriggers.FILE), "en is\ttermination\tpseudo\n",
        java.nio.charset.StandardCharsets.UTF_8);
    org.junit.jupiter.api.Assertions.assertThrows(org.dossiercoder.DossierInputException.class,
        () -> ContextTriggers.load(lex), "a termination ends scope types only");
  }

  @Test
  void aQuestionAssertsNothing() {
    assertEquals(MatchContext.HYPOTHETICAL, of("I: Is er ook een PV opgemaakt?", "PV"));
    assertEquals(MatchContext.HYPOTHETICAL, of("Was er een PV?\"", "PV"), "a closing quote after the mark");
    assertEquals(MatchContext.NEGATED, of("Is er geen PV opgemaakt?", "PV"), "a negated question stays negated");
    assertEquals(MatchContext.AFFIRMED, of("Er is een PV opgemaakt.", "PV"));
  }

  @Test
  void backwardTriggersScopeBackwards() {
    assertEquals(MatchContext.NEGATED, of("Een angststoornis is uitgesloten.", "angststoornis"));
  }

  @Test
  void pseudoTriggersDoNotNegate() {
    assertEquals(MatchContext.AFFIRMED, of("Geen verbetering, verzuim neemt toe.", "verzuim"));
  }

  @Test
  void hypotheticalAndOtherPerson() {
    assertEquals(MatchContext.HYPOTHETICAL, of("Indien verzuim aanhoudt volgt een PV.", "PV"));
    assertEquals(MatchContext.OTHER_PERSON, of("Broer heeft ADHD.", "ADHD"));
  }

  @Test
  void triggerAtTheEdgeOfTheMatchDoesNotApplyButOneInsideDoes() {
    assertEquals(MatchContext.AFFIRMED, of("Thuis is er geen structuur.", "geen structuur"));
    assertEquals(MatchContext.HYPOTHETICAL, of("Gesprek met moeder indien nodig gepland.", "Gesprek met moeder indien nodig gepland"),
        "a trigger in the middle of a proximity match applies to it");
  }

  @Test
  void scopeIsBoundedByTheWindow() {
    assertEquals(MatchContext.AFFIRMED,
        of("Geen reactie van moeder op de brief van vorige week dinsdag en lln is agressief.", "agressief"));
  }
}
