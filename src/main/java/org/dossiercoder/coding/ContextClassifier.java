package org.dossiercoder.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossiercoder.codebook.MatchContext;
import org.dossiercoder.codebook.Rule;
import org.dossiercoder.index.Lexicon;

/**
 * Decides whether a match in a sentence is affirmed, negated, hypothetical or about another
 * person, after NegEx (Chapman et al. 2001) and ConText (Harkema et al. 2009) as adapted to
 * Dutch in ContextD (Afzal et al. 2014).
 *
 * <p>A trigger opens a scope forward and/or backward. The scope ends at the sentence end, at a
 * termination term ("maar", "echter", "wel"), at another trigger, or after {@link #WINDOW}
 * tokens. Pseudo-triggers are recognised first and never open a scope. A trigger that lies inside
 * the match itself, at its start or end, does not apply to it: a rule on "geen structuur" is about
 * missing structure. A question (a sentence ending in "?") asserts nothing and is hypothetical
 * unless negated. A negation inside a condition (in the scope of a hypothetical trigger before it)
 * and before the match belongs to the condition: "indien u niet verschijnt, zal ik proces-verbaal
 * opmaken" makes the proces-verbaal hypothetical, not denied.
 */
public final class ContextClassifier {
  /** Maximum scope length in tokens; clipped dossier prose rarely carries a negation further. */
  static final int WINDOW = 12;

  private final ContextTriggers triggers;

  /** A classifier over a trigger list. */
  public ContextClassifier(ContextTriggers triggers) {
    this.triggers = triggers;
  }

  /**
   * A word of a sentence with its character offsets and how many round brackets are open where it
   * stands.
   */
  record Token(String word, int start, int end, int brackets) {}

  private record Found(ContextTriggers.Trigger trigger, int first, int last) {}

  /**
   * A parsed sentence; {@code conditionEnd} is the last token of the condition the sentence opens
   * with ("als …," — see {@link #negativeCondition}), or -1; {@code finalNegations} are the token
   * ranges a clause-final "niet" denies (see {@link #clauseFinalNegations}).
   */
  private record Parsed(
      String sentence, List<Token> tokens, List<Found> found, int conditionEnd, List<int[]> finalNegations) {}

  /**
   * Whether a comma or a quotation mark follows token {@code i} before the next word: "BT wil hij
   * niet ("we redden ons")" closes its clause at the quoted reason.
   */
  private static boolean clauseBreakAfter(String sentence, List<Token> tokens, int i) {
    String between = gapAfter(sentence, tokens, i);
    // A bracket breaks only before a quotation: "is er (nog) niet" stays one clause.
    return clauseCommaAfter(sentence, tokens, i) || between.indexOf('"') >= 0 || between.indexOf('\u201C') >= 0;
  }

  /**
   * Whether token {@code i} closes its clause: the sentence ends, a comma or quotation follows
   * ({@link #clauseBreakAfter}), or ";" or ":" comes next.
   */
  private static boolean endsClause(String sentence, List<Token> tokens, int i) {
    return i == tokens.size() - 1 || clauseBreakAfter(sentence, tokens, i)
        || tokens.get(i + 1).word().equals(";") || tokens.get(i + 1).word().equals(":");
  }

  /** Whether a comma follows token {@code i} before the next word. */
  private static boolean commaAfter(String sentence, List<Token> tokens, int i) {
    return gapAfter(sentence, tokens, i).indexOf(',') >= 0;
  }

  /**
   * Whether a comma follows token {@code i} outside brackets: the commas of "geen hulp van buitenaf
   * (schoolmaatschappelijk werk, buurtteam)" list what the bracket explains and close no clause.
   */
  private static boolean clauseCommaAfter(String sentence, List<Token> tokens, int i) {
    return commaAfter(sentence, tokens, i) && tokens.get(i).brackets() == 0;
  }

  /** The punctuation and space between token {@code i} and the next word (or the sentence end). */
  private static String gapAfter(String sentence, List<Token> tokens, int i) {
    int from = tokens.get(i).end();
    int to = i + 1 < tokens.size() ? tokens.get(i + 1).start() : sentence.length();
    return sentence.substring(from, Math.max(from, to));
  }

  /** The first token from {@code from} on that a comma follows, or -1. */
  private static int commaFrom(String sentence, List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() - 1; i++) {
      if (commaAfter(sentence, tokens, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The last sentence each thread parsed: rules run one after another over the same sentences,
   * and a sentence matched by several codes is parsed once per run of consecutive matches.
   */
  private final ThreadLocal<Parsed> last = new ThreadLocal<>();

  private Parsed parse(String sentence) {
    Parsed p = last.get();
    if (p != null && p.sentence().equals(sentence)) {
      return p;
    }
    List<Token> tokens = tokens(sentence);
    List<Found> found = find(tokens);
    p = new Parsed(sentence, tokens, found, conditionEnd(sentence, tokens),
        clauseFinalNegations(sentence, tokens, pseudoTokens(found, tokens.size())));
    last.set(p);
    return p;
  }

  /** A box of a form, empty ("[ ]", "☐") or ticked ("[x]", "☒", "☑"). */
  private static final Pattern BOX =
      Pattern.compile("\\[\\s?\\]|☐|\\[\\s?[xX✓v]\\s?\\]|☒|☑");
  /** How far a form's label runs from its box. */
  private static final int BOX_LABEL = 60;

  /**
   * Whether the match is the label of an empty box of a form: "[x] ziekmelding [ ] spijbelen"
   * does not say the pupil skipped school.
   */
  static boolean uncheckedBox(String sentence, int matchStart) {
    Matcher box = BOX.matcher(sentence);
    String last = null;
    int lastEnd = -1;
    while (box.find() && box.start() < matchStart) {
      last = box.group();
      lastEnd = box.end();
    }
    return last != null && matchStart - lastEnd <= BOX_LABEL
        && (last.equals("☐") || last.replaceAll("\\s", "").equals("[]"));
  }

  /**
   * The context of the span {@code [matchStart, matchEnd)} in a sentence.
   *
   * @param sentence the segment text
   * @param matchStart offset of the match in the sentence
   * @param matchEnd offset after the match
   */
  public MatchContext classify(String sentence, int matchStart, int matchEnd) {
    return classify(sentence, matchStart, matchEnd, Rule.DENIAL_WORDS);
  }

  /**
   * The context of the span {@code [matchStart, matchEnd)} of a rule's match in a sentence.
   *
   * @param sentence the sentence
   * @param matchStart offset of the match in the sentence
   * @param matchEnd end offset of the match
   * @param ownDenials the denial words the rule itself asks for ({@link Rule#denials()}); any other
   *     denial word between the first and last word of the match denies it
   */
  public MatchContext classify(String sentence, int matchStart, int matchEnd, Set<String> ownDenials) {
    Parsed parsed = parse(sentence);
    List<Token> tokens = parsed.tokens();
    if (tokens.isEmpty()) {
      return MatchContext.AFFIRMED;
    }
    int matchFirst = -1;
    int matchLast = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > matchStart && t.start() < matchEnd) {
        if (matchFirst < 0) {
          matchFirst = i;
        }
        matchLast = i;
      }
    }
    if (matchFirst < 0) {
      return MatchContext.AFFIRMED;
    }
    if (uncheckedBox(sentence, matchStart)) {
      return MatchContext.NEGATED;
    }
    List<Found> found = parsed.found();
    boolean negated = false;
    boolean negatedOutside = false;
    PlanCondition plan = conditionalPlan(sentence, tokens, matchFirst);
    boolean hypothetical = waitsOnCondition(tokens, matchFirst, matchLast) || plan != null
        || trailingCondition(sentence, tokens, matchLast) || counterfactual(sentence, tokens, matchFirst);
    boolean other = false;

    for (Found f : found) {
      ContextTriggers.Type type = f.trigger().type();
      if (type == ContextTriggers.Type.PSEUDO || type == ContextTriggers.Type.TERMINATION) {
        continue;
      }
      if (f.first() >= matchFirst && f.last() <= matchLast
          && (f.first() == matchFirst || f.last() == matchLast)) {
        // A trigger at the edge of the match is part of what the rule asked for ("geen
        // structuur"); one in the middle of a proximity match ("vader met uitnodiging voor
        // gesprek") is not, and still applies.
        continue;
      }
      boolean inside = f.first() > matchFirst && f.last() < matchLast;
      if (!inside && bracketedAway(tokens, f, matchFirst, matchLast)) {
        // "LPA heeft PV opgemaakt (Halt-afdoening niet meer aan de orde door de duur)": what a
        // bracket says about something else does not reach out of it.
        continue;
      }
      if (type == ContextTriggers.Type.NEGATED && !inside && f.last() < matchFirst
          && (inCondition(sentence, f, found, tokens) || plan != null && plan.contains(f))) {
        // A negation inside a condition ("indien u niet verschijnt, zal ik proces-verbaal
        // opmaken") belongs to the condition: what follows is hypothetical, not denied.
        hypothetical = true;
        continue;
      }
      if (type == ContextTriggers.Type.NEGATED && !inside && f.last() < matchFirst
          && commaAfter(sentence, tokens, f.last())
          && f.trigger().direction() == ContextTriggers.Direction.FORWARD) {
        // "overziet het inhaalwerk niet, moeite met plannen": a negation that closes its clause
        // (Dutch puts "niet" last) does not reach past the comma into the next one.
        continue;
      }
      if (type == ContextTriggers.Type.NEGATED && !inside && f.last() < matchFirst
          && direction(f, tokens) != ContextTriggers.Direction.BACKWARD
          && !listAcrossComma(sentence, tokens, f.last(), matchFirst)) {
        // "Vader al 2 jaar zonder werk, brieven van deurwaarders op tafel": a denial reaches past a
        // comma only into a list it heads ("geen aanwijzingen voor pesten, drugs of problemen thuis").
        continue;
      }
      if (type == ContextTriggers.Type.NEGATED && noLonger(tokens, f, matchFirst, matchLast)) {
        // "sinds maart geen verzuim meer": what is no longer there was there before, and a case is
        // coded over the whole dossier (like the pseudo-triggers "niet meer", "geen last meer van").
        continue;
      }
      if (inside || inScope(sentence, f, found, tokens, matchFirst, matchLast)) {
        switch (type) {
          case NEGATED -> {
            negated = true;
            negatedOutside |= !inside;
          }
          case HYPOTHETICAL -> hypothetical = true;
          case OTHER_PERSON -> other = true;
          default -> {}
        }
      }
    }
    if (deniedBetween(tokens, found, matchFirst, matchLast, ownDenials)) {
      negated = true;
    }
    for (int[] scope : parsed.finalNegations()) {
      // The match's last word decides for a proximity match that runs into the denied clause:
      // "BT gaat eerst met lln in gesprek, moeder wil niet" (rule "gesprek moeder"~5).
      // "school heeft niets doorgegeven" (rule "school heeft"): a match that ends on the verb.
      if (scope[0] <= matchLast && matchLast <= scope[1] || scope[0] <= matchFirst && matchLast == scope[1] + 1) {
        negated = true;
        negatedOutside = true;
      }
    }
    if (deniedVerb(sentence, tokens, found, matchFirst, matchLast) || deniedHeading(sentence, tokens, found, matchFirst)
        || offerRefused(tokens, matchFirst, matchLast) || ruledOutByComparison(tokens, matchFirst)) {
      negated = true;
      negatedOutside = true;
    }
    if (deniedLabel(sentence, tokens, matchLast) || notPresent(sentence, tokens, matchLast)) {
      negated = true;
      negatedOutside = true;
    }
    String frame = separableFrame(sentence, tokens, matchFirst, matchLast);
    if ("af".equals(frame)) {
      negated = true;
      negatedOutside = true;
    } else if ("voor".equals(frame)) {
      hypothetical = true;
    }
    if (negativeCondition(parsed, found, matchFirst)) {
      // "Als vader niet meewerkt aan de aanmelding, maak ik een PV op": the negation belongs to the
      // condition, and what follows the comma is what will happen if it holds.
      negated = false;
      hypothetical = true;
    }
    if (negated && (negatedOutside || !other)) {
      // A denial in the middle of a proximity match is the rule's own wording ("spreekt (nog) geen
      // Nederlands"); who it is about still decides: "Moeder spreekt geen Nederlands".
      return MatchContext.NEGATED;
    }
    // The one a statement is attributed to said it, whatever its mood: "volgens de zorgcoördinator
    // heeft een aanvraag pas zin als K. zelf in beeld is" (the coordinator is heard, not supposed).
    if (hypothetical && isSource(tokens, matchFirst)) {
      hypothetical = false;
    }
    // A question asserts nothing: "I: Is er ook gesproken over een proces-verbaal?" (interviews).
    if (hypothetical || isQuestion(sentence) || counterfactual(sentence, tokens)) {
      return MatchContext.HYPOTHETICAL;
    }
    return other ? MatchContext.OTHER_PERSON : MatchContext.AFFIRMED;
  }

  /** Whether the match is the one "volgens" names: "volgens de mentor", "volgens haar moeder". */
  private static boolean isSource(List<Token> tokens, int matchFirst) {
    int i = matchFirst - 1;
    if (i >= 0 && (ARTICLES.contains(tokens.get(i).word()) || SOURCE_POSSESSIVES.contains(tokens.get(i).word()))) {
      i--;
    }
    return i >= 0 && tokens.get(i).word().equals("volgens");
  }

  /**
   * Finite verbs of having, being, wanting and seeing (and the passive "wordt") after which a
   * clause-final "niet" denies the words put before the verb: "Lichamelijke klachten heeft hij
   * niet", "Problemen thuis zijn er niet, zegt hij", "Gepest wordt hij niet". Verbs of going and
   * doing are left out: "naar school gaat hij niet" describes the absence itself.
   */
  private static final Set<String> FINAL_NEGATION_VERBS = withHaveAndBe(
      "hoeft", "hoeven", "hoefde", "wil", "willen", "wilde", "wilden", "zie", "ziet", "zien", "zag",
      "herken", "herkent", "herkennen", "herkende", "speelt", "spelen", "speelde", "weet", "weten",
      "wordt", "worden", "werd", "kent", "kennen", "kende", "kenden", "kan", "kon", "mag", "mocht",
      // "Aan motivatie ontbreekt het betrokkene niet", "Aan zijn inzet lag het niet"
      "ontbreekt", "ontbrak", "ligt", "lag");

  /**
   * Auxiliaries and modals whose infinitive or participle closes the clause after "niet": "Een
   * aangepast rooster kunnen wij niet bieden", "een waarschuwing is bewust niet gegeven".
   */
  private static final Set<String> AUXILIARIES = withHaveAndBe(
      "wordt", "worden", "werd", "werden", "kan", "kunnen", "kon", "konden", "mag", "mogen",
      "mocht", "zal", "zullen", "wil", "willen", "hoeft", "hoeven");

  /** The finite forms of "hebben" and "zijn", which both verb lists above share, and more. */
  private static Set<String> withHaveAndBe(String... more) {
    Set<String> verbs = new java.util.HashSet<>(List.of(
        "heb", "hebt", "heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren"));
    verbs.addAll(List.of(more));
    return Set.copyOf(verbs);
  }

  /** Whether a word looks like an infinitive or participle: "bieden", "gegeven", "aangevraagd". */
  private static boolean verbForm(String word) {
    return word.length() > 3 && (word.endsWith("en") || word.startsWith("ge"))
        || word.length() >= 6 && (word.endsWith("d") || word.endsWith("t"));
  }

  /** Words that open a subordinate clause, whose verb comes last and whose "niet" is no topic denial. */
  private static final Set<String> SUBORDINATORS = Set.of(
      "als", "wanneer", "indien", "mocht", "tenzij", "zolang", "omdat", "doordat", "dat", "of",
      "zodat", "terwijl", "hoewel", "nadat", "voordat", "sinds", "toen", "waardoor", "waarin", "die");

  /** How far before a clause-final "niet" its verb may stand (subject, "er", "ook", "nog" between). */
  private static final int FINAL_NEGATION_REACH = 7;

  /**
   * The tokens a trigger other than a denial claimed: "niet goed", "nooit goed" describe, "niet uit
   * te sluiten" leaves open; they deny nothing.
   */
  private static boolean[] pseudoTokens(List<Found> found, int size) {
    boolean[] pseudo = new boolean[size];
    for (Found f : found) {
      if (f.trigger().type() != ContextTriggers.Type.NEGATED) {
        for (int k = f.first(); k <= f.last(); k++) {
          pseudo[k] = true;
        }
      }
    }
    return pseudo;
  }

  /**
   * The token ranges denied by a clause-final "niet": Dutch puts a topic first, then the finite
   * verb, then the subject, and "niet" last ("Zorgen over haar gedrag heb ik niet"). A window after
   * the trigger cannot see this, so a clause (between commas, ";" and ":") that ends in "niet", has
   * one of {@link #FINAL_NEGATION_VERBS} within reach before it and does not open with a
   * subordinator, denies its words before that verb.
   */
  private static List<int[]> clauseFinalNegations(String sentence, List<Token> tokens, boolean[] pseudo) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      boolean boundary = w.equals(";") || w.equals(":");
      if (boundary) {
        start = i + 1;
        continue;
      }
      boolean last = endsClause(sentence, tokens, i)
          || (denial(w) || i > 0 && denial(tokens.get(i - 1).word()))
              && SUBORDINATORS.contains(tokens.get(i + 1).word());
      if (!last) {
        continue;
      }
      // "… niet" or "… niet aangeboden / bieden / gegeven" (an auxiliary or modal up front).
      // "nooit" as "niet": "jeugdarts heeft hem nooit gezien", "de wijkagent kent hem nooit".
      // "niets"/"niks" only before a participle ("school heeft niets doorgegeven"): a bare one ends a
      // clause of knowing ("Van het spijbelen wist moeder niets"), which denies nothing that happened.
      int niet = bareDenial(w) ? i : deniedVerbForm(tokens, start, i, pseudo);
      Set<String> verbs = niet == i ? FINAL_NEGATION_VERBS : AUXILIARIES;
      if (niet < 0) {
        // "Een Halt-verwijzing is op deze leeftijd geen passende route": a copula and a denied
        // predicate at the clause end deny the subject.
        niet = deniedPredicate(tokens, start, i);
        verbs = COPULAS;
      }
      if (niet > start && !SUBORDINATORS.contains(tokens.get(start).word())) {
        for (int v = niet - 1; v > start && v >= niet - FINAL_NEGATION_REACH; v--) {
          if (verbs.contains(tokens.get(v).word())) {
            out.add(new int[] {start, v - 1});
            break;
          }
        }
      }
      if (ellipticalDenial(tokens, start, i)) {
        out.add(new int[] {start, i - 2});
      }
      int refrains = refrainingVerb(tokens, start, i);
      if (refrains > start) {
        out.add(new int[] {start, refrains - 1});
      }
      start = i + 1;
    }
    return List.copyOf(out);
  }

  /** Finite forms of "voorstellen", whose separable "voor" ends a clause of proposing. */
  private static final Set<String> PROPOSE = Set.of("stel", "stelt", "stellen", "stelde", "stelden");

  /** Finite forms of "afraden", whose separable "af" ends a clause of advising against. */
  private static final Set<String> ADVISE = Set.of("raad", "raadt", "raden", "raadde", "raadden", "ried", "rieden");

  /**
   * The particle of a separable verb that frames the clause holding the match, or null: "voor" when
   * the clause proposes it ("De consulent stelt een tijdelijke plaatsing op het OPDC voor"), "af"
   * when it advises against it ("Van een overstap naar een praktijkschool raadt de mentor af"). The
   * verb stands anywhere in the clause, its particle at the clause end.
   */
  private static String separableFrame(String sentence, List<Token> tokens, int matchFirst, int matchLast) {
    int start = matchFirst;
    while (start > 0 && !endsClause(sentence, tokens, start - 1)) {
      start--;
    }
    int end = matchLast;
    while (!endsClause(sentence, tokens, end)) {
      end++;
    }
    String particle = tokens.get(end).word();
    Set<String> verbs = particle.equals("voor") ? PROPOSE : particle.equals("af") ? ADVISE : null;
    if (verbs == null || end <= matchLast) {
      return null;
    }
    for (int k = start; k < end; k++) {
      if (verbs.contains(tokens.get(k).word())) {
        return particle;
      }
    }
    return null;
  }

  /** The finite forms of "zien", whose separable "af" ends a clause of refraining. */
  private static final Set<String> SEE = Set.of("zie", "ziet", "zien", "zag", "zagen");

  /**
   * The verb of a clause that refrains from what it opens with, or -1: "Van een proces-verbaal ziet
   * ondergetekende dan ook af" ("afzien van", its "af" last and its object first).
   */
  private static int refrainingVerb(List<Token> tokens, int start, int i) {
    if (!tokens.get(i).word().equals("af") || !tokens.get(start).word().equals("van")) {
      return -1;
    }
    for (int v = i - 1; v > start && v >= i - FINAL_NEGATION_REACH; v--) {
      if (SEE.contains(tokens.get(v).word())) {
        return v;
      }
    }
    return -1;
  }

  /** The adverbs of time that put off what a verbless clause names: "SWV nog niet", "PV voorlopig niet". */
  private static final Set<String> DEFERRALS = Set.of("nog", "nu", "voorlopig", "even", "vooralsnog");

  /** How many words a verbless clause may name before its deferral. */
  private static final int ELLIPSIS_REACH = 3;

  /**
   * Whether the clause {@code [start, i]} is a journal's verbless denial: a short name, a deferral
   * and "niet" at its end ("eerst consult JA afwachten, SWV nog niet."). A clause with a verb in it
   * ("lln komt nog niet") is left to the rules above: its "niet" may describe the absence itself.
   */
  private static boolean ellipticalDenial(List<Token> tokens, int start, int i) {
    if (!tokens.get(i).word().equals("niet") || i - 1 <= start || !DEFERRALS.contains(tokens.get(i - 1).word())
        || i - 1 - start > ELLIPSIS_REACH || SUBORDINATORS.contains(tokens.get(start).word())) {
      return false;
    }
    for (int k = start; k < i - 1; k++) {
      if (looksLikeVerb(tokens.get(k).word())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word of a short clause may be its verb: a listed finite verb, or a form ending in
   * "-t" (finite, "komt") or "-en" (infinitive or plural). A "(jeugd)arts" is a person.
   */
  private static boolean looksLikeVerb(String w) {
    return FINAL_NEGATION_VERBS.contains(w) || AUXILIARIES.contains(w)
        || w.length() > 3 && w.endsWith("t") && !w.endsWith("arts")
        || w.length() > 4 && w.endsWith("en");
  }

  /** Verbs that link a subject to what it is: "is geen optie", "lijkt geen goede stap". */
  private static final Set<String> COPULAS = Set.of(
      "is", "was", "zijn", "waren", "lijkt", "leek", "blijkt", "bleek");

  /** The "geen" of a predicate that closes its clause within three words ("geen zinvolle stap"), or -1. */
  private static int deniedPredicate(List<Token> tokens, int start, int i) {
    for (int g = i; g > start && g >= i - 3; g--) {
      if (tokens.get(g).word().equals("geen")) {
        return g < i ? g : -1;
      }
    }
    return -1;
  }

  /** How many words may stand between a denial and the verb form that closes its clause. */
  private static final int DENIED_FORM_GAP = 3;

  /**
   * The denial before a clause-final infinitive or participle, or -1: "niet gegeven", also with
   * words between ("is niet bij dit MDO betrokken", "is nooit betrokken geweest"). A denial that a
   * pseudo-trigger claimed ("niet geholpen", "nooit goed") denies nothing.
   */
  private static int deniedVerbForm(List<Token> tokens, int start, int i, boolean[] pseudo) {
    if (!verbForm(tokens.get(i).word())) {
      return -1;
    }
    for (int k = i - 1; k > start && k >= i - 1 - DENIED_FORM_GAP; k--) {
      if (denial(tokens.get(k).word())) {
        // only a denial no pseudo-trigger claimed: "is nooit goed gegaan" says it went badly, and
        // "heeft niet geholpen" says a measure was taken
        return !pseudo[k] ? k : -1;
      }
    }
    return -1;
  }

  /** "niet" and "nooit": the denials that close a clause or follow a verb on their own. */
  private static boolean bareDenial(String word) {
    return word.equals("niet") || word.equals("nooit");
  }

  /** A bare denial, or "niets"/"niks", which deny only before a participle. */
  private static boolean denial(String word) {
    return bareDenial(word) || word.equals("niets") || word.equals("niks");
  }

  /**
   * Conditions that are never temporal ("indien", "mocht") or look ahead ("zodra hij weer komt, wil
   * ik …"): a sentence they open is hypothetical to its end, main clause included. "Als" and
   * "wanneer" are left out: "als hij boos wordt, gooit hij met spullen" reports what happens.
   */
  private static final Set<String> OPENING_CONDITIONS = Set.of("indien", "mocht", "mochten", "ingeval", "zodra");

  /** Words that open a condition when they open the sentence. */
  private static final Set<String> CONDITIONS = Set.of("als", "wanneer", "zolang");

  /**
   * Whether the sentence opens with a condition ("als", "wanneer", "zolang") that contains a
   * negation, and the match lies after the comma that closes it. "Als" is no trigger of its own
   * (it is mostly temporal: "als hij boos wordt, gooit hij met spullen"); a negated condition
   * ("als hij niet komt, …") is a threat or a plan, unless the consequence is negated itself.
   */
  private static boolean negativeCondition(Parsed parsed, List<Found> found, int matchFirst) {
    int close = parsed.conditionEnd();
    if (close < 0 || matchFirst <= close) {
      return false;
    }
    boolean inCondition = false;
    int open = conditionStart(parsed.tokens());
    for (Found f : found) {
      if (f.trigger().type() != ContextTriggers.Type.NEGATED || f.first() < open) {
        continue;
      }
      if (f.last() <= close) {
        inCondition = true;
      } else if (f.first() < matchFirst) {
        return false; // the consequence itself is negated: "als het niet lukt, geen PV maar …"
      }
    }
    return inCondition;
  }

  /**
   * The first token of a condition that opens the sentence, or the clause after a colon ("LPA wijst
   * op de kwalificatieplicht: als hij niet meewerkt, maakt LPA een PV op"), or -1.
   */
  private static int conditionStart(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if ((i == 0 || tokens.get(i - 1).word().equals(":")) && CONDITIONS.contains(tokens.get(i).word())) {
        return i;
      }
    }
    return -1;
  }

  /** The last token before the comma that closes the condition of {@link #conditionStart}, or -1. */
  private static int conditionEnd(String sentence, List<Token> tokens) {
    int start = conditionStart(tokens);
    return start < 0 ? -1 : commaFrom(sentence, tokens, start);
  }

  /** Words after "pas" that make what the clause says wait on a condition. */
  private static final Set<String> AWAITED_CONDITIONS = Set.of("als", "wanneer", "zodra", "indien");

  /**
   * Whether the match lies before a condition that a "pas" announces: "Over een aangepast
   * programma kan pas gesproken worden als de woonsituatie duidelijk is", "een PV heeft pas zin als
   * ik weet wat er speelt", "Pas als hij weer komt, kijken we naar een rooster". What waits on a
   * condition has not happened.
   */
  private static boolean waitsOnCondition(List<Token> tokens, int matchFirst, int matchLast) {
    int clause = 0;
    for (int i = 0; i < tokens.size() && i < matchFirst + 1 + 8; i++) {
      String w = tokens.get(i).word();
      if (w.equals(";")) {
        clause = i + 1;
      }
      if (!w.equals("pas") || i > matchLast + 6) {
        continue;
      }
      for (int j = i + 1; j < tokens.size() && j <= i + 6; j++) {
        String c = tokens.get(j).word();
        if (c.equals(";")) {
          break;
        }
        if (AWAITED_CONDITIONS.contains(c)) {
          // "Pas als de woonsituatie duidelijk is, kan …" waits from its first word to its end.
          boolean opens = j == i + 1 && i == clause;
          if (clause <= matchFirst && (matchLast < j || opens)) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /** Verbs after "dan" that make a conditional sentence a plan: "…, dan moet ze door met …". */
  private static final Set<String> PLAN_VERBS = Set.of(
      "moet", "moeten", "zal", "zullen", "zult", "volgt", "volgen", "kan", "kunt", "kunnen", "mag", "mogen",
      "wordt", "gaat", "gaan");

  /**
   * Modals that open a plan's main clause without "dan"; "kan" is left out: "als hij boos wordt, kan
   * hij gaan schelden" describes what he does.
   */
  private static final Set<String> PLAN_MODALS = Set.of("mag", "mogen", "moet", "moeten", "zal", "zullen", "zult", "kunt");

  /** Verbs of wanting that open a plan's main clause when the writer is their subject. */
  private static final Set<String> WISHES = Set.of("wil", "willen");

  /** The writer of a dossier as subject: "wil ik", "willen we". */
  private static final Set<String> WRITERS = Set.of("ik", "we", "wij");

  /**
   * The condition of a conditional plan: the token of its "als" or "wanneer" and the first token of
   * the main clause after it.
   */
  private record PlanCondition(int opens, int mainClause) {
    /** Whether a trigger lies inside the condition: "als hij zich niet aan afspraken houdt". */
    boolean contains(Found f) {
      return f.first() > opens && f.last() < mainClause;
    }
  }

  /**
   * The conditional plan the match lies in, from its "als" or "wanneer" on, or null: "Als er in
   * februari geen plek is, dan moet ze door met de overbrugging", "… als hij een leerbedrijf vindt,
   * dan kan hij werken en leren combineren". The comma before "dan" and the modal after it tell a
   * plan from a habit ("als hij boos wordt, gooit hij met spullen").
   */
  private static PlanCondition conditionalPlan(String sentence, List<Token> tokens, int matchFirst) {
    for (int d = 1; d + 1 < tokens.size(); d++) {
      // "…, dan mag de mentor mij bellen", or with "dan" left out: "als de school vragen heeft, mag
      // de mentor mij bellen" (the modal right after the comma opens the main clause).
      boolean withThen = tokens.get(d).word().equals("dan") && PLAN_VERBS.contains(tokens.get(d + 1).word());
      // The writer's own wish after a condition is a plan too: "als er echt een opname is, wil ik
      // daar een bewijs van zien".
      boolean modalFirst = PLAN_MODALS.contains(tokens.get(d).word())
          || (WISHES.contains(tokens.get(d).word()) && WRITERS.contains(tokens.get(d + 1).word()));
      // Without the comma, the condition's own verb closes it right before the modal: "als hij
      // zich niet aan afspraken gaat houden zal LPA een proces-verbaal opmaken" ("als hij zal
      // komen" has the modal inside the condition).
      boolean closedByVerb = modalFirst && d >= 3 && isVerbForm(tokens.get(d - 1).word());
      boolean comma = commaAfter(sentence, tokens, d - 1);
      // A condition that something goes on or gets worse makes any main clause after its comma a
      // plan: "Als de buikpijn blijft, gaan ouders met hem naar de jeugdarts".
      boolean persisting = comma && persistingCondition(tokens, d - 1);
      if (!(withThen || modalFirst || persisting) || !comma && !closedByVerb) {
        continue;
      }
      for (int a = d - 1; a >= 0 && a >= d - 15; a--) {
        String w = tokens.get(a).word();
        if (w.equals(";") || w.equals(":")) {
          break;
        }
        if (PLAN_CONDITIONS.contains(w)) {
          if (matchFirst < a) {
            break;
          }
          for (int k = d; k < matchFirst; k++) {
            if (tokens.get(k).word().equals(";")) {
              return null;
            }
          }
          return new PlanCondition(a, d);
        }
      }
    }
    return null;
  }

  /** The words that open the condition of a conditional plan: "als", "wanneer". */
  private static final Set<String> PLAN_CONDITIONS = Set.of("als", "wanneer");

  /** What a condition waits for when it says that something goes on or gets worse. */
  private static final Set<String> PERSISTS = Set.of(
      "blijft", "blijven", "aanhoudt", "aanhouden", "doorzet", "doorzetten", "doorgaat", "doorgaan",
      "voortduurt", "voortduren", "verergert", "verergeren", "toeneemt", "toenemen", "zwaarder",
      "erger", "verslechtert",
      // goes wrong, rises, takes longer, is needed: "als het weer misgaat, kijken we opnieuw naar de
      // jeugdarts", "als de GGZ-wachttijd langer wordt, …", "als het nodig is, hebben we een MDO"
      "misgaat", "misgaan", "oploopt", "oplopen", "langer", "nodig");

  /** Help that is not enough, after "niet": "als de gesprekken niet genoeg zijn". */
  private static final Set<String> NOT_ENOUGH = Set.of("genoeg");

  /**
   * What a condition that opens the sentence says does not work or is not enough, after "niet":
   * "als het verkorte rooster niet lukt, …".
   */
  private static final Set<String> FAILS = Set.of("lukt", "lukken", "werkt", "werken", "genoeg");

  /**
   * Whether the "als"/"wanneer" clause that ends at token {@code end} waits on something going on or
   * getting worse ("als de buikpijn blijft,"), or on help not being enough or not working ("als de
   * gesprekken niet genoeg zijn", "als het verkorte rooster niet lukt").
   */
  private static boolean persistingCondition(List<Token> tokens, int end) {
    for (int a = end; a >= 0 && a >= end - 12; a--) {
      String w = tokens.get(a).word();
      if (w.equals(";") || w.equals(":")) {
        return false;
      }
      if (PLAN_CONDITIONS.contains(w)) {
        return !comparison(tokens, a) && persistsIn(tokens, a + 1, end, FAILS);
      }
    }
    return false;
  }

  /** "als een vernedering": a comparison, not a condition. */
  private static boolean comparison(List<Token> tokens, int als) {
    return als + 1 < tokens.size() && tokens.get(als).word().equals("als") && tokens.get(als + 1).word().equals("een");
  }

  private static boolean persistsIn(List<Token> tokens, int from, int to, Set<String> failing) {
    for (int k = from; k <= to && k < tokens.size(); k++) {
      String w = tokens.get(k).word();
      if (PERSISTS.contains(w) || failing.contains(w) && k > from && tokens.get(k - 1).word().equals("niet")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an "als"/"wanneer" clause after the match waits on something going on or getting worse:
   * "BT vraagt jeugdhulp aan als de gesprekken met moeder niet genoeg zijn", "huisarts kan worden
   * ingeschakeld als het aanhoudt".
   */
  private static boolean trailingCondition(String sentence, List<Token> tokens, int matchLast) {
    for (int i = matchLast + 1; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (w.equals(";") || commaAfter(sentence, tokens, i - 1)) {
        return false;
      }
      if (PLAN_CONDITIONS.contains(w) && !comparison(tokens, i)) {
        // the condition runs to its comma, ";" or the sentence end: "als ze er is, werkt ze goed
        // mee, kort lontje blijft" waits on nothing going on
        int end = i + 1;
        while (end < tokens.size() && !tokens.get(end).word().equals(";") && !commaAfter(sentence, tokens, end - 1)) {
          end++;
        }
        // (not "als iets niet lukt" after the match: "raakt snel boos als iets niet lukt" is a habit)
        return persistsIn(tokens, i + 1, end - 1, NOT_ENOUGH);
      }
    }
    return false;
  }

  /** The past of "hebben" that makes a modal infinitive after it a counterfactual. */
  private static final Set<String> PAST_HAVE = Set.of("had", "hadden");
  /** Modal infinitives that, after "had", say what could or should have been: "had moeten plannen". */
  private static final Set<String> MODAL_INFINITIVES = Set.of("kunnen", "moeten", "mogen");
  /** Finite verbs that open the main clause of a counterfactual: "…, was F. niet thuis komen te zitten". */
  private static final Set<String> COUNTERFACTUAL_MAIN = Set.of("had", "hadden", "was", "waren", "zou", "zouden");

  /**
   * Whether the match lies in a counterfactual: what could or should have been done, and so was
   * not. Two forms of Dutch grammar:
   * <ul>
   *   <li>"had"/"hadden" with a modal infinitive after it in the same clause: "We hadden een
   *       terugkeergesprek moeten plannen", "had BT een jongerenwerker kunnen inzetten";
   *   <li>a condition in the pluperfect and the main clause after its comma opening with "had",
   *       "was" or "zou": "als het OPDC eerder plek had gehad, was F. niet thuis komen te zitten".
   * </ul>
   * Lerende evaluaties look back this way ("wat had beter gekund"); a careful coder reads no
   * intervention in it.
   */
  private static boolean counterfactual(String sentence, List<Token> tokens, int matchFirst) {
    int clause = 0;
    for (int i = 0; i < matchFirst; i++) {
      String w = tokens.get(i).word();
      if (w.equals(";") || w.equals(":")) {
        clause = i + 1;
      }
    }
    int start = clause;
    for (int h = clause; h < matchFirst; h++) {
      if (commaAfter(sentence, tokens, h)) {
        start = h + 1;
      }
    }
    // "had … moeten/kunnen": from the "had" before the match, in its clause, to a modal after it
    for (int h = start; h < matchFirst; h++) {
      if (!PAST_HAVE.contains(tokens.get(h).word())) {
        continue;
      }
      for (int m = h + 1; m < tokens.size(); m++) {
        String w = tokens.get(m).word();
        if (w.equals(";") || w.equals(":")) {
          break;
        }
        if (MODAL_INFINITIVES.contains(w) && m >= matchFirst) {
          return true;
        }
        if (commaAfter(sentence, tokens, m)) {
          break;
        }
      }
    }
    // "als … had …, had/was/zou …": the condition opens the clause the match stands in
    if (clause >= tokens.size() || !PLAN_CONDITIONS.contains(tokens.get(clause).word()) || comparison(tokens, clause)) {
      return false;
    }
    int close = commaFrom(sentence, tokens, clause);
    if (close < 0 || close + 1 >= tokens.size() || !COUNTERFACTUAL_MAIN.contains(tokens.get(close + 1).word())) {
      return false;
    }
    for (int k = clause + 1; k <= close; k++) {
      if (PAST_HAVE.contains(tokens.get(k).word())) {
        return true;
      }
    }
    return false;
  }

  /** Words that end like a verb form but close no clause (or, like "heeft", none before a modal). */
  private static final Set<String> NOT_CLOSING_VERBS =
      Set.of("niet", "met", "dat", "wat", "heeft", "uit", "tot", "het", "ouders", "even", "eten", "eens");

  /** An infinitive or a finite verb in -t, as a clause ends with it ("houden", "aanhoudt", "komt"). */
  private static boolean isVerbForm(String word) {
    return word.length() >= 4 && (word.endsWith("en") || word.endsWith("t")) && !NOT_CLOSING_VERBS.contains(word);
  }

  /**
   * Whether a denial word stands between the first and last word of a proximity match without being
   * the rule's own wording: "Veilig Thuis heeft moeder niet gesproken" for "moeder gesproken"~3,
   * "ouders werken niet mee" for "ouders werken mee"~2. A trigger at the edge of the match ("moeder
   * niet") or a pseudo-trigger that is a finding elsewhere ("werken niet mee") still denies the
   * words around it here. "niet alleen" and "niet meer" deny nothing that was there.
   */
  private static boolean deniedBetween(
      List<Token> tokens, List<Found> found, int matchFirst, int matchLast, Set<String> ownDenials) {
    for (int k = matchFirst + 1; k < matchLast; k++) {
      String word = tokens.get(k).word();
      if (Rule.DENIAL_WORDS.contains(word) && !ownDenials.contains(word) && !notDenying(tokens, found, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the denial word at {@code k} says "not only" or "no longer": it belongs to a
   * pseudo-trigger with "alleen" or "meer" in it, or "meer" follows it.
   */
  private static boolean notDenying(List<Token> tokens, List<Found> found, int k) {
    for (Found f : found) {
      if (f.trigger().type() == ContextTriggers.Type.PSEUDO && f.first() <= k && k <= f.last()) {
        for (int i = f.first(); i <= f.last(); i++) {
          String w = tokens.get(i).word();
          if (w.equals("alleen") || w.equals("meer")) {
            return true;
          }
        }
      }
    }
    return k + 1 < tokens.size() && tokens.get(k + 1).word().equals("meer");
  }

  /** Whether a "geen" right before the match is closed by "meer" right after it: "geen verzuim meer". */
  private static boolean noLonger(List<Token> tokens, Found f, int matchFirst, int matchLast) {
    return f.first() == f.last() && tokens.get(f.first()).word().equals("geen")
        && f.last() < matchFirst && matchFirst - f.last() <= 2
        && matchLast + 1 < tokens.size() && tokens.get(matchLast + 1).word().equals("meer");
  }

  /** Words that offer or raise help or a measure: "Buurtteam aangeboden", "OPDC is besproken". */
  private static final Set<String> OFFERS = Set.of(
      "genoemd", "besproken", "aangeboden", "voorgesteld", "geopperd", "geadviseerd", "aanbod",
      "biedt", "bood", "boden", "gesproken");

  /** Verbs of wanting, whose denial refuses what was offered: "moeder wil daar niets van weten". */
  private static final Set<String> WANTS = Set.of("wil", "willen", "wilde", "wilden");

  /** Words that refuse on their own: "moeder weigert", "ouders wijzen dat af". */
  private static final Set<String> REFUSALS = Set.of(
      "weigert", "weigeren", "weigerde", "weigerden", "afgewezen", "afgeslagen");

  private static final Set<String> REFUSING_DENIALS = Set.of("niet", "geen", "niets", "niks");

  /** How far from the match the offer word, and from the offer the refusal, may stand. */
  private static final int OFFER_REACH = 8;

  /** Words between "dan" and the rejected side of a preference ("dan te weinig", "dan via het"). */
  private static final Set<String> COMPARISON_FILLERS = Set.of("te", "een", "de", "het", "zo", "via", "door");

  /** How far before "dan" the "eerder" or "liever" of a preference may stand. */
  private static final int COMPARISON_REACH = 8;

  /**
   * Whether the match is the rejected side of a preference: "eerder te perfectionistisch dan
   * slordig", "eerder te veel inzet dan te weinig", "liever zelf dan via het buurtteam". The word
   * after "dan" is what the writer says is not the case.
   */
  private static boolean ruledOutByComparison(List<Token> tokens, int matchFirst) {
    int dan = -1;
    for (int i = matchFirst - 1; i >= 0 && i >= matchFirst - 3; i--) {
      String w = tokens.get(i).word();
      if (w.equals("dan")) {
        dan = i;
        break;
      }
      if (!COMPARISON_FILLERS.contains(w)) {
        return false;
      }
    }
    if (dan < 0) {
      return false;
    }
    for (int i = dan - 1; i >= 0 && i >= dan - COMPARISON_REACH; i--) {
      String w = tokens.get(i).word();
      if (w.equals("eerder") || w.equals("liever")) {
        return true;
      }
      if (w.equals("dan")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the match is something offered or raised that the same sentence then refuses: "BT
   * aanmelding voorgesteld, moeder wil geen hulpverlening thuis", "We hebben gesproken over een
   * plaatsing op het OPDC, maar moeder wil daar niets van weten", "Mentor biedt huiswerkklas aan, lln
   * wil niet". What is refused did not happen, whoever refused it.
   */
  private static boolean offerRefused(List<Token> tokens, int matchFirst, int matchLast) {
    int offer = -1;
    for (int i = Math.max(0, matchFirst - OFFER_REACH); i < tokens.size() && i <= matchLast + OFFER_REACH; i++) {
      if (OFFERS.contains(tokens.get(i).word())) {
        offer = i;
        break;
      }
    }
    if (offer < 0) {
      return false;
    }
    int from = Math.max(offer, matchLast) + 1;
    for (int i = from; i < tokens.size() && i <= from + OFFER_REACH + 4; i++) {
      String w = tokens.get(i).word();
      if (REFUSALS.contains(w)) {
        return true;
      }
      if (WANTS.contains(w) || w.equals("nodig") || w.equals("noodzaak") || w.equals("behoefte")) {
        // a denial next to it: "wil niet", "niet wil", "wil daar niets van weten", "geen noodzaak";
        // not "wil niet naar school", which is the absence, not a refusal
        for (int j = Math.max(from, i - 3); j < tokens.size() && j <= i + 3; j++) {
          if (REFUSING_DENIALS.contains(tokens.get(j).word())
              && (j + 1 == tokens.size() || !tokens.get(j + 1).word().equals("naar"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Words that stand for the pupil as the subject of a clause. */
  private static final Set<String> PUPIL_SUBJECTS = Set.of(
      "hij", "zij", "ze", "lln", "leerling", "jongere", "jongen", "meisje");

  /**
   * Whether the match is the pupil's verb and a plain "niet" or "nooit" follows it: "Lln blowt niet
   * volgens eigen zeggen", "hij spijbelt nooit", "volgens BT blowt hij niet". A window after a trigger cannot see a denial that
   * Dutch puts after the finite verb. Only a one-word match right after the subject qualifies: after
   * a noun the "niet" says something about it ("huiswerk niet af").
   */
  private static boolean deniedVerb(
      String sentence, List<Token> tokens, List<Found> found, int matchFirst, int matchLast) {
    if (matchFirst != matchLast || matchFirst == 0) {
      return false;
    }
    // "Lln blowt niet", or inverted after a fronted phrase: "volgens BT blowt hij niet"; or
    // "A. twijfelt niet aan haar keuze", the pupil's initial opening the sentence.
    boolean initial = matchFirst == 1 && isInitial(sentence, tokens.get(0));
    int after = initial || PUPIL_SUBJECTS.contains(tokens.get(matchFirst - 1).word()) ? matchLast + 1
        : matchLast + 1 < tokens.size() && PUPIL_SUBJECTS.contains(tokens.get(matchLast + 1).word()) ? matchLast + 2
        : -1;
    if (after < 0) {
      return false;
    }
    for (Found f : found) {
      if (f.first() == after && f.last() == f.first()
          && f.trigger().type() == ContextTriggers.Type.NEGATED) {
        return bareDenial(tokens.get(f.first()).word());
      }
    }
    return false;
  }

  /** Whether a token is an initial: one capital letter and a full stop ("A.", "M."). */
  private static boolean isInitial(String sentence, Token t) {
    return t.end() - t.start() == 1 && Character.isUpperCase(sentence.charAt(t.start()))
        && t.end() < sentence.length() && sentence.charAt(t.end()) == '.';
  }

  /** How far after a sentence-opening denial its colon may stand: "Niet aan de orde op dit moment:". */
  private static final int HEADING_REACH = 5;

  /**
   * Whether the sentence opens with a denial that heads what follows its colon, and the match lies
   * there: "Niet aan de orde op dit moment: opvoedondersteuning", "Niet gelukt: contact met vader".
   * Up to the next ";" or termination, what the colon introduces is denied.
   */
  private static boolean deniedHeading(String sentence, List<Token> tokens, List<Found> found, int matchFirst) {
    for (Found f : found) {
      // "Ter info: ik heb moeder een schriftelijke waarschuwing gestuurd" passes a message on; it
      // denies nothing that follows.
      if (f.first() != 0 || f.trigger().type() != ContextTriggers.Type.NEGATED
          || f.trigger().tokens().get(0).equals("ter")) {
        continue;
      }
      for (int c = f.last() + 1; c < tokens.size() && c <= f.last() + HEADING_REACH; c++) {
        if (tokens.get(c).word().equals(":")) {
          int stop = nextStop(found, tokens, c, true, ContextTriggers.Type.NEGATED);
          return matchFirst > c && matchFirst <= Math.min(stop, c + WINDOW);
        }
      }
    }
    return false;
  }

  /** The words after "niet" that say someone was not there: "Buurtteam niet aanwezig". */
  private static final Set<String> NOT_THERE = Set.of("aanwezig", "verschenen", "gekomen");
  /** The forms of "zijn" that may stand between the one absent and "niet": "Mentor was niet aanwezig". */
  private static final Set<String> BE = Set.of("is", "was", "waren", "zijn");

  /**
   * Whether the match is the one who was not there, in a clause of its own: "Buurtteam niet
   * aanwezig.", "Mentor was niet aanwezig, wel de zoco". (Not a longer clause: "Moeder niet
   * aanwezig bij het gesprek omdat …" still closes at the clause end below.)
   */
  private static boolean notPresent(String sentence, List<Token> tokens, int matchLast) {
    int i = matchLast + 1;
    if (i < tokens.size() && BE.contains(tokens.get(i).word())
        && !commaAfter(sentence, tokens, matchLast)) {
      i++;
    }
    if (i + 1 >= tokens.size() || commaAfter(sentence, tokens, i - 1) || !tokens.get(i).word().equals("niet")
        || !NOT_THERE.contains(tokens.get(i + 1).word())) {
      return false;
    }
    return endsClause(sentence, tokens, i + 1) || gapAfter(sentence, tokens, i + 1).indexOf('(') >= 0;
  }

  /**
   * Values that deny a label whatever follows: "Drugsgebruik: geen aanwijzingen volgens mentor en
   * zoco, wel alert blijven" (the rest says whose finding it is).
   */
  private static final Set<String> NO_SIGNS = Set.of("aanwijzingen", "aanwijzing", "signalen", "sprake");

  /** Values that deny a label outright: "Jeugdarts: niet uitgenodigd", "Buurtteam: n.v.t.". */
  private static final Set<String> LABEL_DENIALS = Set.of("niet", "geen", "nee", "nvt", "afwezig", "afgemeld");

  /**
   * Whether the match is a label whose value after the colon denies it and says no more than two
   * words besides: "Jeugdarts: niet uitgenodigd, geen medische vraag", "Gedrag: geen
   * bijzonderheden". A longer value ("Mentor: niet tevreden over de inzet") is what the label says.
   */
  private static boolean deniedLabel(String sentence, List<Token> tokens, int matchLast) {
    int colon = matchLast + 1;
    if (colon + 1 >= tokens.size() || !tokens.get(colon).word().equals(":")) {
      return false;
    }
    // The value follows the colon, or whose word it is: "Lichamelijke klachten: volgens ouders geen."
    int lead = colon;
    if (tokens.get(colon + 1).word().equals("volgens")) {
      lead += colon + 3 < tokens.size() && ARTICLES.contains(tokens.get(colon + 2).word()) ? 3 : 2;
      if (lead + 1 >= tokens.size()) {
        return false;
      }
    }
    String value = tokens.get(lead + 1).word();
    boolean nvt = value.equals("n") && lead + 3 < tokens.size()
        && tokens.get(lead + 2).word().equals("v") && tokens.get(lead + 3).word().equals("t");
    if (!LABEL_DENIALS.contains(value) && !nvt) {
      return false;
    }
    if (value.equals("geen") && lead + 2 < tokens.size() && NO_SIGNS.contains(tokens.get(lead + 2).word())) {
      return true;
    }
    String between = gapAfter(sentence, tokens, lead);
    if (between.indexOf('\'') >= 0 || between.indexOf('"') >= 0 || between.indexOf('\u2018') >= 0
        || between.indexOf('\u201C') >= 0) {
      return false; // a quoted answer ("Gevraagd naar alcohol: 'nee, nooit'") is speech, not a label's value
    }
    for (int i = lead + (nvt ? 3 : 1); i < tokens.size() && i <= lead + (nvt ? 5 : 3); i++) {
      if (i == tokens.size() - 1 || commaAfter(sentence, tokens, i) || tokens.get(i + 1).word().equals(";")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The direction a found trigger reaches in. A backward denial that opens with "niet", "geen" or
   * "nooit" ("niet gestart", "geen gehoor") claims that word from the forward trigger it would
   * otherwise be, so it reaches forward too: "Lln niet gestart bij de nieuwe opleiding".
   */
  private static ContextTriggers.Direction direction(Found f, List<Token> tokens) {
    ContextTriggers.Direction d = f.trigger().direction();
    if (d == ContextTriggers.Direction.BACKWARD && f.trigger().type() == ContextTriggers.Type.NEGATED
        && f.last() > f.first() && FORWARD_DENIALS.contains(tokens.get(f.first()).word())) {
      return ContextTriggers.Direction.BOTH;
    }
    return d;
  }

  private static final Set<String> FORWARD_DENIALS = Set.of("niet", "geen", "nooit");

  /** Whether a negation trigger lies in the scope of a forward hypothetical trigger before it. */
  private static boolean inCondition(String sentence, Found negation, List<Found> found, List<Token> tokens) {
    // "zal"/"zullen" announce; they open no condition: "ze zal geen proces-verbaal opmaken" denies.
    for (Found h : found) {
      ContextTriggers.Direction d = h.trigger().direction();
      if (h.trigger().type() == ContextTriggers.Type.HYPOTHETICAL && h.last() < negation.first()
          && !(h.first() == h.last() && FUTURE.contains(tokens.get(h.first()).word())
              && !conditionBetween(tokens, h.last(), negation.first()))
          && (d == ContextTriggers.Direction.FORWARD || d == ContextTriggers.Direction.BOTH)
          && inScope(sentence, h, found, tokens, negation.first(), negation.last())) {
        return true;
      }
    }
    return false;
  }

  /** Whether "als", "indien" or the like opens a condition between two tokens. */
  private static boolean conditionBetween(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String w = tokens.get(k).word();
      if (CONDITIONS.contains(w) || OPENING_CONDITIONS.contains(w) || w.equals("tenzij")) {
        return true;
      }
    }
    return false;
  }

  /** The definite articles, which "volgens" may take before whose word it is ("volgens de ouders"). */
  private static final Set<String> ARTICLES = Set.of("de", "het");
  /** The possessives "volgens" may take before its source ("volgens haar moeder"); see {@link #isSource}. */
  private static final Set<String> SOURCE_POSSESSIVES = Set.of("haar", "zijn", "hun");

  /** The future auxiliaries, hypothetical on their own but no condition for a denial after them. */
  private static final Set<String> FUTURE = Set.of("zal", "zullen");

  /** Past forms that open a conditional clause when they lead the sentence: "Had hij …, dan …". */
  private static final Set<String> COUNTERFACTUAL_OPENERS = Set.of("had", "hadden", "was", "waren");

  /**
   * Whether the sentence is a counterfactual: a verb-first condition and "dan" with a past verb
   * after a comma, "Had de jongere de afdoening niet afgerond, dan was de zaak aan de officier van
   * justitie voorgelegd". A journal's "Was ziek, dan weer naar school" has no verb after "dan".
   */
  private static boolean counterfactual(String sentence, List<Token> tokens) {
    if (tokens.size() < 4 || !COUNTERFACTUAL_OPENERS.contains(tokens.get(0).word())) {
      return false;
    }
    for (int i = 1; i + 2 < tokens.size(); i++) {
      if (commaAfter(sentence, tokens, i) && tokens.get(i + 1).word().equals("dan")
          && (COUNTERFACTUAL_OPENERS.contains(tokens.get(i + 2).word()) || tokens.get(i + 2).word().startsWith("zou"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuestion(String sentence) {
    String t = sentence.strip();
    while (!t.isEmpty() && "\"'»”)".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.endsWith("?");
  }

  private static boolean inScope(
      String sentence, Found f, List<Found> found, List<Token> tokens, int matchFirst, int matchLast) {
    ContextTriggers.Direction d = direction(f, tokens);
    boolean forward = d == ContextTriggers.Direction.FORWARD || d == ContextTriggers.Direction.BOTH;
    boolean backward = d == ContextTriggers.Direction.BACKWARD || d == ContextTriggers.Direction.BOTH;
    if (f.first() <= matchFirst && matchLast <= f.last()) {
      return true; // the match is a word of a longer trigger: "vervolgd" in "niet verder vervolgd"
    }
    if (forward && f.first() < matchFirst) {
      if (matchFirst <= f.last()) {
        return true; // the match starts inside the trigger: "geen zorgen over" + "zorgen over thuis"
      }
      int stop = nextStop(found, tokens, f.last(), true, f.trigger().type());
      int limit = Math.min(f.last() + WINDOW, stop);
      if (f.trigger().type() == ContextTriggers.Type.OTHER_PERSON && f.first() <= 1) {
        // The person the sentence opens with is its subject to the end, up to a contrast or ";":
        // "Oudere broer heeft 3 jaar geleden ook een PV gehad wegens verzuim, toen via HALT afgedaan."
        limit = stop;
      }
      if (f.trigger().type() == ContextTriggers.Type.HYPOTHETICAL) {
        if (f.first() == 0 && OPENING_CONDITIONS.contains(tokens.get(0).word())) {
          // "Indien de klachten aanhouden of het verzuim toeneemt, wil ik de leerling opnieuw zien en
          // overleg ik met de huisarts": a sentence that opens with a condition states nothing, in
          // the condition ("mocht de stemming verder dalen") or after it, up to a contrast there.
          int comma = commaFrom(sentence, tokens, f.last());
          stop = nextStop(found, tokens, comma < 0 ? tokens.size() - 1 : comma, true, f.trigger().type());
          limit = stop;
        }
        // "Mocht het verzuim rond de toetsen toch doorgaan, dan spreken we de jeugdarts opnieuw":
        // the consequence after "dan" is as hypothetical as the condition, however long that was.
        for (int i = f.last() + 1; i <= stop && i < tokens.size(); i++) {
          if (tokens.get(i).word().equals("dan")) {
            limit = Math.max(limit, Math.min(i + WINDOW, stop));
            break;
          }
        }
      }
      if (matchFirst <= limit) {
        return true;
      }
    }
    if (backward && f.last() > matchLast) {
      if (matchLast >= f.first()) {
        return true;
      }
      int stop = takesUp(tokens, f)
          ? backwardStopPastContrast(found, tokens, f.first(), f.trigger().type())
          : nextStop(found, tokens, f.first(), false, f.trigger().type());
      return matchLast >= Math.max(f.first() - WINDOW, stop);
    }
    return false;
  }

  /**
   * Whether the trigger lies inside brackets that close before the match, or open after it: a
   * word between them stands outside the trigger's bracket.
   */
  private static boolean bracketedAway(List<Token> tokens, Found f, int matchFirst, int matchLast) {
    int depth = tokens.get(f.first()).brackets();
    if (depth == 0) {
      return false;
    }
    int from = Math.min(f.last(), matchLast);
    int to = Math.max(f.first(), matchFirst);
    for (int i = from; i <= to; i++) {
      if (tokens.get(i).brackets() < depth) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions among the termination terms: they end a forward scope, but not a backward one. */
  private static final Set<String> PHRASE_OPENERS = Set.of("sinds", "wegens", "vanwege");

  /** The nearest token index, after (or before) a position, where a scope must end. */
  private static int nextStop(
      List<Found> found, List<Token> tokens, int from, boolean forward, ContextTriggers.Type scope) {
    int stop = forward ? Integer.MAX_VALUE : Integer.MIN_VALUE;
    for (int i = 0; i < tokens.size(); i++) {
      boolean colon = tokens.get(i).word().equals(":");
      if (forward && scope == ContextTriggers.Type.NEGATED && i > from && colon) {
        // "het feit dat eerder aanspreken niks heeft uitgehaald: verwijzing naar HALT"
        stop = Math.min(stop, i - 1);
      }
      if (tokens.get(i).word().equals(";")) {
        if (forward && i > from) {
          stop = Math.min(stop, i - 1);
        } else if (!forward && i < from) {
          stop = Math.max(stop, i + 1);
        }
      }
    }
    for (Found g : found) {
      if (g.trigger().type() != ContextTriggers.Type.TERMINATION || !g.trigger().ends(scope)) {
        continue;
      }
      if (forward && g.first() > from) {
        stop = Math.min(stop, g.first() - 1);
      } else if (!forward && g.last() < from && !continuesSubject(g, tokens) && !coordinatesVerbs(g, tokens)
          && !PHRASE_OPENERS.contains(tokens.get(g.first()).word())) {
        // "sinds", "wegens" and "vanwege" before a backward trigger open a phrase within the clause,
        // not a new clause: "Het buurtteam is sinds de OTS niet meer betrokken", "Een proces-verbaal
        // wegens absoluut verzuim acht ondergetekende niet opportuun".
        stop = Math.max(stop, g.last() + 1);
      }
    }
    return stop;
  }

  /**
   * Whether the words from a forward trigger to a match run without a comma, or across commas
   * within a list that a conjunction ("en", "of", "noch") closes within the scope window.
   */
  private static boolean listAcrossComma(String sentence, List<Token> tokens, int trigger, int matchFirst) {
    int comma = -1;
    for (int i = trigger; i < matchFirst && comma < 0; i++) {
      if (clauseCommaAfter(sentence, tokens, i)) {
        comma = i;
      }
    }
    if (comma < 0 || tokens.get(trigger).word().equals(":")) {
      return true; // no comma, or a list under a heading: "Afwezig: moeder (…), begeleider SWV (…)"
    }
    if (comma + 1 < tokens.size() && FINITE_AFTER_COMMA.contains(tokens.get(comma + 1).word())) {
      // A finite verb after the comma opens a clause with the same subject, not a list item: "Ze
      // heeft zich nog niet aangemeld voor het mbo, twijfelt tussen verzorgende en kapper".
      return false;
    }
    for (int i = trigger + 1; i < tokens.size() && i <= trigger + WINDOW + 2; i++) {
      String w = tokens.get(i).word();
      if (w.equals("en") || w.equals("of") || w.equals("noch") || w.equals("en/of")) {
        return true;
      }
      if (w.equals(";") || w.equals(":")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Finite verbs that open a coordinate clause after a comma (its subject left out). Not "zijn",
   * which after a comma is as often "his": "geen enkel probleem, zijn cijfers waren de hoogste".
   */
  private static final Set<String> FINITE_AFTER_COMMA = Set.of(
      "heeft", "had", "is", "was",
      "twijfelt", "twijfelde", "zegt", "zei", "wil", "wilde", "gaat", "ging", "komt", "kwam", "zit",
      "zat", "blijft", "bleef", "krijgt", "kreeg", "moet", "moest", "kan", "kon", "voelt", "voelde",
      "slaapt", "sliep", "vindt", "vond", "doet", "deed", "geeft", "gaf", "maakt", "maakte", "werkt",
      "werkte", "loopt", "liep", "speelt", "speelde", "wordt", "werd");

  /**
   * Words that take up what came before: "maar dat vond de teamleider niet nodig", "maar daar ziet
   * hij niets in".
   */
  private static final Set<String> ANAPHORS = Set.of("dat", "dit", "daar", "die");

  /** Finite verbs that can open a clause after "maar" with the subject left out or taken up by "dat". */
  private static final Set<String> CLAUSE_VERBS = withHaveAndBe(
      "speelt", "speelde", "wordt", "werd", "kan", "kon", "wil", "wilde", "wilden", "doet", "deed",
      "lijkt", "leek", "blijkt", "bleek", "hoeft", "hoefde", "komt", "kwam", "gaat", "ging", "vond",
      "vonden", "vindt", "vinden", "ziet", "zag", "zagen", "zien", "sluit", "sloot", "reageert", "reageerde",
      "neemt", "nam", "weet", "wist", "werkt", "werkte");

  /**
   * Whether a "maar" goes on about what came before it, so that a denial after it reaches back:
   * with no subject of its own ("Oma woont in de buurt maar speelt geen rol in de begeleiding", "ADHD
   * is onderzocht maar niet vastgesteld", "IVO is besproken, maar niet beschikbaar") or
   * with "dat" or "daar" taking it up ("Over OPDC is gesproken, maar dat is nu nog niet aan de orde",
   * "Er is gesproken over een time-out, maar dat vond de teamleider niet nodig").
   */
  private static boolean continuesSubject(Found termination, List<Token> tokens) {
    if (termination.first() != termination.last() || !tokens.get(termination.first()).word().equals("maar")) {
      return false;
    }
    int next = termination.last() + 1;
    if (next < tokens.size() && ANAPHORS.contains(tokens.get(next).word())) {
      next++;
    }
    // "onderzocht maar niet vastgesteld": the verb left out altogether, the denial right after "maar".
    // "besproken als overbrugging, maar niet beschikbaar": any word after "maar niet" qualifies, since
    // only a backward trigger ("niet beschikbaar", "niet passend") can use the reach back.
    boolean elliptic = next < tokens.size() && tokens.get(next).word().equals("niet") && next + 1 < tokens.size();
    return elliptic || next < tokens.size() && CLAUSE_VERBS.contains(tokens.get(next).word());
  }

  /**
   * Whether the words just before a backward trigger take up what came before: "Over een PV is
   * gesproken, maar gezien de crisisplaatsing is dat niet passend", "Het buurtteam is genoemd, maar
   * ouders vinden dat niet nodig". Then the trigger reaches back across the "maar".
   */
  private static boolean takesUp(List<Token> tokens, Found f) {
    for (int i = f.first() - 1; i >= 0 && i >= f.first() - 2; i--) {
      if (ANAPHORS.contains(tokens.get(i).word())) {
        return true;
      }
    }
    return false;
  }

  /** The backward stop of {@link #nextStop}, past the nearest "maar" before the trigger. */
  private static int backwardStopPastContrast(
      List<Found> found, List<Token> tokens, int from, ContextTriggers.Type scope) {
    int stop = nextStop(found, tokens, from, false, scope);
    for (Found g : found) {
      if (g.trigger().type() == ContextTriggers.Type.TERMINATION && g.last() < from
          && tokens.get(g.first()).word().equals("maar") && g.first() == g.last() && stop == g.last() + 1) {
        return nextStop(found, tokens, g.first(), false, scope);
      }
    }
    return stop;
  }

  /**
   * Whether an "en"-termination joins two verbs of one clause rather than opening a new one: "PV is
   * en blijft hier niet aan de orde" keeps one subject for both verbs.
   */
  private static boolean coordinatesVerbs(Found termination, List<Token> tokens) {
    int before = termination.first() - 1;
    return before >= 0 && tokens.get(termination.first()).word().equals("en")
        && CLAUSE_VERBS.contains(tokens.get(before).word());
  }

  private List<Found> find(List<Token> tokens) {
    // Candidates through the first-word index, then claimed in the order of the trigger list:
    // longest phrases first, pseudo-triggers before others of equal length. So "niet meer
    // opgemaakt" is a negation although "niet meer" alone is a pseudo-trigger, and the words of
    // a pseudo-trigger never act as a trigger.
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (int rank : triggers.startingWith(tokens.get(i).word())) {
        List<String> words = triggers.triggers().get(rank).tokens();
        if (i + words.size() <= tokens.size() && matchesAt(tokens, i, words, null)) {
          candidates.add(new int[] {rank, i});
        }
      }
    }
    candidates.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    List<Found> found = new ArrayList<>();
    boolean[] taken = new boolean[tokens.size()];
    for (int[] c : candidates) {
      ContextTriggers.Trigger t = triggers.triggers().get(c[0]);
      int n = t.tokens().size();
      if (matchesAt(tokens, c[1], t.tokens(), taken)) {
        found.add(new Found(t, c[1], c[1] + n - 1));
        for (int k = c[1]; k < c[1] + n; k++) {
          taken[k] = true;
        }
      }
    }
    return found;
  }

  private static boolean matchesAt(List<Token> tokens, int at, List<String> words, boolean[] taken) {
    for (int k = 0; k < words.size(); k++) {
      if (taken != null && taken[at + k] || !tokens.get(at + k).word().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Lower-cased, accent-folded words with offsets; punctuation is dropped. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int brackets = 0;
    while (i < text.length()) {
      if (text.charAt(i) == ';') {
        out.add(new Token(";", i, i + 1, brackets)); // a clause boundary: ends scopes like "maar"
        i++;
        continue;
      }
      if (text.charAt(i) == ':') {
        // kept so that a list heading ("Afwezig: jeugdarts") can be a trigger of its own
        out.add(new Token(":", i, i + 1, brackets));
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        if (text.charAt(i) == '(') {
          brackets++;
        } else if (text.charAt(i) == ')' && brackets > 0) {
          brackets--;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < text.length()
          && (Character.isLetterOrDigit(text.charAt(i))
              || (text.charAt(i) == '\'' || text.charAt(i) == '-')
                  && i + 1 < text.length()
                  && Character.isLetterOrDigit(text.charAt(i + 1)))) {
        i++;
      }
      out.add(new Token(Lexicon.fold(text.substring(start, i)), start, i, brackets));
    }
    return out;
  }


}
