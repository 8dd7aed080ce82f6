package org.dossiercoder.codebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A codebook: a set of codes with a Dutch label and a kind.
 *
 * @param id id, equal to the file name without {@code .yaml}
 * @param label Dutch label
 * @param kind multi, single or topics
 * @param description what the codebook is for
 * @param source where its definitions come from
 * @param order position among codebooks in outputs (lower first)
 * @param decision how a single-choice codebook picks its code
 * @param synonyms names of the synonym lists its rules use
 * @param skip the query of sentences none of its rules may code ({@code skip:}), or empty; it is
 *     already part of every compiled rule
 * @param codes the codes, parents before children, in file order
 * @param file the file it was read from
 */
public record Codebook(
    String id,
    String label,
    CodebookKind kind,
    String description,
    String source,
    int order,
    Decision decision,
    List<String> synonyms,
    String skip,
    List<Code> codes,
    Path file) {
  /** Validates and copies. */
  public Codebook {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(skip, "skip");
    synonyms = List.copyOf(synonyms);
    codes = List.copyOf(codes);
  }

  /** How a single-choice codebook picks its one code per case. */
  public enum Decision {
    /** The code with most counted sentences (ties: latest supported). */
    RULES,
    /** The course of absence over the whole journal (verzuimpatroon codes); rules when too thin. */
    COURSE,
    /** The course of absence after the first intervention (resultaat codes); rules when too thin. */
    RESULT
  }

  /** The top-level codes, in file order. */
  public List<Code> topLevelCodes() {
    return codes.stream().filter(Code::isTopLevel).toList();
  }

  /** The code with an id, or null. */
  public Code code(String codeId) {
    for (Code c : codes) {
      if (c.id().equals(codeId)) {
        return c;
      }
    }
    return null;
  }

  /** The top-level ancestor of a code (the code itself when top-level). */
  public Code topLevelOf(String codeId) {
    Code c = code(codeId);
    while (c != null && c.parent() != null) {
      c = code(c.parent());
    }
    return c;
  }

  /** The direct children of a code. */
  public List<Code> childrenOf(String codeId) {
    List<Code> out = new ArrayList<>();
    for (Code c : codes) {
      if (codeId.equals(c.parent())) {
        out.add(c);
      }
    }
    return out;
  }

  /** The output column name of a code: {@code <codebook>.<code>}. */
  public String column(Code code) {
    return id + "." + code.id();
  }
}
