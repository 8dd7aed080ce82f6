package org.dossiercoder;

import java.util.Locale;

/**
 * Throughput of one pipeline stage.
 *
 * @param stage the stage name: extract, index, code, tables
 * @param items documents (or cases for tables) handled
 * @param bytes input bytes handled
 * @param busyNanos time spent in the stage, summed over worker threads
 * @param wallNanos wall-clock time of the phase the stage ran in
 */
public record StageStats(String stage, long items, long bytes, long busyNanos, long wallNanos) {
  /** Items per wall-clock second. */
  public double itemsPerSecond() {
    return wallNanos == 0 ? 0 : items / (wallNanos / 1e9);
  }

  /** Megabytes (10^6) per wall-clock second. */
  public double megabytesPerSecond() {
    return wallNanos == 0 ? 0 : bytes / 1e6 / (wallNanos / 1e9);
  }

  /** One line for logs and the benchmark. */
  public String toLine() {
    return String.format(
        Locale.ROOT,
        "%-8s %8d items %9.2f MB  wall %7.2f s  busy %7.2f s  %9.1f items/s  %7.2f MB/s",
        stage, items, bytes / 1e6, wallNanos / 1e9, busyNanos / 1e9, itemsPerSecond(), megabytesPerSecond());
  }
}
