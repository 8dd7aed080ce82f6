package org.dossiercoder.refi;

import java.util.Objects;

/**
 * A coder of the project: a researcher, or the automatic coding.
 *
 * @param id the coder id stored with every decision (e.g. {@code anna}, {@code dossiercoder});
 *     written as the User's {@code id} and the source of its GUID
 * @param name the name shown in other tools; the id when null or blank
 */
public record QdaUser(String id, String name) {
  /** Validates; a missing name becomes the id. */
  public QdaUser {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("user id is blank");
    }
    name = name == null || name.isBlank() ? id : name;
  }
}
