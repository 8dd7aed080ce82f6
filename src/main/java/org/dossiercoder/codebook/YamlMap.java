package org.dossiercoder.codebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossiercoder.DossierInputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read strictly, with line numbers for every error: unknown keys, wrong types and
 * missing values are reported as {@link DossierInputException}s naming file, line and context.
 */
final class YamlMap {
  private final Path file;
  private final String where;
  private final Node node;
  private final Map<String, Node> values = new LinkedHashMap<>();

  YamlMap(Path file, String where, Node node, Set<String> allowedKeys) throws DossierInputException {
    this.file = file;
    this.where = where;
    this.node = node;
    if (!(node instanceof MappingNode mapping)) {
      throw error(node, "expected a mapping of keys " + new TreeSet<>(allowedKeys));
    }
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        throw error(t.getKeyNode(), "keys must be plain words");
      }
      if (!allowedKeys.contains(key.getValue())) {
        throw error(
            key,
            "unknown key '" + key.getValue() + "'; expected one of " + new TreeSet<>(allowedKeys));
      }
      if (values.put(key.getValue(), t.getValueNode()) != null) {
        throw error(key, "key '" + key.getValue() + "' appears twice");
      }
    }
  }

  /** The scalar value of a key of a mapping node before it is checked, or null. */
  static String peek(Node node, String key) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
            && t.getValueNode() instanceof ScalarNode v) {
          return v.getValue().strip();
        }
      }
    }
    return null;
  }

  int line() {
    return line(node);
  }

  static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  DossierInputException error(Node at, String message) {
    return new DossierInputException(file, line(at), where.isEmpty() ? message : where + ": " + message);
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  Node node(String key) {
    return values.get(key);
  }

  String string(String key, String fallback) throws DossierInputException {
    Node n = values.get(key);
    if (n == null) {
      return fallback;
    }
    if (!(n instanceof ScalarNode s)) {
      throw error(n, "'" + key + "' must be a single value");
    }
    return s.getValue().strip();
  }

  String requiredString(String key) throws DossierInputException {
    String v = string(key, null);
    if (v == null || v.isEmpty()) {
      throw error(node, "missing '" + key + "'");
    }
    return v;
  }

  int integer(String key, int fallback) throws DossierInputException {
    String v = string(key, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw error(values.get(key), "'" + key + "' must be a whole number, found '" + v + "'");
    }
  }

  boolean bool(String key, boolean fallback) throws DossierInputException {
    String v = string(key, null);
    if (v == null) {
      return fallback;
    }
    if (v.equals("true") || v.equals("false")) {
      return Boolean.parseBoolean(v);
    }
    throw error(values.get(key), "'" + key + "' must be true or false, found '" + v + "'");
  }

  List<String> strings(String key) throws DossierInputException {
    Node n = values.get(key);
    if (n == null) {
      return List.of();
    }
    if (n instanceof ScalarNode s) {
      return List.of(s.getValue().strip());
    }
    if (!(n instanceof SequenceNode seq)) {
      throw error(n, "'" + key + "' must be a list like [a, b]");
    }
    List<String> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (!(item instanceof ScalarNode s)) {
        throw error(item, "'" + key + "' must be a list of plain values");
      }
      out.add(s.getValue().strip());
    }
    return out;
  }

  /**
   * A mapping under {@code key} from names to single values, in file order; each value keeps its
   * node so that an error can point at its line.
   */
  Map<String, ScalarNode> scalars(String key) throws DossierInputException {
    Node n = values.get(key);
    if (n == null) {
      return Map.of();
    }
    if (!(n instanceof MappingNode mapping)) {
      throw error(n, "'" + key + "' must be a mapping of names to values");
    }
    Map<String, ScalarNode> out = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode name) || !(t.getValueNode() instanceof ScalarNode value)) {
        throw error(t.getKeyNode(), "'" + key + "' must map plain names to single values");
      }
      if (out.put(name.getValue(), value) != null) {
        throw error(name, "'" + key + "': name '" + name.getValue() + "' appears twice");
      }
    }
    return out;
  }

  List<Node> list(String key) throws DossierInputException {
    Node n = values.get(key);
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof SequenceNode seq)) {
      throw error(n, "'" + key + "' must be a list (items starting with '-')");
    }
    return seq.getValue();
  }
}
