package org.dossiercoder.codebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.dossiercoder.DossierInputException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The query fragments of a codebook folder's {@code fragments.yaml}, which every codebook there
 * may use: a phrasing list that two codebooks read alike (the pupil's homework, money trouble at
 * home) is written once, so a correction reaches both. The file holds one key, {@code fragments:},
 * mapping snake_case names to query text; a missing file means no shared fragments.
 *
 * @param file the file read, for messages
 * @param where the file's top-level map, so that an error points at a fragment's line
 * @param values each fragment's query node, in file order
 */
record SharedFragments(Path file, YamlMap where, Map<String, ScalarNode> values) {
  private static final SharedFragments NONE = new SharedFragments(null, null, Map.of());

  static SharedFragments read(Path file) throws DossierInputException {
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    Node root = Codebooks.readYaml(file);
    if (root == null) {
      return NONE;
    }
    YamlMap map = new YamlMap(file, "", root, Set.of("fragments"));
    return new SharedFragments(file, map, Codebooks.checkedFragments(map));
  }
}
