package org.dossiercoder.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.Problem;

/**
 * A corpus folder: {@code cases.csv} plus one folder per case holding that case's documents.
 *
 * <p>Loading reads only the registration file and the folder listing; document texts are read
 * later, one at a time, so a corpus of any size fits in memory. Inconsistencies (a folder without
 * a row, a row without a folder, duplicate ids, unknown file types) are collected as problems and
 * do not stop the load.
 */
public final class Corpus {
  /** File extensions dossiercoder reads. */
  public static final Set<String> SUPPORTED_EXTENSIONS = Set.of("txt", "docx", "pdf", "odt", "rtf");

  private final Path dir;
  private final List<String> attributeNames;
  private final List<CaseRecord> cases;
  private final List<DocumentRef> documents;
  private final List<Problem> problems;

  private Corpus(
      Path dir,
      List<String> attributeNames,
      List<CaseRecord> cases,
      List<DocumentRef> documents,
      List<Problem> problems) {
    this.dir = dir;
    this.attributeNames = List.copyOf(attributeNames);
    this.cases = List.copyOf(cases);
    this.documents = List.copyOf(documents);
    this.problems = List.copyOf(problems);
  }

  /**
   * Loads the corpus layout of a folder.
   *
   * @throws DossierInputException when the folder or its cases.csv is missing or unreadable
   */
  public static Corpus load(Path dir) throws DossierInputException {
    if (!Files.isDirectory(dir)) {
      throw new DossierInputException(dir, 0, "corpus folder not found; expected a folder with cases.csv");
    }
    Path casesFile = dir.resolve("cases.csv");
    if (!Files.isRegularFile(casesFile)) {
      throw new DossierInputException(casesFile, 0, "missing; expected one row per case with column case_id");
    }
    CasesCsv.Rows rows = CasesCsv.read(casesFile);
    List<Problem> problems = new ArrayList<>(relativise(dir, rows.problems()));
    Map<String, CaseRecord> byId = new LinkedHashMap<>();
    for (CaseRecord c : rows.rows()) {
      byId.put(c.caseId(), c);
    }
    Set<String> folders = new TreeSet<>();
    try (Stream<Path> children = Files.list(dir)) {
      children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith(".") && !name.startsWith("_"))
          .forEach(folders::add);
    } catch (IOException e) {
      throw new DossierInputException(dir, 0, "cannot list corpus folder: " + e.getMessage(), e);
    }
    List<DocumentRef> documents = new ArrayList<>();
    for (String folder : folders) {
      if (!byId.containsKey(folder)) {
        problems.add(
            new Problem(
                folder + "/",
                "case-without-row",
                "case folder has no row in cases.csv; its documents are skipped"));
        continue;
      }
      documents.addAll(listDocuments(dir, folder, problems));
    }
    for (String id : byId.keySet()) {
      if (!folders.contains(id)) {
        problems.add(
            new Problem(
                "cases.csv",
                "row-without-case",
                "case '" + id + "' has no folder; it is kept with no documents"));
      }
    }
    List<String> attributes = new ArrayList<>(rows.header());
    attributes.remove("case_id");
    return new Corpus(dir, attributes, new ArrayList<>(byId.values()), documents, problems);
  }

  private static List<DocumentRef> listDocuments(Path dir, String caseId, List<Problem> problems)
      throws DossierInputException {
    List<Path> files;
    Path caseDir = dir.resolve(caseId);
    try (Stream<Path> s = Files.list(caseDir)) {
      files = s.sorted().toList();
    } catch (IOException e) {
      throw new DossierInputException(caseDir, 0, "cannot list case folder: " + e.getMessage(), e);
    }
    List<DocumentRef> refs = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (name.startsWith(".") || name.startsWith("~$")) {
        continue; // editor lock files and hidden files are not documents
      }
      if (!Files.isRegularFile(file)) {
        problems.add(new Problem(caseId + "/" + name, "not-a-file", "sub-folders are not read"));
        continue;
      }
      String ext = extension(name);
      if (!SUPPORTED_EXTENSIONS.contains(ext)) {
        problems.add(
            new Problem(
                caseId + "/" + name,
                "unknown-extension",
                "extension '." + ext + "' is not read; expected one of .txt .docx .pdf .odt .rtf"));
        continue;
      }
      refs.add(
          new DocumentRef(
              caseId + "/" + name,
              caseId,
              file,
              DocumentType.ofFileName(name),
              DocumentType.roleOfFileName(name)));
    }
    return refs;
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static List<Problem> relativise(Path dir, List<Problem> problems) {
    String prefix = dir.toString() + "/";
    List<Problem> out = new ArrayList<>();
    for (Problem p : problems) {
      String file = p.file().startsWith(prefix) ? p.file().substring(prefix.length()) : p.file();
      out.add(new Problem(file, p.kind(), p.message()));
    }
    return out;
  }

  /** The corpus folder. */
  public Path dir() {
    return dir;
  }

  /** The registration attribute names of cases.csv, in file order, without case_id. */
  public List<String> attributeNames() {
    return attributeNames;
  }

  /** The cases of cases.csv, in file order, without duplicates. */
  public List<CaseRecord> cases() {
    return cases;
  }

  /** The readable-looking documents of the cases that have a row, in folder order. */
  public List<DocumentRef> documents() {
    return documents;
  }

  /** Problems found while loading the layout. */
  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }
}
