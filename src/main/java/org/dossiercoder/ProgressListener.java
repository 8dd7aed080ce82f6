package org.dossiercoder;

/**
 * Told how far a pipeline run is, for progress bars. Stages, in order: {@code read} (one step per
 * document read, scanned and indexed), {@code code} (the cases), {@code store} (the codings) and
 * {@code tables} (the cases); the last three report their start ({@code done = 0}) and end
 * ({@code done = total}). Called from worker threads: implementations must be thread-safe.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = (stage, done, total) -> { };

  /**
   * Reports progress.
   *
   * @param stage the stage
   * @param done steps done in it so far
   * @param total steps in it
   */
  void progress(String stage, int done, int total);
}
