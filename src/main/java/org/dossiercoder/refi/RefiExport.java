package org.dossiercoder.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;

/**
 * Writes REFI-QDA files (QDA-XML 1.0) for ATLAS.ti, MAXQDA, NVivo, QualCoder and other tools: the
 * codebooks as a {@code .qdc}, the whole project as a {@code .qdpx}.
 *
 * <p>Every GUID is derived from dossiercoder's ids, so it is the same in every export. Every
 * document is validated against the official schema before it is written; files are written to a
 * temporary file first and moved into place, so a failed export leaves nothing behind.
 */
public final class RefiExport {
  /** The {@code origin} written on the root element. */
  static final String ORIGIN = "dossiercoder";
  /** Name of the project document inside a {@code .qdpx}. */
  static final String PROJECT_ENTRY = "project.qde";
  /** Folder of the plain-text sources inside a {@code .qdpx}. */
  static final String SOURCES_FOLDER = "sources/";

  /** One colour per codebook (its codes share it), so the codebooks stay apart in other tools. */
  private static final List<String> COLOURS = List.of(
      "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF");
  /** Fixed zip entry time, so two exports of the same project are the same bytes. */
  private static final long ENTRY_TIME = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();

  private RefiExport() {}

  /**
   * Writes codebooks as a REFI-QDA codebook ({@code .qdc}).
   *
   * <p>Each codebook becomes a top-level, non-codable Code named by its label; its codes are
   * nested below it by parent. Every Description holds the definition followed by a line
   * {@code --- dossiercoder ---} and a YAML block with what the standard has no element for
   * (ids, kind, decision, order, source, synonyms, skip, search rules), which {@link RefiImport} reads
   * back.
   *
   * @throws IOException when the file cannot be written
   */
  public static void writeCodebook(List<Codebook> codebooks, Path qdc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (QdaXml.Writer w = new QdaXml.Writer(out, QdaXml.CODEBOOK_NS, "CodeBook", "origin", ORIGIN)) {
      writeCodes(w, codebooks, Map.of(), false);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML: " + e.getMessage(), e);
    }
    byte[] xml = out.toByteArray();
    checkValid(xml, QdaXml.Kind.CODEBOOK);
    writeAtomically(qdc, o -> o.write(xml));
  }

  /**
   * Writes a whole project as a REFI-QDA project ({@code .qdpx}): a zip with {@code project.qde}
   * and each document's plain text as {@code sources/<guid>.txt} (UTF-8, {@code \n} line ends).
   *
   * <p>Codings become PlainTextSelections at code point positions (see {@link Offsets}), one per
   * distinct span, holding one Coding per code and coder; whole-document codings are Codings of
   * the TextSource. Case attributes become text Variables; case-level codes become the Case's
   * CodeRefs; memos become Notes.
   *
   * @throws IOException when the file cannot be written
   */
  public static void writeProject(QdaProject project, Path qdpx) throws IOException {
    Map<String, String> sourceGuids = new LinkedHashMap<>();
    for (QdaSource s : project.sources()) {
      sourceGuids.put(s.docId(), Guids.of("source", s.docId()));
    }
    byte[] xml = projectXml(project, sourceGuids);
    checkValid(xml, QdaXml.Kind.PROJECT);
    writeAtomically(qdpx, o -> {
      try (ZipOutputStream zip = new ZipOutputStream(o, StandardCharsets.UTF_8)) {
        entry(zip, PROJECT_ENTRY, xml);
        for (QdaSource s : project.sources()) {
          entry(zip, SOURCES_FOLDER + sourceGuids.get(s.docId()) + ".txt", s.plainText().getBytes(StandardCharsets.UTF_8));
        }
      }
    });
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(ENTRY_TIME);
    zip.putNextEntry(e);
    zip.write(bytes);
    zip.closeEntry();
  }

  /** The identity of a coding: document, span, code and coder. */
  static String codingKey(QdaCoding c) {
    return String.join("\u001f", c.docId(),
        c.wholeDocument() ? "document" : c.start() + "-" + c.end(), c.column(), c.coderId());
  }

  private static byte[] projectXml(QdaProject p, Map<String, String> sourceGuids) throws IOException {
    // Notes first: codes, codings, sources and the project refer to them by GUID.
    Map<String, List<String>> codeNotes = new TreeMap<>();
    Map<String, List<String>> sourceNotes = new TreeMap<>();
    List<String> projectNotes = new ArrayList<>();
    for (QdaNote n : p.notes()) {
      String guid = Guids.of("note", n.noteId());
      switch (n.target()) {
        case CODE -> codeNotes.computeIfAbsent(n.targetId(), k -> new ArrayList<>()).add(guid);
        case SOURCE -> sourceNotes.computeIfAbsent(n.targetId(), k -> new ArrayList<>()).add(guid);
        case PROJECT -> projectNotes.add(guid);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (QdaXml.Writer w = new QdaXml.Writer(out, QdaXml.PROJECT_NS, "Project", "name", p.name(), "origin", ORIGIN)) {
      if (!p.users().isEmpty()) {
        w.start("Users");
        for (QdaUser u : p.users()) {
          w.empty("User", "guid", user(u.id()), "name", u.name(), "id", u.id());
        }
        w.end();
      }
      if (!p.codebooks().isEmpty()) {
        w.start("CodeBook");
        writeCodes(w, p.codebooks(), codeNotes, true);
        w.end();
      }
      Set<String> variables = new LinkedHashSet<>();
      p.cases().forEach(c -> variables.addAll(c.variables().keySet()));
      if (!variables.isEmpty()) {
        w.start("Variables");
        for (String v : variables) {
          w.empty("Variable", "guid", Guids.of("variable", v), "name", v, "typeOfVariable", "Text");
        }
        w.end();
      }
      if (!p.cases().isEmpty()) {
        w.start("Cases");
        for (QdaCase c : p.cases()) {
          w.start("Case", "guid", Guids.of("case", c.caseId()), "name", c.caseId());
          for (String column : c.codes()) {
            int dot = column.indexOf('.');
            w.empty("CodeRef", "targetGUID", Guids.code(column.substring(0, dot), column.substring(dot + 1)));
          }
          for (Map.Entry<String, String> v : c.variables().entrySet()) {
            w.start("VariableValue");
            w.empty("VariableRef", "targetGUID", Guids.of("variable", v.getKey()));
            w.text("TextValue", v.getValue());
            w.end();
          }
          for (QdaSource s : p.sources()) {
            if (c.caseId().equals(s.caseId())) {
              w.empty("SourceRef", "targetGUID", sourceGuids.get(s.docId()));
            }
          }
          w.end();
        }
        w.end();
      }
      Map<String, List<QdaCoding>> byDoc = new LinkedHashMap<>();
      for (QdaCoding c : p.codings()) {
        byDoc.computeIfAbsent(c.docId(), k -> new ArrayList<>()).add(c);
      }
      if (!p.sources().isEmpty()) {
        w.start("Sources");
        for (QdaSource s : p.sources()) {
          writeSource(w, s, sourceGuids.get(s.docId()), byDoc.getOrDefault(s.docId(), List.of()),
              sourceNotes.getOrDefault(s.docId(), List.of()));
        }
        w.end();
      }
      List<QdaCoding> memos = p.codings().stream().filter(c -> c.memo() != null).toList();
      if (!memos.isEmpty() || !p.notes().isEmpty()) {
        w.start("Notes");
        for (QdaCoding c : memos) {
          writeNote(w, Guids.of("memo", codingKey(c)), "Memo " + c.coderId() + ": " + c.column(),
              c.coderId(), c.created(), null, c.memo());
        }
        for (QdaNote n : p.notes()) {
          writeNote(w, Guids.of("note", n.noteId()), n.name(), n.authorId(), n.created(), n.noteId(), n.text());
        }
        w.end();
      }
      for (String guid : projectNotes) {
        w.empty("NoteRef", "targetGUID", guid);
      }
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void writeNote(
      QdaXml.Writer w, String guid, String name, String author, Instant created, String noteId, String text)
      throws XMLStreamException {
    w.start("Note", "guid", guid, "name", name, "creatingUser", author == null ? null : user(author),
        "creationDateTime", time(created));
    if (noteId != null) {
      w.text("Description", CodebookYaml.description("", Map.of("note", noteId)));
    }
    w.text("PlainTextContent", text);
    w.end();
  }

  private static void writeSource(
      QdaXml.Writer w, QdaSource s, String guid, List<QdaCoding> codings, List<String> notes)
      throws XMLStreamException {
    w.start("TextSource", "guid", guid, "name", s.name(), "plainTextPath", "internal://" + guid + ".txt",
        "creationDateTime", time(s.created()));
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("doc", s.docId());
    if (s.caseId() != null) {
      block.put("case", s.caseId());
    }
    w.text("Description", CodebookYaml.description("", block));
    // One selection per distinct span, in text order; its codings by code, then coder.
    Map<List<Integer>, List<QdaCoding>> spans = new TreeMap<>(
        Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
    List<QdaCoding> whole = new ArrayList<>();
    for (QdaCoding c : codings) {
      if (c.wholeDocument()) {
        whole.add(c);
      } else {
        spans.computeIfAbsent(List.of(c.start(), c.end()), k -> new ArrayList<>()).add(c);
      }
    }
    Comparator<QdaCoding> order = Comparator.comparing(QdaCoding::column).thenComparing(QdaCoding::coderId);
    String text = s.plainText();
    for (Map.Entry<List<Integer>, List<QdaCoding>> span : spans.entrySet()) {
      int start = span.getKey().get(0);
      int end = span.getKey().get(1);
      List<QdaCoding> here = new ArrayList<>(span.getValue());
      here.sort(order);
      // The selection is credited to whoever coded it first.
      QdaCoding first = here.stream()
          .min(Comparator.comparing(QdaCoding::created, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(QdaCoding::coderId))
          .orElseThrow();
      w.start("PlainTextSelection",
          "guid", Guids.of("selection", s.docId(), start + "-" + end),
          "name", excerpt(text.substring(start, end)),
          "startPosition", Integer.toString(Offsets.toCodePoints(text, start)),
          "endPosition", Integer.toString(Offsets.toCodePoints(text, end)),
          "creatingUser", user(first.coderId()),
          "creationDateTime", time(first.created()));
      for (QdaCoding c : here) {
        writeCoding(w, c);
      }
      w.end();
    }
    whole.sort(order);
    for (QdaCoding c : whole) {
      writeCoding(w, c);
    }
    for (String note : notes) {
      w.empty("NoteRef", "targetGUID", note);
    }
    w.end();
  }

  private static void writeCoding(QdaXml.Writer w, QdaCoding c) throws XMLStreamException {
    String key = codingKey(c);
    w.start("Coding", "guid", Guids.of("coding", key), "creatingUser", user(c.coderId()),
        "creationDateTime", time(c.created()));
    w.empty("CodeRef", "targetGUID", Guids.code(c.codebook(), c.code()));
    if (c.memo() != null) {
      w.empty("NoteRef", "targetGUID", Guids.of("memo", key));
    }
    w.end();
  }

  /** A selection's name: its text on one line, shortened. */
  private static String excerpt(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.codePointCount(0, line.length()) <= 80) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, 79)) + "…";
  }

  static String user(String id) {
    return Guids.of("user", id);
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }

  private static void writeCodes(
      QdaXml.Writer w, List<Codebook> codebooks, Map<String, List<String>> codeNotes, boolean project)
      throws XMLStreamException {
    w.start("Codes");
    for (int i = 0; i < codebooks.size(); i++) {
      Codebook b = codebooks.get(i);
      String colour = COLOURS.get(i % COLOURS.size());
      w.start("Code", "guid", Guids.codebook(b.id()), "name", b.label(), "isCodable", "false", "color", colour);
      w.text("Description", CodebookYaml.description(b.description(), CodebookYaml.codebookBlock(b)));
      for (Code c : b.topLevelCodes()) {
        writeCode(w, b, c, colour, codeNotes, project);
      }
      w.end();
    }
    w.end();
  }

  private static void writeCode(
      QdaXml.Writer w, Codebook b, Code c, String colour, Map<String, List<String>> codeNotes, boolean project)
      throws XMLStreamException {
    w.start("Code", "guid", Guids.code(b.id(), c.id()), "name", c.label(), "isCodable", "true", "color", colour);
    w.text("Description", CodebookYaml.description(c.description(), CodebookYaml.codeBlock(c)));
    if (project) {
      for (String note : codeNotes.getOrDefault(b.column(c), List.of())) {
        w.empty("NoteRef", "targetGUID", note);
      }
    }
    for (Code child : b.childrenOf(c.id())) {
      writeCode(w, b, child, colour, codeNotes, project);
    }
    w.end();
  }

  private static void checkValid(byte[] xml, QdaXml.Kind kind) {
    try {
      QdaXml.validate(xml, kind);
    } catch (QdaXml.Invalid e) {
      // The writer's own output: a violation is a bug here, never the user's input.
      throw new IllegalStateException(kind.resource + " rejects the export, line " + e.line + ": " + e.getMessage(), e);
    }
  }

  /** Something that writes a file's bytes. */
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
