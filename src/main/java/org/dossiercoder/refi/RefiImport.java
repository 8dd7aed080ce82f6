package org.dossiercoder.refi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.Codebooks;
import org.dossiercoder.codebook.Rule;
import org.dossiercoder.index.DutchAnalysis;
import org.dossiercoder.index.Lexicon;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads REFI-QDA codebooks ({@code .qdc}) made by dossiercoder or by another tool, and writes them
 * as dossiercoder codebook files.
 *
 * <p>Every file is validated against the official schema before anything is read from it; a file
 * that does not validate is a {@link DossierInputException} naming file, line and the schema's
 * message. Codes that carry a dossiercoder block (see {@link RefiExport#writeCodebook}) get their
 * ids and rules back; codes from another tool become codes without rules, coded by hand.
 */
public final class RefiImport {
  private static final Set<String> CODEBOOK_BLOCK_KEYS =
      Set.of("codebook", "kind", "order", "decision", "source", "synonyms", "skip");
  private static final Set<String> CODE_BLOCK_KEYS = Set.of("code", "min_segments", "rules", "unless");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern CODE_IN_PROBLEM = Pattern.compile("^code '([a-z0-9_]+)'");

  private RefiImport() {}

  /**
   * Reads the codebooks of a {@code .qdc}: from a dossiercoder export exactly the codebooks that
   * were exported; from another tool, each top-level code with sub-codes becomes a codebook of
   * kind multi (id in snake_case from its name, label = name, description = Description) whose
   * codes are its sub-codes, nested as they were, none with rules. Top-level codes without
   * sub-codes are gathered in one codebook named after the file.
   *
   * @param analysis the analysis chain of the codebook folder the codebooks are for (rules are
   *     compiled with it, so a rule that would not run is rejected here)
   * @throws DossierInputException when the file is unreadable, not a REFI-QDA codebook, does not
   *     validate, or carries a dossiercoder block that does not load
   */
  public static List<Codebook> readCodebook(Path qdc, DutchAnalysis analysis) throws DossierInputException {
    QdaXml.Element root = readValid(qdc, readBytes(qdc), QdaXml.Kind.CODEBOOK, "");
    String origin = root.attr("origin");
    return codebooks(qdc, root.first("Codes").all("Code"), analysis,
        "REFI-QDA: " + qdc.getFileName() + (origin == null || origin.isBlank() ? "" : " (" + origin + ")"),
        new HashMap<>());
  }

  /**
   * Reads a REFI-QDA project ({@code .qdpx}): its codebook (as {@link #readCodebook}), coders,
   * cases with their text variables and case-level codes, text sources with their plain text and
   * the codings on them, and memos.
   *
   * <p>Positions are read as the standard counts them, in code points of the plain text as stored
   * (so a CR LF pair there is two characters), and converted to dossiercoder's offsets in the text
   * with {@code \n} line ends. Codings of a code that is not a dossiercoder code (a codebook-level
   * grouping) and sources other than text (PDF, picture, audio, video) are left out.
   *
   * @throws DossierInputException when the file is not a zip with a valid {@code project.qde},
   *     or refers to text or notes it does not contain
   */
  public static QdaProject readProject(Path qdpx, DutchAnalysis analysis) throws DossierInputException {
    return ProjectReader.read(qdpx, analysis);
  }

  /**
   * Writes a codebook as {@code <dir>/<id>.yaml} in the bundled format, which
   * {@link Codebooks#load} reads back to the same codebook. An existing file is replaced.
   *
   * @return the file written
   * @throws IOException when it cannot be written
   */
  public static Path writeCodebookYaml(Codebook codebook, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(codebook.id() + ".yaml");
    Path tmp = Files.createTempFile(dir, "." + codebook.id(), ".yaml.tmp");
    try {
      Files.writeString(tmp, yaml(codebook), StandardCharsets.UTF_8);
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  /** The codebook as YAML text in the bundled format. */
  static String yaml(Codebook codebook) {
    String from = codebook.file() == null ? "" : " from " + codebook.file().getFileName();
    return "# Written by dossiercoder" + from + ". Codes without rules are coded by hand.\n"
        + CodebookYaml.dump(CodebookYaml.book(codebook));
  }

  /**
   * Imports the codebooks of a {@code .qdc} into a codebook folder, all or nothing: reads and
   * checks every codebook with the folder's lexicon, refuses ids that exist there unless
   * {@code replace}, and only then writes the files.
   *
   * @return the files written
   * @throws DossierInputException when the file does not import, or an id exists and not replace
   * @throws IOException when the folder cannot be written
   */
  public static List<Path> importCodebooks(Path qdc, Path codebooksDir, boolean replace)
      throws DossierInputException, IOException {
    if (!Files.isDirectory(codebooksDir)) {
      throw new DossierInputException(codebooksDir, 0, "codebook folder not found");
    }
    DutchAnalysis analysis = new DutchAnalysis(Lexicon.load(codebooksDir));
    List<Codebook> books = readCodebook(qdc, analysis);
    for (Codebook b : books) {
      Path target = codebooksDir.resolve(b.id() + ".yaml");
      if (Files.exists(target) && !replace) {
        throw new DossierInputException(qdc, 0, "codebook '" + b.id() + "' exists already as " + target
            + "; remove it or import with replace");
      }
    }
    Path staging = Files.createTempDirectory(codebooksDir, ".refi-import");
    try {
      List<Path> staged = new ArrayList<>();
      for (Codebook b : books) {
        staged.add(writeCodebookYaml(b, staging));
      }
      List<Path> written = new ArrayList<>();
      for (Path p : staged) {
        Path target = codebooksDir.resolve(p.getFileName());
        move(p, target);
        written.add(target);
      }
      return written;
    } finally {
      deleteTree(staging);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading and validating

  static byte[] readBytes(Path file) throws DossierInputException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DossierInputException(file, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Parses, checks the root element and validates; {@code inner} names the document inside a zip
   * ("project.qde") for messages, or is empty.
   */
  static QdaXml.Element readValid(Path file, byte[] bytes, QdaXml.Kind kind, String inner)
      throws DossierInputException {
    String where = inner.isEmpty() ? "" : inner + ": ";
    QdaXml.Element root;
    try {
      root = QdaXml.read(bytes);
    } catch (QdaXml.Invalid e) {
      throw error(file, inner, e.line, where + e.getMessage(), e);
    }
    if (!root.namespace().equals(kind.namespace) || !root.name().equals(kind.root)) {
      String found = root.namespace().isEmpty() ? root.name() : "{" + root.namespace() + "}" + root.name();
      String hint = root.namespace().equals(QdaXml.PROJECT_NS)
          ? " (this is a REFI-QDA project, not a codebook)"
          : root.namespace().equals(QdaXml.CODEBOOK_NS) ? " (this is a REFI-QDA codebook, not a project)" : "";
      throw error(file, inner, root.line(), where + "not a REFI-QDA " + kind.name().toLowerCase(Locale.ROOT)
          + ": root element is " + found + hint + "; expected " + kind.root + " in namespace " + kind.namespace, null);
    }
    try {
      QdaXml.validate(bytes, kind);
    } catch (QdaXml.Invalid e) {
      throw error(file, inner, e.line,
          where + "does not validate against the REFI-QDA schema " + kind.resource + ": " + e.getMessage(), e);
    }
    return root;
  }

  /** An error at a line of the file, or of a document inside it (then the line goes in the message). */
  static DossierInputException error(Path file, String inner, int line, String problem, Throwable cause) {
    if (inner.isEmpty()) {
      return new DossierInputException(file, line, problem, cause);
    }
    String located = line > 0 ? problem.replaceFirst("^" + Pattern.quote(inner) + ": ", inner + ":" + line + ": ") : problem;
    return new DossierInputException(file, 0, located, cause);
  }

  // ---------------------------------------------------------------------------------------------
  // Codes to codebooks

  /**
   * Codebooks from the top-level Code elements of a CodeBook; fills {@code guids} with the GUID of
   * every codable code mapped to {@code [codebook, code]}.
   */
  static List<Codebook> codebooks(
      Path file, List<QdaXml.Element> top, DutchAnalysis analysis, String foreignSource, Map<String, String[]> guids)
      throws DossierInputException {
    Set<String> bookIds = new HashSet<>();
    List<Draft> drafts = new ArrayList<>();
    // Ids from dossiercoder blocks first, so a name-derived id never takes an exported one.
    for (QdaXml.Element e : top) {
      Map<String, Object> block = block(file, e, CODEBOOK_BLOCK_KEYS, "codebook");
      if (block != null) {
        String id = block.get("codebook").toString();
        checkId(file, e, id, "codebook");
        if (!bookIds.add(id)) {
          throw new DossierInputException(file, e.line(), "codebook '" + id + "' appears twice");
        }
      }
    }
    Draft loose = null;
    for (QdaXml.Element e : top) {
      Map<String, Object> block = block(file, e, CODEBOOK_BLOCK_KEYS, "codebook");
      if (block == null && e.all("Code").isEmpty()) {
        // A top-level code without sub-codes: a flat codebook from another tool.
        if (loose == null) {
          String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
          loose = new Draft(unique(snake(stem), bookIds), stem, e.line());
          loose.map.put("kind", "multi");
          loose.map.put("source", foreignSource);
          drafts.add(loose);
        }
        addCodes(file, loose, List.of(e), null, guids);
        continue;
      }
      Draft d;
      if (block != null) {
        d = new Draft(block.get("codebook").toString(), name(e), e.line());
        for (String key : List.of("kind", "order", "decision")) {
          if (block.containsKey(key)) {
            d.map.put(key, block.get(key));
          }
        }
        d.map.put("description", definition(e));
        for (String key : List.of("source", "synonyms", "skip")) {
          if (block.containsKey(key)) {
            d.map.put(key, block.get(key));
          }
        }
      } else {
        d = new Draft(unique(snake(name(e)), bookIds), name(e), e.line());
        d.map.put("kind", "multi");
        d.map.put("description", definition(e));
        d.map.put("source", foreignSource);
      }
      drafts.add(d);
      addCodes(file, d, e.all("Code"), null, guids);
    }
    List<Codebook> out = new ArrayList<>();
    for (Draft d : drafts) {
      out.add(d.load(file, analysis));
    }
    return out;
  }

  /** A codebook being assembled in the bundled YAML shape, loaded by the one strict loader. */
  private static final class Draft {
    final String id;
    final int line;
    final Map<String, Object> map = new LinkedHashMap<>();
    final List<Object> codes = new ArrayList<>();
    final Set<String> codeIds = new HashSet<>();
    final Map<String, Integer> codeLines = new HashMap<>();

    Draft(String id, String label, int line) {
      this.id = id;
      this.line = line;
      map.put("id", id);
      map.put("label", label.isBlank() ? id : label);
    }

    Codebook load(Path file, DutchAnalysis analysis) throws DossierInputException {
      if (codes.isEmpty()) {
        throw new DossierInputException(file, line, "codebook '" + id + "' has no codes");
      }
      map.put("codes", codes);
      Path tmp = null;
      try {
        tmp = Files.createTempDirectory("dossiercoder-refi");
        Path yaml = tmp.resolve(id + ".yaml");
        Files.writeString(yaml, CodebookYaml.dump(map), StandardCharsets.UTF_8);
        Codebook b = Codebooks.loadFile(yaml, analysis);
        List<Code> located = new ArrayList<>();
        for (Code c : b.codes()) {
          int at = codeLines.getOrDefault(c.id(), line);
          located.add(new Code(c.id(), c.label(), c.description(), c.parent(), c.minSegments(),
              relocate(c.rules(), at), relocate(c.unless(), at), at));
        }
        return new Codebook(b.id(), b.label(), b.kind(), b.description(), b.source(), b.order(), b.decision(),
            b.synonyms(), b.skip(), located, file);
      } catch (DossierInputException e) {
        Matcher m = CODE_IN_PROBLEM.matcher(e.problem());
        int at = m.find() ? codeLines.getOrDefault(m.group(1), line) : line;
        throw new DossierInputException(file, at, "codebook '" + id + "': " + e.problem(), e);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot use a temporary folder", e);
      } finally {
        if (tmp != null) {
          deleteTree(tmp);
        }
      }
    }
  }

  private static List<Rule> relocate(List<Rule> rules, int line) {
    return rules.stream().map(r -> r.withLine(line)).toList();
  }

  /** Adds the codes of a subtree, depth-first as they are nested (parents before children). */
  private static void addCodes(
      Path file, Draft d, List<QdaXml.Element> elements, String parent, Map<String, String[]> guids)
      throws DossierInputException {
    // Exported ids are reserved first, so a name-derived id never takes one of them.
    reserve(file, d, elements);
    walk(file, d, elements, parent, guids);
  }

  private static void reserve(Path file, Draft d, List<QdaXml.Element> elements) throws DossierInputException {
    for (QdaXml.Element e : elements) {
      Map<String, Object> block = block(file, e, CODE_BLOCK_KEYS, "code");
      if (block != null) {
        String id = block.get("code").toString();
        checkId(file, e, id, "code");
        if (!d.codeIds.add(id)) {
          throw new DossierInputException(file, e.line(), "codebook '" + d.id + "': code '" + id + "' appears twice");
        }
      }
      reserve(file, d, e.all("Code"));
    }
  }

  private static void walk(
      Path file, Draft d, List<QdaXml.Element> elements, String parent, Map<String, String[]> guids)
      throws DossierInputException {
    for (QdaXml.Element e : elements) {
      Map<String, Object> block = block(file, e, CODE_BLOCK_KEYS, "code");
      String id = block != null ? block.get("code").toString() : unique(snake(name(e)), d.codeIds);
      Map<String, Object> code = new LinkedHashMap<>();
      code.put("id", id);
      if (parent != null) {
        code.put("parent", parent);
      }
      code.put("label", name(e).isBlank() ? id : name(e));
      code.put("description", definition(e));
      if (block != null) {
        for (String key : List.of("min_segments", "rules", "unless")) {
          if (block.containsKey(key)) {
            code.put(key, block.get(key));
          }
        }
      }
      d.codes.add(code);
      d.codeLines.put(id, e.line());
      guids.put(e.attr("guid").replaceAll("[{}]", "").toLowerCase(Locale.ROOT), new String[] {d.id, id});
      walk(file, d, e.all("Code"), id, guids);
    }
  }

  private static String name(QdaXml.Element code) {
    return code.attr("name").strip();
  }

  private static String definition(QdaXml.Element code) {
    return CodebookYaml.split(code.childText("Description")).definition();
  }

  /** The dossiercoder block of a Code's Description if it has one of this kind, else null. */
  private static Map<String, Object> block(Path file, QdaXml.Element code, Set<String> keys, String idKey)
      throws DossierInputException {
    QdaXml.Element description = code.first("Description");
    if (description == null) {
      return null;
    }
    CodebookYaml.Split split = CodebookYaml.split(description.text().toString());
    if (split.block() == null) {
      return null;
    }
    int line = description.line() + split.blockLine();
    String where = "code '" + name(code) + "': dossiercoder block: ";
    Object parsed;
    try {
      parsed = CodebookYaml.loadStrings(split.block());
    } catch (MarkedYAMLException e) {
      int at = e.getProblemMark() == null ? line : line + 1 + e.getProblemMark().getLine();
      throw new DossierInputException(file, at, where + "not valid YAML: " + e.getProblem(), e);
    } catch (YAMLException e) {
      throw new DossierInputException(file, line, where + "not valid YAML: " + e.getMessage(), e);
    }
    if (!(parsed instanceof Map<?, ?> raw)) {
      throw new DossierInputException(file, line, where + "expected keys " + new TreeSet<>(keys));
    }
    Map<String, Object> map = new LinkedHashMap<>();
    raw.forEach((k, v) -> map.put(String.valueOf(k), v));
    boolean codebookBlock = map.containsKey("codebook");
    if (codebookBlock != idKey.equals("codebook")) {
      return null; // the other kind of block: handled by the caller for the other level
    }
    for (String key : map.keySet()) {
      if (!keys.contains(key)) {
        throw new DossierInputException(file, line,
            where + "unknown key '" + key + "'; expected one of " + new TreeSet<>(keys));
      }
    }
    if (!(map.get(idKey) instanceof String)) {
      throw new DossierInputException(file, line, where + "'" + idKey + "' must be an id");
    }
    return map;
  }

  private static void checkId(Path file, QdaXml.Element e, String id, String what) throws DossierInputException {
    if (!ID.matcher(id).matches() || (what.equals("codebook") && id.equals("attributes"))) {
      throw new DossierInputException(file, e.line(), what + " id '" + id + "' must be lower-case snake_case"
          + (what.equals("codebook") ? " and not 'attributes'" : ""));
    }
  }

  /** A snake_case id from a name: accents dropped, other characters to {@code _}. */
  static String snake(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("_+$", "");
    }
    if (s.isEmpty()) {
      return "code";
    }
    return Character.isLetter(s.charAt(0)) ? s : "c_" + s;
  }

  /** The id, or the id with the first free suffix {@code _2}, {@code _3} …; reserves it. */
  static String unique(String base, Set<String> used) {
    String id = base.equals("attributes") ? "attributes_2" : base;
    for (int n = 2; !used.add(id); n++) {
      id = base + "_" + n;
    }
    return id;
  }

  // ---------------------------------------------------------------------------------------------
  // Files

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a leftover temporary file is harmless
    }
  }
}
