package org.dossiercoder.refi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossiercoder.codebook.Code;
import org.dossiercoder.codebook.Codebook;
import org.dossiercoder.codebook.CodebookKind;
import org.dossiercoder.codebook.MatchContext;
import org.dossiercoder.codebook.Rule;
import org.dossiercoder.ingest.DocumentType;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Codebooks as YAML: the bundled file format (written by {@link RefiImport#writeCodebookYaml}) and
 * the machine-readable block that carries what REFI-QDA has no element for (search rules, kind,
 * decision …) inside a code's {@code <Description>}.
 */
final class CodebookYaml {
  /** The line that separates a code's definition from its dossiercoder block in a Description. */
  static final String MARKER = "--- dossiercoder ---";

  private static final Pattern MARKER_LINE = Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(MARKER) + "[ \\t]*$");

  private CodebookYaml() {}

  /** A list written in flow style, {@code [a, b]}, as the bundled codebooks write short lists. */
  static final class FlowList extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FlowList(List<String> items) {
      super(items);
    }
  }

  private static final class FlowRepresenter extends Representer {
    FlowRepresenter(DumperOptions options) {
      super(options);
      this.representers.put(
          FlowList.class,
          data -> representSequence(Tag.SEQ, (FlowList) data, DumperOptions.FlowStyle.FLOW));
    }
  }

  /** A resolver without implicit types: every plain scalar reads as a string, as the loader sees it. */
  private static final class StringsOnly extends Resolver {
    @Override
    protected void addImplicitResolvers() {}
  }

  /** YAML text of a value made of maps, lists and scalars. */
  static String dump(Object value) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setAllowUnicode(true);
    // One line per value: a query folded over lines is hard to read and to edit in another tool.
    options.setSplitLines(false);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    return new Yaml(new FlowRepresenter(options), options).dump(value);
  }

  /** Parses YAML with every scalar as a string (numbers, dates and booleans stay text). */
  static Object loadStrings(String yaml) {
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(false);
    DumperOptions dumper = new DumperOptions();
    return new Yaml(new SafeConstructor(loader), new Representer(dumper), dumper, loader, new StringsOnly())
        .load(yaml);
  }

  /** Composes YAML into nodes (used only to find the line of a parse error). */
  static Node compose(String yaml) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(yaml));
  }

  /** A whole codebook in the bundled file format. */
  static Map<String, Object> book(Codebook b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", b.id());
    m.put("label", b.label());
    m.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("order", b.order());
    if (b.decision() != Codebook.Decision.RULES) {
      m.put("decision", b.decision().name().toLowerCase(java.util.Locale.ROOT));
    }
    putText(m, "description", b.description());
    putText(m, "source", b.source());
    if (!b.synonyms().isEmpty()) {
      m.put("synonyms", new FlowList(b.synonyms()));
    }
    putText(m, "skip", b.skip());
    List<Object> codes = new ArrayList<>();
    for (Code c : b.codes()) {
      Map<String, Object> code = new LinkedHashMap<>();
      code.put("id", c.id());
      if (c.parent() != null) {
        code.put("parent", c.parent());
      }
      code.put("label", c.label());
      putText(code, "description", c.description());
      putRuleFields(code, c);
      codes.add(code);
    }
    m.put("codes", codes);
    return m;
  }

  /** The block on a codebook-level code: what its name and Description do not say. */
  static Map<String, Object> codebookBlock(Codebook b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("codebook", b.id());
    m.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("order", b.order());
    if (b.decision() != Codebook.Decision.RULES) {
      m.put("decision", b.decision().name().toLowerCase(java.util.Locale.ROOT));
    }
    putText(m, "source", b.source());
    if (!b.synonyms().isEmpty()) {
      m.put("synonyms", new FlowList(b.synonyms()));
    }
    putText(m, "skip", b.skip());
    return m;
  }

  /** The block on a code: its id and search rules. */
  static Map<String, Object> codeBlock(Code c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", c.id());
    putRuleFields(m, c);
    return m;
  }

  private static void putRuleFields(Map<String, Object> m, Code c) {
    if (c.minSegments() != 1) {
      m.put("min_segments", c.minSegments());
    }
    if (!c.rules().isEmpty()) {
      m.put("rules", rules(c.rules()));
    }
    if (!c.unless().isEmpty()) {
      m.put("unless", rules(c.unless()));
    }
  }

  private static List<Object> rules(List<Rule> rules) {
    List<Object> out = new ArrayList<>();
    for (Rule r : rules) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      if (!r.query().isEmpty()) {
        m.put("query", r.query());
      }
      if (!r.question().isEmpty()) {
        m.put("question", r.question());
      }
      if (!r.speakers().isEmpty()) {
        List<String> keys = new ArrayList<>();
        r.speakers().forEach(k -> keys.add(k.key()));
        m.put("speakers", new FlowList(keys));
      }
      if (!r.roles().isEmpty()) {
        m.put("roles", new FlowList(new ArrayList<>(r.roles())));
      }
      if (!r.documents().isEmpty()) {
        List<String> keys = new ArrayList<>();
        for (DocumentType t : DocumentType.values()) {
          if (r.documents().contains(t)) {
            keys.add(t.key());
          }
        }
        m.put("documents", new FlowList(keys));
      }
      if (!r.sections().isEmpty()) {
        m.put("sections", new FlowList(new java.util.TreeSet<>(r.sections()).stream().toList()));
      }
      if (r.from() != null) {
        m.put("from", r.from().toString());
      }
      if (r.until() != null) {
        m.put("until", r.until().toString());
      }
      if (!r.counts().equals(EnumSet.of(MatchContext.AFFIRMED))) {
        List<String> keys = new ArrayList<>();
        for (MatchContext c : MatchContext.values()) {
          if (r.counts().contains(c)) {
            keys.add(c.key());
          }
        }
        m.put("counts", new FlowList(keys));
      }
      if (r.strong()) {
        m.put("strong", true);
      }
      if (r.letterhead()) {
        m.put("letterhead", true);
      }
      if (!r.scope().with().isEmpty()) {
        m.put("document_with", r.scope().with());
      }
      if (!r.scope().without().isEmpty()) {
        m.put("document_without", r.scope().without());
      }
      out.add(m);
    }
    return out;
  }

  private static void putText(Map<String, Object> m, String key, String text) {
    if (text != null && !text.isBlank()) {
      m.put(key, text);
    }
  }

  /** A Description: the human definition, then the marker line and the block. */
  static String description(String definition, Map<String, Object> block) {
    String text = definition == null ? "" : definition.strip();
    return (text.isEmpty() ? "" : text + "\n\n") + MARKER + "\n" + dump(block);
  }

  /**
   * A Description split into its definition and its dossiercoder block.
   *
   * @param definition the text before the marker, stripped
   * @param block the YAML after the marker, or null when there is no marker
   * @param blockLine 0-based line of the marker within the Description
   */
  record Split(String definition, String block, int blockLine) {}

  /** Splits a Description at its last marker line. */
  static Split split(String description) {
    if (description == null) {
      return new Split("", null, 0);
    }
    String text = description.replace("\r\n", "\n").replace('\r', '\n');
    Matcher m = MARKER_LINE.matcher(text);
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
    }
    if (start < 0) {
      return new Split(text.strip(), null, 0);
    }
    int line = (int) text.substring(0, start).chars().filter(ch -> ch == '\n').count();
    return new Split(text.substring(0, start).strip(), text.substring(end), line);
  }

  /** The codebook kind for a block value, or null. */
  static CodebookKind kind(String text) {
    return switch (text) {
      case "multi" -> CodebookKind.MULTI;
      case "single" -> CodebookKind.SINGLE;
      default -> null;
    };
  }
}
