package org.dossiercoder.refi;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable GUIDs: name-based (version 3) UUIDs of a kind and dossiercoder's own ids, so the same
 * code, source, case, user or coding gets the same GUID in every export and another tool can
 * match a re-imported project to the one it already has.
 */
final class Guids {
  /** Separates the parts of a multi-part key; no id contains it. */
  private static final String SEP = "\u001f";

  private Guids() {}

  /** The GUID of a name: {@code dossiercoder:<kind>:<parts joined>}. */
  static String of(String kind, String... parts) {
    String name = "dossiercoder:" + kind + ":" + String.join(SEP, parts);
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The codebook-level code of a codebook. */
  static String codebook(String bookId) {
    return of("codebook", bookId);
  }

  /** A code: {@code dossiercoder:code:<codebook>.<code>}. */
  static String code(String bookId, String codeId) {
    return of("code", bookId + "." + codeId);
  }
}
