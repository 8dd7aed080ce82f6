package org.dossiercoder.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossiercoder.DossierInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Labels and order of the registration attributes used as breakdowns (table 5), read from
 * {@code codebooks/attributes.yaml}. Values not listed there follow the listed ones, sorted.
 */
public final class AttributeScheme {
  /**
   * One breakdown attribute.
   *
   * @param id the cases.csv column
   * @param label the group label ("naar leeftijd")
   * @param values value to label, in print order
   */
  public record Attribute(String id, String label, Map<String, String> values) {
    /** Copies, keeping order. */
    public Attribute {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  private final List<Attribute> attributes;

  private AttributeScheme(List<Attribute> attributes) {
    this.attributes = List.copyOf(attributes);
  }

  /** The scheme used when no attributes.yaml exists: the seed's four breakdowns, raw values. */
  public static AttributeScheme defaults() {
    return new AttributeScheme(
        List.of(
            new Attribute("age", "naar leeftijd", Map.of()),
            new Attribute("sex", "naar sekse", Map.of()),
            new Attribute("ethnicity", "naar etniciteit", Map.of()),
            new Attribute("schooltype", "naar schooltype", Map.of())));
  }

  /**
   * Reads {@code attributes.yaml} of a codebook folder, or the defaults when it is absent.
   *
   * @throws DossierInputException when the file is malformed
   */
  @SuppressWarnings("unchecked")
  public static AttributeScheme load(Path codebooksDir) throws DossierInputException {
    Path file = codebooksDir.resolve("attributes.yaml");
    if (!Files.isRegularFile(file)) {
      return defaults();
    }
    Object root;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    } catch (IOException | YAMLException e) {
      throw new DossierInputException(file, 0, "not valid YAML: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> map) || !(map.get("breakdowns") instanceof List<?> list)) {
      throw new DossierInputException(file, 1, "expected a list 'breakdowns:' of {id, label, values}");
    }
    List<Attribute> out = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> a) || !(a.get("id") instanceof String id)) {
        throw new DossierInputException(file, 0, "every breakdown needs an 'id' (a cases.csv column)");
      }
      String label = a.get("label") instanceof String l ? l : id;
      Map<String, String> values = new LinkedHashMap<>();
      Object v = a.get("values");
      if (v instanceof List<?> vs) {
        for (Object e : vs) {
          if (e instanceof Map<?, ?> m && m.size() == 1) {
            Map.Entry<?, ?> entry = m.entrySet().iterator().next();
            values.put(String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
          } else {
            values.put(String.valueOf(e), String.valueOf(e));
          }
        }
      } else if (v != null) {
        throw new DossierInputException(
            file, 0, "breakdown '" + id + "': values must be a list of 'value: label' items");
      }
      out.add(new Attribute(id, label, values));
    }
    return new AttributeScheme(out);
  }

  /** The breakdown attributes in print order. */
  public List<Attribute> attributes() {
    return attributes;
  }
}
