package org.dossiercoder.codebook;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.SpeakerKind;
import org.dossiercoder.index.TranscriptSplitter;
import org.dossiercoder.ingest.DocumentType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The codebooks of a folder: every {@code *.yaml} file except {@code attributes.yaml} and
 * {@code fragments.yaml}.
 *
 * <p>Loading is strict: unknown keys, duplicate ids, unknown parents, document types or contexts
 * and queries that do not parse stop the load with one line naming the file, line, code and rule.
 * Rules are compiled with the Dutch analysis chain here, so a run never starts coding with a rule
 * that cannot run.
 */
public final class Codebooks {
  /** Reserved file name for the attribute labels used by the tables. */
  public static final String ATTRIBUTES_FILE = "attributes.yaml";
  /**
   * Reserved file name for query fragments that the rules of every codebook in the folder may
   * use as {@code ${name}}, beside each book's own {@code fragments:}.
   */
  public static final String SHARED_FRAGMENTS_FILE = "fragments.yaml";

  private static final Set<String> CODEBOOK_KEYS =
      Set.of("id", "label", "kind", "description", "source", "order", "decision", "synonyms", "skip", "fragments", "codes");
  /** Code ids a course decision can produce. */
  public static final List<String> COURSE_CODES =
      List.of("eenmalig", "langdurig_licht", "langdurig_zwaar", "escalerend", "afnemend");
  /** Code ids a result decision can produce. */
  public static final List<String> RESULT_CODES =
      List.of("geen", "toename", "snelle_afname", "geleidelijke_afname", "grillige_afname");
  private static final Set<String> CODE_KEYS =
      Set.of("id", "label", "description", "parent", "min_segments", "rules", "unless");
  private static final Set<String> RULE_KEYS = Set.of("id", "query", "documents", "sections", "from", "until", "counts", "strong",
      "speakers", "roles", "question", "letterhead",
      "document_with", "document_without");
  private static final String ID_PATTERN = "[a-z][a-z0-9_]*";
  private static final Pattern FRAGMENT_REF = Pattern.compile("\\$\\{([^}]*)\\}");

  private final Path dir;
  private final List<Codebook> codebooks;

  private Codebooks(Path dir, List<Codebook> codebooks) {
    this.dir = dir;
    this.codebooks = List.copyOf(codebooks);
  }

  /**
   * Loads and compiles all codebooks of a folder, ordered by their {@code order} then id.
   *
   * @throws DossierInputException for the first malformed file, code or rule
   */
  public static Codebooks load(Path dir, DutchAnalysis analysis) throws DossierInputException {
    if (!Files.isDirectory(dir)) {
      throw new DossierInputException(dir, 0, "codebook folder not found");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
              .filter(p -> !p.getFileName().toString().equals(ATTRIBUTES_FILE))
              .filter(p -> !p.getFileName().toString().equals(SHARED_FRAGMENTS_FILE))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new DossierInputException(dir, 0, "cannot list codebooks: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new DossierInputException(dir, 0, "no codebooks (*.yaml) in this folder");
    }
    SharedFragments shared = SharedFragments.read(dir.resolve(SHARED_FRAGMENTS_FILE));
    List<Codebook> books = new ArrayList<>();
    for (Path file : files) {
      books.add(loadFile(file, analysis, shared));
    }
    books.sort(Comparator.comparingInt(Codebook::order).thenComparing(Codebook::id));
    return new Codebooks(dir, books);
  }

  /**
   * Loads and compiles one codebook file, with the shared {@code fragments.yaml} beside it when
   * there is one.
   *
   * @throws DossierInputException when it (or the shared fragments file) is malformed
   */
  public static Codebook loadFile(Path file, DutchAnalysis analysis) throws DossierInputException {
    return loadFile(file, analysis, SharedFragments.read(file.resolveSibling(SHARED_FRAGMENTS_FILE)));
  }

  /** The YAML node tree of a file, or an error naming the file and line. */
  static Node readYaml(Path file) throws DossierInputException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new DossierInputException(file, line, "not valid YAML: " + e.getProblem(), e);
    } catch (YAMLException | IOException e) {
      throw new DossierInputException(file, 0, "cannot read as UTF-8 YAML: " + e.getMessage(), e);
    }
  }

  private static Codebook loadFile(Path file, DutchAnalysis analysis, SharedFragments shared)
      throws DossierInputException {
    Node root = readYaml(file);
    if (root == null) {
      throw new DossierInputException(file, 1, "empty codebook; expected id, label, kind and codes");
    }
    YamlMap book = new YamlMap(file, "", root, CODEBOOK_KEYS);
    String id = book.requiredString("id");
    String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    if (!id.equals(expected)) {
      throw book.error(book.node("id"), "id '" + id + "' must equal the file name '" + expected + "'");
    }
    String kindText = book.requiredString("kind");
    CodebookKind kind;
    switch (kindText) {
      case "multi" -> kind = CodebookKind.MULTI;
      case "single" -> kind = CodebookKind.SINGLE;
      case "topics" -> kind = CodebookKind.TOPICS;
      default -> throw book.error(book.node("kind"), "kind '" + kindText + "' unknown; expected multi, single or topics");
    }
    List<String> synonyms = book.strings("synonyms");
    QueryParser text;
    QueryParser question;
    try {
      text = analysis.ruleParser(synonyms);
      question = analysis.questionParser(synonyms);
    } catch (DossierInputException e) {
      throw new DossierInputException(
          file, YamlMap.line(book.node("synonyms")), "synonyms: " + e.getMessage(), e);
    }
    Map<String, String> fragments = fragments(book, text, shared);
    String skip = expand(book, "skip", book.string("skip", ""), fragments);
    Parsers parser = new Parsers(
        text, question, kind, skip.isEmpty() ? null : compile(book, "skip", skip, text), denialTerms(text),
        fragments);
    List<Node> codeNodes = book.list("codes");
    if (codeNodes.isEmpty()) {
      throw book.error(root, "no codes; expected a list 'codes:'");
    }
    List<Code> codes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node codeNode : codeNodes) {
      Code code = code(file, codeNode, parser, ids);
      codes.add(code);
    }
    if (kind == CodebookKind.TOPICS) {
      checkTopics(file, id, codes);
    }
    checkParents(file, id, kind, codes);
    Codebook.Decision decision = decision(book, kind, codes);
    return new Codebook(
        id,
        book.requiredString("label"),
        kind,
        book.string("description", ""),
        book.string("source", ""),
        book.integer("order", 100),
        decision,
        synonyms,
        skip,
        parentsFirst(codes),
        file);
  }

  /**
   * The parsers of a codebook's rules and questions, its kind (for rule defaults), the query of
   * sentences none of its rules may match ({@code skip:}) or null, and each denial word as its text
   * parser analyses it (the term it gives, when it gives one), parsed once for all its rules; and
   * the book's named query fragments.
   */
  private record Parsers(
      QueryParser text, QueryParser question, CodebookKind kind, Query skip, Map<String, Term> denials,
      Map<String, String> fragments) {}

  /**
   * The fragments a book's rules may use: the shared ones of the folder's {@code fragments.yaml}
   * and the book's own {@code fragments:} (named pieces of query that several rules share, such as
   * a clause that excludes agreements made with the pupil alone), so that a correction is made
   * once. Each must parse with the book's parser on its own, so that an error names the fragment
   * (and its file) rather than every rule using it. A book may not redefine a shared name.
   */
  private static Map<String, String> fragments(YamlMap book, QueryParser text, SharedFragments shared)
      throws DossierInputException {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, ScalarNode> e : shared.values().entrySet()) {
      ScalarNode value = e.getValue();
      compile(shared.where(), value, "fragment '" + e.getKey() + "'", value.getValue().strip(), text);
      out.put(e.getKey(), value.getValue().strip());
    }
    for (Map.Entry<String, ScalarNode> e : checkedFragments(book).entrySet()) {
      String name = e.getKey();
      ScalarNode value = e.getValue();
      if (out.containsKey(name)) {
        throw book.error(value, "fragment '" + name + "' is also defined in " + shared.file()
            + "; give one of them another name");
      }
      compile(book, value, "fragment '" + name + "'", value.getValue().strip(), text);
      out.put(name, value.getValue().strip());
    }
    return Map.copyOf(out);
  }

  /** The {@code fragments:} of a map, each named in snake_case and none referring to another. */
  static Map<String, ScalarNode> checkedFragments(YamlMap where) throws DossierInputException {
    Map<String, ScalarNode> out = where.scalars("fragments");
    for (Map.Entry<String, ScalarNode> e : out.entrySet()) {
      String name = e.getKey();
      if (!name.matches(ID_PATTERN)) {
        throw where.error(e.getValue(), "fragment name '" + name + "' must be lower-case snake_case (a-z, 0-9, _)");
      }
      if (e.getValue().getValue().contains("${")) {
        throw where.error(e.getValue(), "fragment '" + name + "' refers to another fragment; fragments cannot nest");
      }
    }
    return out;
  }

  /**
   * The text with every {@code ${name}} replaced by that fragment in parentheses; the rule keeps
   * the expanded text, so explain, exports and REFI-QDA round trips show what actually ran.
   */
  private static String expand(YamlMap where, String key, String text, Map<String, String> fragments)
      throws DossierInputException {
    if (!text.contains("$")) {
      return text;
    }
    Matcher m = FRAGMENT_REF.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String fragment = fragments.get(m.group(1));
      if (fragment == null) {
        throw where.error(where.node(key), key + " refers to unknown fragment '${" + m.group(1) + "}'; "
            + (fragments.isEmpty() ? "no fragments are defined" : "the known fragments are " + new TreeSet<>(fragments.keySet())));
      }
      m.appendReplacement(out, Matcher.quoteReplacement("(" + fragment + ")"));
    }
    m.appendTail(out);
    if (out.indexOf("${") >= 0) {
      throw where.error(where.node(key), key + " has an unclosed '${'; expected ${name}");
    }
    return out.toString();
  }

  private static Code code(Path file, Node node, Parsers parser, Set<String> ids)
      throws DossierInputException {
    String peeked = YamlMap.peek(node, "id");
    YamlMap code = new YamlMap(file, peeked == null ? "code" : "code '" + peeked + "'", node, CODE_KEYS);
    String codeId = code.requiredString("id");
    if (!codeId.matches(ID_PATTERN)) {
      throw code.error(code.node("id"), "id must be lower-case snake_case (a-z, 0-9, _)");
    }
    if (!ids.add(codeId)) {
      throw code.error(code.node("id"), "duplicate code id");
    }
    int minSegments = code.integer("min_segments", 1);
    if (minSegments < 1) {
      throw code.error(code.node("min_segments"), "min_segments must be at least 1");
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ruleIds = new HashSet<>();
    int n = 0;
    for (Node ruleNode : code.list("rules")) {
      n++;
      rules.add(rule(file, codeId, n, ruleNode, parser, ruleIds));
    }
    List<Rule> unless = new ArrayList<>();
    for (Node ruleNode : code.list("unless")) {
      n++;
      Rule r = rule(file, codeId, n, ruleNode, parser, ruleIds);
      if (r.strong()) {
        throw code.error(ruleNode, "an unless-rule cannot be strong");
      }
      unless.add(r);
    }
    return new Code(
        codeId,
        code.requiredString("label"),
        code.string("description", ""),
        code.string("parent", null),
        minSegments,
        rules,
        unless,
        code.line());
  }

  private static Rule rule(
      Path file, String codeId, int n, Node node, Parsers parser, Set<String> ruleIds)
      throws DossierInputException {
    String peeked = YamlMap.peek(node, "id");
    String ruleId = peeked == null ? "r" + n : peeked;
    YamlMap rule = new YamlMap(file, "code '" + codeId + "', rule '" + ruleId + "'", node, RULE_KEYS);
    if (!ruleId.matches("[A-Za-z0-9_-]+")) {
      throw rule.error(rule.node("id"), "rule id must be letters, digits, - or _");
    }
    if (!ruleIds.add(ruleId)) {
      throw rule.error(node, "duplicate rule id");
    }
    String question = rule.string("question", "");
    String query = expand(rule, "query", rule.string("query", ""), parser.fragments());
    if (query.isEmpty() && question.isEmpty()) {
      throw rule.error(node, "missing 'query' (or 'question')");
    }
    // A rule with only a question matches every respondent sentence answering such a question.
    Query compiled = query.isEmpty() ? new MatchAllDocsQuery() : compile(rule, "query", query, parser.text());
    if (parser.skip() != null) {
      compiled = new BooleanQuery.Builder()
          .add(compiled, BooleanClause.Occur.MUST)
          .add(parser.skip(), BooleanClause.Occur.MUST_NOT)
          .build();
    }
    Query compiledQuestion = question.isEmpty() ? null : compile(rule, "question", question, parser.question());
    Set<DocumentType> documents = EnumSet.noneOf(DocumentType.class);
    for (String key : rule.strings("documents")) {
      DocumentType type = DocumentType.ofKey(key);
      if (type == null) {
        throw rule.error(
            rule.node("documents"),
            "unknown document type '" + key + "'; expected leerplichtdossier, opp, interview or overig");
      }
      documents.add(type);
    }
    if (documents.isEmpty() && parser.kind() == CodebookKind.TOPICS) {
      documents.add(DocumentType.INTERVIEW); // a topic list is an interview item list
    }
    Set<String> sections = new java.util.TreeSet<>();
    for (String key : rule.strings("sections")) {
      if (!org.dossiercoder.index.SentenceSplitter.SECTIONS.contains(key)) {
        throw rule.error(rule.node("sections"), "unknown section '" + key + "'; expected one of "
            + new java.util.TreeSet<>(org.dossiercoder.index.SentenceSplitter.SECTIONS));
      }
      sections.add(key);
    }
    java.time.LocalDate from = date(rule, "from");
    java.time.LocalDate until = date(rule, "until");
    if (from != null && until != null && until.isBefore(from)) {
      throw rule.error(rule.node("until"), "until " + until + " is before from " + from);
    }
    Set<MatchContext> counts = EnumSet.noneOf(MatchContext.class);
    for (String key : rule.strings("counts")) {
      MatchContext c = MatchContext.ofKey(key);
      if (c == null) {
        throw rule.error(
            rule.node("counts"),
            "unknown context '" + key + "'; expected affirmed, negated, hypothetical or other_person");
      }
      counts.add(c);
    }
    if (counts.isEmpty()) {
      if (parser.kind() == CodebookKind.TOPICS) {
        // A turn that denies or supposes something still speaks to the topic ("geen angst").
        counts.addAll(EnumSet.allOf(MatchContext.class));
      } else {
        counts.add(MatchContext.AFFIRMED);
      }
    }
    Set<SpeakerKind> speakers = EnumSet.noneOf(SpeakerKind.class);
    for (String key : rule.strings("speakers")) {
      switch (key) {
        case "respondent" -> speakers.add(SpeakerKind.RESPONDENT);
        case "interviewer" -> speakers.add(SpeakerKind.INTERVIEWER);
        default -> throw rule.error(rule.node("speakers"), "unknown speaker '" + key + "'; expected respondent or interviewer");
      }
    }
    Set<String> roles = new java.util.TreeSet<>();
    for (String key : rule.strings("roles")) {
      if (!TranscriptSplitter.KNOWN_ROLES.contains(key)) {
        throw rule.error(rule.node("roles"), "unknown role '" + key + "'; expected one of "
            + new java.util.TreeSet<>(TranscriptSplitter.KNOWN_ROLES));
      }
      roles.add(key);
    }
    return new Rule(
        ruleId, query, documents, sections, from, until, counts, rule.bool("strong", false), rule.line(), compiled,
        speakers, roles, question, compiledQuestion, ownDenials(compiled, parser.denials()),
        rule.bool("letterhead", false), scope(rule, parser));
  }

  /** The rule's {@code document_with:} and {@code document_without:} queries. */
  private static DocumentScope scope(YamlMap rule, Parsers parser) throws DossierInputException {
    String with = expand(rule, "document_with", rule.string("document_with", ""), parser.fragments());
    String without = expand(rule, "document_without", rule.string("document_without", ""), parser.fragments());
    return new DocumentScope(
        with, with.isEmpty() ? null : compile(rule, "document_with", with, parser.text()),
        without, without.isEmpty() ? null : compile(rule, "document_without", without, parser.text()));
  }

  /**
   * The denial words the query asks for outside its NOT clauses, compared as the analysis gives
   * them (stemmed, as the query's terms are).
   */
  private static Set<String> ownDenials(Query compiled, Map<String, Term> denials) {
    Set<Term> terms = new HashSet<>();
    // The default sub-visitor skips MUST_NOT clauses: a word the rule excludes is not its wording.
    compiled.visit(QueryVisitor.termCollector(terms));
    Set<String> own = new HashSet<>();
    denials.forEach((word, term) -> {
      if (terms.contains(term)) {
        own.add(word);
      }
    });
    return own;
  }

  /** Each denial word that the parser analyses to a single term, with that term. */
  private static Map<String, Term> denialTerms(QueryParser parser) {
    Map<String, Term> out = new HashMap<>();
    for (String word : Rule.DENIAL_WORDS) {
      Query q;
      try {
        q = parser.parse(word);
      } catch (ParseException e) {
        throw new IllegalStateException("denial word does not parse: " + word, e);
      }
      if (q instanceof TermQuery t) {
        out.put(word, t.getTerm());
      }
    }
    return Map.copyOf(out);
  }

  private static Query compile(YamlMap rule, String key, String text, QueryParser parser) throws DossierInputException {
    return compile(rule, rule.node(key), key, text, parser);
  }

  /** The query {@code what} (a key, or a named fragment) at node {@code at}, or an error there. */
  private static Query compile(YamlMap where, Node at, String what, String text, QueryParser parser)
      throws DossierInputException {
    Query compiled;
    try {
      compiled = parser.parse(text);
    } catch (ParseException | BooleanQuery.TooManyClauses | IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw where.error(at, what + " does not parse: " + message);
    }
    if (compiled instanceof MatchNoDocsQuery) {
      throw where.error(at, what + " '" + text + "' has no searchable words");
    }
    return compiled;
  }

  /**
   * A topic list's structure: a category is a top-level code, an item names an existing category
   * as its parent. Errors name the file, the line of the item and the unknown category.
   */
  private static void checkTopics(Path file, String bookId, List<Code> codes) throws DossierInputException {
    Map<String, Code> byId = new HashMap<>();
    List<String> categories = new ArrayList<>();
    for (Code c : codes) {
      byId.put(c.id(), c);
      if (c.parent() == null) {
        categories.add(c.id());
      }
    }
    if (categories.isEmpty()) {
      throw new DossierInputException(file, 1, "topic list " + bookId + " has no category (a code without parent)");
    }
    for (Code c : codes) {
      if (c.parent() == null) {
        continue;
      }
      Code parent = byId.get(c.parent());
      if (parent == null) {
        throw new DossierInputException(file, c.line(), "item '" + c.id() + "': unknown category '" + c.parent()
            + "'; categories of " + bookId + " are " + categories);
      }
      if (parent.parent() != null) {
        throw new DossierInputException(file, c.line(), "item '" + c.id() + "': parent '" + c.parent()
            + "' is an item, not a category; categories of " + bookId + " are " + categories);
      }
    }
  }

  private static java.time.LocalDate date(YamlMap rule, String key) throws DossierInputException {
    String text = rule.string(key, null);
    if (text == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw rule.error(rule.node(key), "'" + key + "' must be a date like 2015-08-01, found '" + text + "'");
    }
  }

  private static Codebook.Decision decision(YamlMap book, CodebookKind kind, List<Code> codes)
      throws DossierInputException {
    String text = book.string("decision", "rules");
    Codebook.Decision decision;
    List<String> needed;
    switch (text) {
      case "rules" -> {
        return Codebook.Decision.RULES;
      }
      case "course" -> {
        decision = Codebook.Decision.COURSE;
        needed = COURSE_CODES;
      }
      case "result" -> {
        decision = Codebook.Decision.RESULT;
        needed = RESULT_CODES;
      }
      default -> throw book.error(book.node("decision"), "decision '" + text + "' unknown; expected rules, course or result");
    }
    if (kind != CodebookKind.SINGLE) {
      throw book.error(book.node("decision"), "decision '" + text + "' needs kind single");
    }
    Set<String> ids = new HashSet<>();
    codes.forEach(c -> ids.add(c.id()));
    for (String n : needed) {
      if (!ids.contains(n)) {
        throw book.error(book.node("decision"), "decision '" + text + "' needs a code '" + n + "'; codes must include " + needed);
      }
    }
    return decision;
  }

  private static void checkParents(Path file, String bookId, CodebookKind kind, List<Code> codes)
      throws DossierInputException {
    Map<String, Code> byId = new HashMap<>();
    for (Code c : codes) {
      byId.put(c.id(), c);
    }
    for (Code c : codes) {
      if (c.parent() == null) {
        continue;
      }
      if (kind == CodebookKind.SINGLE) {
        throw new DossierInputException(
            file, c.line(), "code '" + c.id() + "': single-choice codebooks have no child codes");
      }
      if (!byId.containsKey(c.parent())) {
        throw new DossierInputException(
            file, c.line(), "code '" + c.id() + "': parent '" + c.parent() + "' is not a code of " + bookId);
      }
      Set<String> seen = new LinkedHashSet<>();
      for (Code p = c; p != null && p.parent() != null; p = byId.get(p.parent())) {
        if (!seen.add(p.id())) {
          throw new DossierInputException(
              file, c.line(), "code '" + c.id() + "': parents form a cycle " + seen);
        }
      }
    }
  }

  private static List<Code> parentsFirst(List<Code> codes) {
    List<Code> out = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (out.size() < codes.size()) {
      for (Code c : codes) {
        if (!placed.contains(c.id()) && (c.parent() == null || placed.contains(c.parent()))) {
          out.add(c);
          placed.add(c.id());
        }
      }
    }
    return out;
  }

  /** The folder the codebooks were read from. */
  public Path dir() {
    return dir;
  }

  /** All codebooks in output order. */
  public List<Codebook> list() {
    return codebooks;
  }

  /** The codebook with an id, or null. */
  public Codebook get(String id) {
    for (Codebook b : codebooks) {
      if (b.id().equals(id)) {
        return b;
      }
    }
    return null;
  }

  /**
   * The case-level output columns, {@code <codebook>.<code>} for every top-level code of every
   * codebook that is not a topic list (topic lists code turns, not cases).
   */
  public List<String> topLevelColumns() {
    List<String> out = new ArrayList<>();
    for (Codebook b : codebooks) {
      if (b.kind() == CodebookKind.TOPICS) {
        continue;
      }
      for (Code c : b.topLevelCodes()) {
        out.add(b.column(c));
      }
    }
    return out;
  }
}
