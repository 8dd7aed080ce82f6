package org.dossiercoder.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossiercoder.DossierInputException;

/**
 * The trigger list of the context classifier, read from {@code lexicon/context-triggers.txt}:
 * tab-separated {@code phrase, type, direction} lines with {@code #} comments.
 *
 * <p>Types: {@code negated}, {@code hypothetical}, {@code other_person} (open a scope),
 * {@code pseudo} (looks like a trigger but is none: "niet alleen", "geen verbetering"),
 * {@code termination} (ends every scope: "maar", "echter", "wel"). Directions: {@code forward},
 * {@code backward}, {@code both}; pseudo lines use {@code -}. Termination lines use {@code -} to
 * end every scope, or a comma-separated list of the scope types they end: "en is" ends a negation
 * ({@code negated,hypothetical}) but not the other person whose clause it continues ("broer heeft
 * … en is toen van school gestuurd").
 */
public final class ContextTriggers {
  /** File name inside the lexicon folder. */
  public static final String FILE = "context-triggers.txt";

  /** Kinds of trigger. */
  enum Type {
    NEGATED,
    HYPOTHETICAL,
    OTHER_PERSON,
    PSEUDO,
    TERMINATION
  }

  /** Directions of a scope. */
  enum Direction {
    FORWARD,
    BACKWARD,
    BOTH,
    NONE
  }

  /**
   * One trigger phrase, as folded tokens; {@code ends} lists the scope types a termination ends
   * (empty for other triggers).
   */
  record Trigger(List<String> tokens, Type type, Direction direction, int line, java.util.Set<Type> ends) {
    /** Whether this termination ends a scope of the given type. */
    boolean ends(Type scope) {
      return ends.contains(scope);
    }
  }

  private static final java.util.Set<Type> SCOPES = java.util.EnumSet.of(Type.NEGATED, Type.HYPOTHETICAL, Type.OTHER_PERSON);

  private final List<Trigger> triggers;
  private final java.util.Map<String, int[]> byFirstWord;

  private ContextTriggers(List<Trigger> triggers) {
    this.triggers = List.copyOf(triggers);
    java.util.Map<String, List<Integer>> index = new java.util.HashMap<>();
    for (int i = 0; i < this.triggers.size(); i++) {
      index.computeIfAbsent(this.triggers.get(i).tokens().get(0), k -> new ArrayList<>()).add(i);
    }
    this.byFirstWord = new java.util.HashMap<>();
    index.forEach((k, v) -> byFirstWord.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
  }

  private static final int[] NONE = new int[0];

  /** Positions in {@link #triggers()} of the triggers whose first word is this one. */
  int[] startingWith(String word) {
    return byFirstWord.getOrDefault(word, NONE);
  }

  /**
   * Reads the trigger list of a lexicon folder; a missing file gives an empty list.
   *
   * @throws DossierInputException naming the file and line of a malformed trigger
   */
  public static ContextTriggers load(Path lexiconDir) throws DossierInputException {
    Path file = lexiconDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return new ContextTriggers(List.of());
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DossierInputException(file, 0, "cannot read as UTF-8: " + e.getMessage(), e);
    }
    List<Trigger> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] cols = line.split("\t+");
      if (cols.length != 3) {
        throw new DossierInputException(
            file, i + 1, "expected 'phrase<TAB>type<TAB>direction', found '" + line + "'");
      }
      Type type = parse(Type.class, cols[1].strip(), file, i + 1,
          "type must be negated, hypothetical, other_person, pseudo or termination");
      String dir = cols[2].strip();
      java.util.Set<Type> ends = java.util.EnumSet.noneOf(Type.class);
      Direction direction;
      if (type == Type.TERMINATION && !dir.equals("-")) {
        for (String t : dir.split(",")) {
          Type ended = parse(Type.class, t.strip(), file, i + 1,
              "a termination ends '-' (every scope) or a list of negated, hypothetical, other_person");
          if (!SCOPES.contains(ended)) {
            throw new DossierInputException(file, i + 1,
                "a termination ends '-' (every scope) or a list of negated, hypothetical, other_person");
          }
          ends.add(ended);
        }
        direction = Direction.NONE;
      } else {
        direction = dir.equals("-") ? Direction.NONE
            : parse(Direction.class, dir, file, i + 1, "direction must be forward, backward, both or -");
        if (type == Type.TERMINATION) {
          ends.addAll(SCOPES);
        }
      }
      boolean opensScope = type != Type.PSEUDO && type != Type.TERMINATION;
      if (opensScope && direction == Direction.NONE) {
        throw new DossierInputException(file, i + 1, "a " + cols[1].strip() + " trigger needs a direction");
      }
      List<String> tokens = ContextClassifier.tokens(cols[0]).stream().map(ContextClassifier.Token::word).toList();
      if (tokens.isEmpty()) {
        throw new DossierInputException(file, i + 1, "empty trigger phrase");
      }
      out.add(new Trigger(tokens, type, direction, i + 1, ends));
    }
    // Longest first, so that "geen aanwijzingen voor" wins over "geen"; at equal length a
    // pseudo-trigger first, so that it shields its words.
    out.sort(Comparator.comparingInt((Trigger t) -> -t.tokens().size())
        .thenComparingInt(t -> t.type() == Type.PSEUDO ? 0 : 1));
    return new ContextTriggers(out);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, Path file, int line, String expected) throws DossierInputException {
    try {
      return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DossierInputException(file, line, "'" + value + "': " + expected);
    }
  }

  List<Trigger> triggers() {
    return triggers;
  }

  /** Number of triggers. */
  public int size() {
    return triggers.size();
  }
}
