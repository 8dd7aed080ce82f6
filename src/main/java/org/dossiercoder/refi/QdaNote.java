package org.dossiercoder.refi;

import java.time.Instant;
import java.util.Objects;

/**
 * A memo that is not attached to one coding (memos on codings are {@link QdaCoding#memo()}).
 *
 * @param noteId a stable id of the memo in dossiercoder; the source of its GUID
 * @param name a short title shown in other tools
 * @param text the memo text
 * @param authorId the coder who wrote it (a {@link QdaUser#id()}), or null
 * @param created when it was written, or null
 * @param target what the memo is about
 * @param targetId the document id for {@link Target#SOURCE}, the {@code <codebook>.<code>} column
 *     for {@link Target#CODE}, null for {@link Target#PROJECT}
 */
public record QdaNote(
    String noteId, String name, String text, String authorId, Instant created, Target target, String targetId) {
  /** What a memo can be attached to in REFI-QDA (the standard's Case has no notes). */
  public enum Target {
    /** The project as a whole. */
    PROJECT,
    /** One document. */
    SOURCE,
    /** One code. */
    CODE
  }

  /** Validates. */
  public QdaNote {
    Objects.requireNonNull(noteId, "noteId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(target, "target");
    name = name == null || name.isBlank() ? noteId : name;
    if ((target == Target.PROJECT) != (targetId == null)) {
      throw new IllegalArgumentException("note " + noteId + ": a " + target + " note "
          + (target == Target.PROJECT ? "has no target id" : "needs a target id"));
    }
  }
}
