package org.dossiercoder.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.dossiercoder.ProgressListener;

/**
 * Shows how far a long run is: on a terminal one progress bar per stage, redrawn in place (stage,
 * steps done of total, percentage, rate); when the output goes to a file or pipe, plain log lines
 * at every tenth of a stage and at its end, so logs stay readable.
 */
final class Progress implements ProgressListener {
  static final int WIDTH = 30;
  /** Redraw the bar at most this often: terminals are slow and the eye is slower. */
  static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier clock;
  private String stage;
  private long stageStart;
  private int lastDone;
  private int lastTenth;
  private long lastDraw;
  private boolean barShown;

  Progress(PrintWriter err, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.clock = clock;
  }

  /** Progress on standard error: a bar when the program runs in a terminal, else log lines. */
  static Progress forConsole(PrintWriter err) {
    return new Progress(err, System.console() != null, System::nanoTime);
  }

  @Override
  public synchronized void progress(String stage, int done, int total) {
    long now = clock.getAsLong();
    if (!stage.equals(this.stage)) {
      endBar();
      this.stage = stage;
      stageStart = now;
      lastDone = -1;
      lastTenth = 0;
      lastDraw = Long.MIN_VALUE;
    }
    if (done <= lastDone) {
      return; // worker threads may report out of order; the count only goes up
    }
    lastDone = done;
    double seconds = (now - stageStart) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    boolean end = done >= total;
    if (terminal) {
      if (end || lastDraw == Long.MIN_VALUE || now - lastDraw >= REDRAW_NANOS) {
        err.print("\r" + bar(stage, unit(stage), done, total, rate, WIDTH));
        err.flush();
        barShown = true;
        lastDraw = now;
      }
      if (end) {
        endBar();
      }
      return;
    }
    int tenth = total == 0 ? 10 : (int) (10L * done / total);
    if (end || (tenth > lastTenth && done > 0)) {
      lastTenth = tenth;
      err.println(line(stage, unit(stage), done, total, seconds));
      err.flush();
    }
  }

  /** Prints a log line, clearing the bar first on a terminal (it is redrawn on the next step). */
  synchronized void log(String message) {
    if (barShown) {
      err.print("\r" + " ".repeat(bar(stage, unit(stage), lastDone, Math.max(lastDone, 1), 0, WIDTH).length() + 8) + "\r");
      barShown = false;
      lastDraw = Long.MIN_VALUE;
    }
    err.println("dossiercoder: " + message);
    err.flush();
  }

  /** Ends a bar left open (a run that stopped early). */
  synchronized void finish() {
    endBar();
  }

  private void endBar() {
    if (barShown) {
      err.println();
      err.flush();
      barShown = false;
    }
  }

  /** What a stage counts. */
  static String unit(String stage) {
    return switch (stage) {
      case "read" -> "documents";
      case "store" -> "codings";
      default -> "cases";
    };
  }

  /**
   * One progress bar, e.g. {@code read   [###############...............]  44/87 documents  50%  12.3/s}.
   *
   * @param rate steps per second so far
   */
  static String bar(String stage, String unit, int done, int total, double rate, int width) {
    double f = total <= 0 ? 1 : Math.min(1, Math.max(0, (double) done / total));
    int filled = (int) Math.round(f * width);
    String count = done + "/" + total;
    return String.format(Locale.ROOT, "%-6s [%s%s] %9s %s %3d%% %7.1f/s", stage, "#".repeat(filled),
        ".".repeat(width - filled), count, unit, (int) Math.floor(f * 100), rate);
  }

  /** The log line of a step when the output is not a terminal. */
  static String line(String stage, String unit, int done, int total, double seconds) {
    int percent = total <= 0 ? 100 : (int) Math.floor(100.0 * done / total);
    return String.format(Locale.ROOT, "dossiercoder: %s %d/%d %s (%d%%) after %.1f s, %.1f %s/s", stage, done,
        total, unit, percent, seconds, seconds > 0 ? done / seconds : 0, unit);
  }
}
