package org.dossiercoder.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dossiercoder.DossierInputException;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.index.DutchAnalysis;

/**
 * Reads a {@code .qdpx} into a {@link QdaProject}: text sources with their plain text, codings
 * with their coder, cases with their variables, memos. Used by {@link RefiImport#readProject}.
 */
final class ProjectReader {
  private static final String INNER = RefiExport.PROJECT_ENTRY;
  /** Upper bound for one entry, so a crafted zip cannot exhaust memory. */
  private static final long MAX_ENTRY = 512L * 1024 * 1024;

  private final Path file;
  private final ZipFile zip;
  private final Map<String, String> userIds = new LinkedHashMap<>();
  private final Map<String, QdaUser> users = new LinkedHashMap<>();
  private final Map<String, String[]> codeGuids = new HashMap<>();
  private final Map<String, QdaXml.Element> notes = new HashMap<>();
  private final Set<String> usedNotes = new HashSet<>();

  private ProjectReader(Path file, ZipFile zip) {
    this.file = file;
    this.zip = zip;
  }

  static QdaProject read(Path qdpx, DutchAnalysis analysis) throws DossierInputException {
    ZipFile zip;
    try {
      zip = new ZipFile(qdpx.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      throw new DossierInputException(qdpx, 0,
          "not a REFI-QDA project: a .qdpx is a zip file with project.qde, and this is not a zip file", e);
    } catch (IOException e) {
      throw new DossierInputException(qdpx, 0, "cannot read: " + e.getMessage(), e);
    }
    try (zip) {
      return new ProjectReader(qdpx, zip).project(analysis);
    } catch (IOException e) {
      throw new DossierInputException(qdpx, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  private byte[] entry(String name) throws DossierInputException, IOException {
    ZipEntry e = zip.getEntry(name);
    if (e == null) {
      return null;
    }
    try (InputStream in = zip.getInputStream(e)) {
      byte[] bytes = in.readNBytes((int) Math.min(MAX_ENTRY + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > MAX_ENTRY) {
        throw new DossierInputException(file, 0, name + " is larger than " + (MAX_ENTRY >> 20) + " MB");
      }
      return bytes;
    } catch (ZipException ze) {
      throw new DossierInputException(file, 0, name + ": damaged zip entry: " + ze.getMessage(), ze);
    }
  }

  private DossierInputException error(QdaXml.Element at, String problem) {
    return RefiImport.error(file, INNER, at == null ? 0 : at.line(), INNER + ": " + problem, null);
  }

  private QdaProject project(DutchAnalysis analysis) throws DossierInputException, IOException {
    byte[] qde = entry(INNER);
    if (qde == null) {
      throw new DossierInputException(file, 0, "not a REFI-QDA project: the zip has no " + INNER);
    }
    QdaXml.Element root = RefiImport.readValid(file, qde, QdaXml.Kind.PROJECT, INNER);
    QdaXml.Element usersEl = root.first("Users");
    if (usersEl != null) {
      for (QdaXml.Element u : usersEl.all("User")) {
        String id = firstNonBlank(u.attr("id"), u.attr("name"), guid(u.attr("guid")));
        if (!users.containsKey(id)) {
          users.put(id, new QdaUser(id, u.attr("name")));
        }
        userIds.put(guid(u.attr("guid")), id);
      }
    }
    Element notesEl = new Element(root.first("Notes"));
    for (QdaXml.Element n : notesEl.all("Note")) {
      notes.put(guid(n.attr("guid")), n);
    }
    List<Codebook> codebooks = List.of();
    QdaXml.Element book = root.first("CodeBook");
    String origin = root.attr("origin");
    if (book != null) {
      codebooks = RefiImport.codebooks(file, book.first("Codes").all("Code"), analysis,
          "REFI-QDA: " + file.getFileName() + (origin == null || origin.isBlank() ? "" : " (" + origin + ")"),
          codeGuids);
    }
    List<QdaNote> qdaNotes = new ArrayList<>();
    if (book != null) {
      codeNotes(book.first("Codes").all("Code"), qdaNotes);
    }

    Map<String, String> variables = new HashMap<>();
    for (QdaXml.Element v : new Element(root.first("Variables")).all("Variable")) {
      variables.put(guid(v.attr("guid")), v.attr("name"));
    }
    Map<String, String> caseOfSource = new HashMap<>();
    List<QdaCase> cases = new ArrayList<>();
    Set<String> caseIds = new HashSet<>();
    for (QdaXml.Element c : new Element(root.first("Cases")).all("Case")) {
      String caseId = RefiImport.unique(firstNonBlank(c.attr("name"), guid(c.attr("guid"))), caseIds);
      Map<String, String> values = new LinkedHashMap<>();
      for (QdaXml.Element vv : c.all("VariableValue")) {
        String name = variables.get(guid(vv.first("VariableRef").attr("targetGUID")));
        if (name == null) {
          throw error(vv, "case '" + caseId + "' refers to a variable that is not in Variables");
        }
        String value = vv.children().size() > 1 ? vv.children().get(1).text().toString() : "";
        values.put(name, value);
      }
      List<String> codes = new ArrayList<>();
      for (QdaXml.Element ref : c.all("CodeRef")) {
        String[] code = codeGuids.get(guid(ref.attr("targetGUID")));
        if (code != null) {
          codes.add(code[0] + "." + code[1]);
        }
      }
      for (QdaXml.Element ref : c.all("SourceRef")) {
        caseOfSource.putIfAbsent(guid(ref.attr("targetGUID")), caseId);
      }
      cases.add(new QdaCase(caseId, values, codes));
    }

    List<QdaSource> sources = new ArrayList<>();
    List<QdaCoding> codings = new ArrayList<>();
    Set<String> docIds = new HashSet<>();
    Set<String> codingKeys = new HashSet<>();
    for (QdaXml.Element s : new Element(root.first("Sources")).all("TextSource")) {
      String sourceGuid = guid(s.attr("guid"));
      CodebookYaml.Split split = CodebookYaml.split(s.childText("Description"));
      Map<String, String> block = simpleBlock(split.block());
      String docId = RefiImport.unique(
          firstNonBlank(block.get("doc"), s.attr("name"), sourceGuid), docIds);
      String caseId = block.containsKey("case") ? block.get("case") : caseOfSource.get(sourceGuid);
      if (caseId != null && !caseIds.contains(caseId)) {
        caseId = null;
      }
      Text text = text(s, docId);
      sources.add(new QdaSource(docId, caseId, s.attr("name"), text.normalised, time(s.attr("creationDateTime"))));
      for (QdaXml.Element sel : s.all("PlainTextSelection")) {
        int start = text.offset(sel, Integer.parseInt(sel.attr("startPosition")));
        int end = text.offset(sel, Integer.parseInt(sel.attr("endPosition")));
        if (end < start) {
          throw error(sel, "selection in '" + docId + "' ends before it starts");
        }
        for (QdaXml.Element coding : sel.all("Coding")) {
          add(coding, docId, start, end, sel, codings, codingKeys);
        }
      }
      for (QdaXml.Element coding : s.all("Coding")) {
        add(coding, docId, null, null, s, codings, codingKeys);
      }
      for (QdaXml.Element ref : s.all("NoteRef")) {
        note(ref, QdaNote.Target.SOURCE, docId, qdaNotes);
      }
    }
    for (QdaXml.Element ref : root.all("NoteRef")) {
      note(ref, QdaNote.Target.PROJECT, null, qdaNotes);
    }
    for (QdaXml.Element n : notesEl.all("Note")) {
      if (!usedNotes.contains(guid(n.attr("guid")))) {
        note(n, QdaNote.Target.PROJECT, null, qdaNotes);
      }
    }
    return new QdaProject(firstNonBlank(root.attr("name"), file.getFileName().toString()), codebooks,
        new ArrayList<>(users.values()), sources, cases, codings, qdaNotes);
  }

  private void codeNotes(List<QdaXml.Element> codes, List<QdaNote> out) throws DossierInputException {
    for (QdaXml.Element c : codes) {
      String[] code = codeGuids.get(guid(c.attr("guid")));
      for (QdaXml.Element ref : c.all("NoteRef")) {
        if (code != null) {
          note(ref, QdaNote.Target.CODE, code[0] + "." + code[1], out);
        }
      }
      codeNotes(c.all("Code"), out);
    }
  }

  /** A memo referred to by a NoteRef (or an unreferenced Note itself) as a {@link QdaNote}. */
  private void note(QdaXml.Element ref, QdaNote.Target target, String targetId, List<QdaNote> out)
      throws DossierInputException {
    String guid = guid(ref.name().equals("Note") ? ref.attr("guid") : ref.attr("targetGUID"));
    QdaXml.Element n = notes.get(guid);
    if (n == null) {
      throw error(ref, "refers to a note " + guid + " that is not in Notes");
    }
    usedNotes.add(guid);
    Map<String, String> block = simpleBlock(CodebookYaml.split(n.childText("Description")).block());
    out.add(new QdaNote(firstNonBlank(block.get("note"), guid), n.attr("name"), noteText(n),
        user(n.attr("creatingUser")), time(n.attr("creationDateTime")), target, targetId));
  }

  private String noteText(QdaXml.Element n) throws DossierInputException {
    String inline = n.childText("PlainTextContent");
    if (inline != null) {
      return inline;
    }
    String path = n.attr("plainTextPath");
    if (path != null && path.startsWith("internal://")) {
      try {
        byte[] bytes = entry("sources/" + path.substring("internal://".length()));
        if (bytes != null) {
          return decode(bytes, n, "note").replace("\r\n", "\n");
        }
      } catch (IOException e) {
        throw error(n, "cannot read the note's text: " + e.getMessage());
      }
    }
    return "";
  }

  private void add(QdaXml.Element coding, String docId, Integer start, Integer end, QdaXml.Element owner,
      List<QdaCoding> codings, Set<String> keys) throws DossierInputException {
    String[] code = codeGuids.get(guid(coding.first("CodeRef").attr("targetGUID")));
    if (code == null) {
      // A code that is not a dossiercoder code (a codebook-level grouping): nothing to store.
      return;
    }
    String coder = user(firstNonBlank(coding.attr("creatingUser"), owner.attr("creatingUser")));
    if (coder == null) {
      coder = "unknown";
      users.putIfAbsent(coder, new QdaUser(coder, null));
    }
    Instant created = time(firstNonBlank(coding.attr("creationDateTime"), owner.attr("creationDateTime")));
    String memo = null;
    for (QdaXml.Element ref : coding.all("NoteRef")) {
      String guid = guid(ref.attr("targetGUID"));
      QdaXml.Element n = notes.get(guid);
      if (n == null) {
        throw error(ref, "refers to a note " + guid + " that is not in Notes");
      }
      usedNotes.add(guid);
      memo = memo == null ? noteText(n) : memo + "\n\n" + noteText(n);
    }
    QdaCoding c = new QdaCoding(docId, start, end, code[0], code[1], coder, created, memo);
    if (keys.add(RefiExport.codingKey(c))) {
      codings.add(c);
    }
  }

  /** The coder id of a user GUID (a user not in Users is added under its GUID), or null. */
  private String user(String guid) {
    if (guid == null || guid.isBlank()) {
      return null;
    }
    String g = guid(guid);
    String id = userIds.get(g);
    if (id == null) {
      id = g;
      userIds.put(g, id);
      users.putIfAbsent(id, new QdaUser(id, null));
    }
    return id;
  }

  /** A source's plain text, line ends normalised to \n, with the map from REFI-QDA positions. */
  private final class Text {
    final String original;
    final String normalised;
    /** Normalised char offset of every original char offset (length + 1 entries). */
    final int[] map;

    Text(String original) {
      this.original = original;
      StringBuilder out = new StringBuilder(original.length());
      map = new int[original.length() + 1];
      for (int i = 0; i < original.length(); i++) {
        map[i] = out.length();
        char ch = original.charAt(i);
        if (ch == '\r') {
          if (i + 1 < original.length() && original.charAt(i + 1) == '\n') {
            continue; // CR LF is one line end: the CR maps onto the LF that follows
          }
          out.append('\n');
        } else {
          out.append(ch);
        }
      }
      map[original.length()] = out.length();
      normalised = out.toString();
    }

    /** The dossiercoder offset of a REFI-QDA position (code points of the text as stored). */
    int offset(QdaXml.Element at, int position) throws DossierInputException {
      try {
        return map[Offsets.toChars(original, position)];
      } catch (IllegalArgumentException e) {
        throw error(at, "selection position " + position + ": " + e.getMessage());
      }
    }
  }

  private Text text(QdaXml.Element source, String docId) throws DossierInputException, IOException {
    String inline = source.childText("PlainTextContent");
    if (inline != null) {
      return new Text(inline);
    }
    String path = source.attr("plainTextPath");
    if (path == null || path.isBlank()) {
      throw error(source, "source '" + docId + "' has neither PlainTextContent nor plainTextPath");
    }
    if (!path.startsWith("internal://")) {
      throw error(source, "source '" + docId + "': its text is outside the .qdpx (" + path
          + "); only internal:// sources can be read");
    }
    String name = "sources/" + path.substring("internal://".length());
    byte[] bytes = entry(name);
    if (bytes == null) {
      throw error(source, "source '" + docId + "': " + name + " is missing from the zip");
    }
    return new Text(decode(bytes, source, "source '" + docId + "'"));
  }

  private String decode(byte[] bytes, QdaXml.Element at, String what) throws DossierInputException {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw error(at, what + ": plain text is not UTF-8, as REFI-QDA requires");
    }
  }

  /** The flat {@code key: value} pairs of a dossiercoder block on a source or note. */
  private static Map<String, String> simpleBlock(String yaml) {
    Map<String, String> out = new HashMap<>();
    if (yaml == null) {
      return out;
    }
    try {
      if (CodebookYaml.loadStrings(yaml) instanceof Map<?, ?> m) {
        m.forEach((k, v) -> {
          if (v instanceof String s) {
            out.put(String.valueOf(k), s);
          }
        });
      }
    } catch (RuntimeException e) {
      // a block edited beyond recognition: fall back to the element's own attributes
    }
    return out;
  }

  private static Instant time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String guid(String g) {
    return g == null ? null : g.strip().replaceAll("[{}]", "").toLowerCase(Locale.ROOT);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** An optional element: no children when absent. */
  private record Element(QdaXml.Element element) {
    List<QdaXml.Element> all(String name) {
      return element == null ? List.of() : element.all(name);
    }
  }
}
