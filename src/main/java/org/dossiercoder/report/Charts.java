package org.dossiercoder.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.dossiercoder.analysis.ReportTable;

/**
 * The geometry of the report's charts, computed here so that the template only places shapes:
 * horizontal bars for frequency tables, a heat map for crossings, stacked bars for table 9.
 *
 * <p>Suppressed cells never give a bar length, a colour intensity or a scale: they are drawn as
 * "&lt;k" without a shape, and every scale is taken from the visible counts (or from n) only.
 */
final class Charts {
  /** Width of every chart's coordinate system (px); the page scales it down on narrow screens. */
  static final int WIDTH = 960;
  /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
  private static final List<String> PALETTE = List.of(
      "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999", "#000000");
  private static final String SUPPRESSED_FILL = "#e4e4e4";
  /** Average width of a character at the charts' 14 px, generous so that labels do not collide. */
  private static final double CHAR = 7.8;
  private static final double BOLD_CHAR = 8.8;

  private Charts() {}

  /** One chart: its kind picks the template macro that draws it. */
  public record Chart(String kind, String title, String description, int width, int height,
      List<Bar> bars, List<Tick> ticks, List<Tile> tiles, List<Label> labels, List<Legend> legend) {}

  /** An axis tick at x with its label, drawn as a vertical grid line from top to bottom. */
  public record Tick(double x, double top, double bottom, String label) {}

  /**
   * A free text label; lines are stacked from y downwards, and the whole label is turned by
   * {@code rotate} degrees around (x, y).
   */
  public record Label(double x, double y, String anchor, List<String> lines, String weight, double rotate) {
    Label(double x, double y, String anchor, List<String> lines, String weight) {
      this(x, y, anchor, lines, weight, 0);
    }
  }

  /** A legend entry. */
  public record Legend(double x, double y, String fill, String label) {}

  /**
   * A bar (or one segment of a stacked bar).
   *
   * @param x left
   * @param y top
   * @param width length, 0 for a suppressed cell
   * @param height thickness
   * @param fill colour
   * @param text the number printed on or after the bar
   * @param textX where the number starts
   * @param textFill colour of the number
   * @param href in-page link to the cases behind it, or empty
   * @param tooltip the full statement for the SVG title
   * @param cell {@code row:column} of the table cell it draws
   * @param suppressed whether that cell is hidden (then the width tells nothing)
   */
  public record Bar(double x, double y, double width, double height, String fill, String text, double textX,
      String textFill, String href, String tooltip, String cell, boolean suppressed) {}

  /** A heat-map cell; {@code cell} is its {@code row:column} in the table. */
  public record Tile(double x, double y, double width, double height, String fill, String text, String textFill,
      String href, String tooltip, String cell, boolean suppressed) {}

  /** The chart for a table, or null when a table says it better alone (table 5). */
  static Chart of(ReportTable t, BiFunction<Integer, Integer, String> href) {
    if (t.percentages() && t.columns().size() == 1) {
      return bars(t, href);
    }
    return switch (t.id()) {
      case "tabel4", "tabel8" -> heatMap(t, href);
      case "tabel9" -> stacked(t, href);
      default -> null;
    };
  }

  /** Horizontal bars, one per row, scaled to n: the bar is the share of all cases. */
  static Chart bars(ReportTable t, BiFunction<Integer, Integer, String> href) {
    double left = 14;
    double plot = 720;
    double top = 8;
    double step = 52;
    List<Bar> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    double y = top;
    for (int r = 0; r < t.rows().size(); r++) {
      labels.add(new Label(left, y + 14, "start", List.of(t.rows().get(r).label()), "normal"));
      double barY = y + 21;
      Integer count = t.rows().get(r).counts().get(0);
      String shown = t.cell(r, 0);
      String pct = t.percentCell(r, 0);
      String text = pct.isEmpty() ? shown : shown + " (" + pct + ")";
      boolean hidden = t.isSuppressed(r, 0) || count == null;
      double w = hidden || t.n() == 0 ? 0 : plot * count / t.n();
      String tip = t.rows().get(r).label() + ": " + text + (t.isSuppressed(r, 0) ? " (onderdrukt)" : "");
      bars.add(new Bar(left, barY, w, 20, hidden ? SUPPRESSED_FILL : PALETTE.get(0), text, left + w + 6,
          "#222222", hidden ? "" : href.apply(r, 0), tip, r + ":0", t.isSuppressed(r, 0)));
      y += step;
    }
    List<Tick> ticks = new ArrayList<>();
    for (int p = 0; p <= 100; p += 25) {
      ticks.add(new Tick(left + plot * p / 100.0, top + 20, y, p + "%"));
    }
    return new Chart("bars", t.title(),
        "Staafdiagram: per rij het aantal casussen en het percentage van alle " + t.n() + " casussen.",
        WIDTH, (int) Math.ceil(y + 20), bars, ticks, List.of(), labels, List.of());
  }

  /**
   * A grid with one tile per cell; darker is more cases, scaled to the largest visible count.
   * Column labels are turned 40 degrees so that long labels need not overlap.
   */
  static Chart heatMap(ReportTable t, BiFunction<Integer, Integer, String> href) {
    int cols = t.columns().size();
    double labelWidth = 280;
    double cell = 96;
    double h = 44;
    double sin = Math.sin(Math.toRadians(40));
    double cos = Math.cos(Math.toRadians(40));
    double rise = 0;
    double reach = 0;
    List<List<String>> headers = new ArrayList<>();
    for (ReportTable.Column c : t.columns()) {
      List<String> lines = wrap(c.label(), 24, 3);
      headers.add(lines);
      int longest = lines.stream().mapToInt(String::length).max().orElse(0);
      rise = Math.max(rise, longest * BOLD_CHAR * sin + lines.size() * 16 * cos);
      reach = Math.max(reach, longest * BOLD_CHAR * cos);
    }
    double top = rise + 16;
    int max = 0;
    for (int r = 0; r < t.rows().size(); r++) {
      for (int c = 0; c < cols; c++) {
        Integer n = t.rows().get(r).counts().get(c);
        if (n != null && !t.isSuppressed(r, c)) {
          max = Math.max(max, n);
        }
      }
    }
    List<Label> labels = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      // the last line ends just above its column's centre; earlier lines stack away from the grid
      List<String> lines = headers.get(c);
      double x = labelWidth + c * cell + cell / 2 - (lines.size() - 1) * 16 * sin;
      double y = top - 10 - (lines.size() - 1) * 16 * cos;
      labels.add(new Label(x, y, "start", lines, "bold", -40));
    }
    List<Tile> tiles = new ArrayList<>();
    for (int r = 0; r < t.rows().size(); r++) {
      double y = top + r * h;
      List<String> rowLines = wrap(t.rows().get(r).label(), 38, 2);
      labels.add(new Label(labelWidth - 10, y + h / 2 + (rowLines.size() == 1 ? 4 : -4), "end", rowLines, "normal"));
      for (int c = 0; c < cols; c++) {
        Integer n = t.rows().get(r).counts().get(c);
        double x = labelWidth + c * cell;
        String tip = t.rows().get(r).label() + " × " + t.columns().get(c).label() + ": " + t.cell(r, c);
        if (n == null) {
          tiles.add(new Tile(x, y, cell - 2, h - 2, "#ffffff", "X", "#888888", "", tip + " (niet van toepassing)",
              r + ":" + c, false));
        } else if (t.isSuppressed(r, c)) {
          tiles.add(new Tile(x, y, cell - 2, h - 2, SUPPRESSED_FILL, t.cell(r, c), "#444444", "", tip + " (onderdrukt)",
              r + ":" + c, true));
        } else {
          double share = max == 0 ? 0 : (double) n / max;
          tiles.add(new Tile(x, y, cell - 2, h - 2, blue(share), t.cell(r, c), share > 0.55 ? "#ffffff" : "#1a1a1a",
              n > 0 ? href.apply(r, c) : "", tip, r + ":" + c, false));
        }
      }
    }
    double height = top + t.rows().size() * h + 6;
    double width = Math.max(labelWidth + cols * cell, labelWidth + (cols - 0.5) * cell + reach) + 8;
    return new Chart("heat", t.title(),
        "Warmtekaart: per combinatie van rij en kolom het aantal casussen; hoe donkerder, hoe meer casussen"
            + " (donkerst = " + max + ").",
        (int) Math.ceil(width), (int) Math.ceil(height), List.of(), List.of(), tiles, labels, List.of());
  }

  /**
   * One stacked bar per column (all cases, each profile, each intervention), one segment per
   * row, on a common count scale; hidden cells are left out of the bar, not drawn as a remainder.
   */
  static Chart stacked(ReportTable t, BiFunction<Integer, Integer, String> href) {
    double left = 14;
    double plot = 720;
    List<Legend> legend = new ArrayList<>();
    double lx = left;
    double ly = 14;
    for (int r = 0; r < t.rows().size(); r++) {
      String label = t.rows().get(r).label();
      double w = 22 + label.length() * CHAR + 22;
      if (lx + w > WIDTH && lx > left) {
        lx = left;
        ly += 22;
      }
      legend.add(new Legend(lx, ly, colour(r), label));
      lx += w;
    }
    double top = ly + 24;
    int max = 0;
    for (int c = 0; c < t.columns().size(); c++) {
      int sum = 0;
      for (int r = 0; r < t.rows().size(); r++) {
        Integer n = t.rows().get(r).counts().get(c);
        if (n != null && !t.isSuppressed(r, c)) {
          sum += n;
        }
      }
      max = Math.max(max, sum);
    }
    List<Bar> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    double y = top;
    String group = null;
    for (int c = 0; c < t.columns().size(); c++) {
      ReportTable.Column col = t.columns().get(c);
      if (!col.group().isEmpty() && !col.group().equals(group)) {
        y += 8;
        labels.add(new Label(left, y + 14, "start", List.of(col.group()), "bold"));
        y += 22;
      }
      group = col.group();
      String name = col.key().equals("n") ? "alle casussen" : col.label();
      labels.add(new Label(left, y + 14, "start", List.of(name), "normal"));
      double barY = y + 20;
      double x = left;
      boolean hiddenAny = false;
      for (int r = 0; r < t.rows().size(); r++) {
        Integer n = t.rows().get(r).counts().get(c);
        if (n == null) {
          continue;
        }
        if (t.isSuppressed(r, c)) {
          hiddenAny = true;
          continue;
        }
        if (n == 0) {
          continue;
        }
        double w = max == 0 ? 0 : plot * n / max;
        String tip = name + ", " + t.rows().get(r).label() + ": " + n;
        bars.add(new Bar(x, barY, w, 20, colour(r), w >= 18 ? Integer.toString(n) : "", x + w / 2,
            textOn(r), href.apply(r, c), tip, r + ":" + c, false));
        x += w;
      }
      if (hiddenAny) {
        labels.add(new Label(x + 6, barY + 15, "start",
            List.of("+ onderdrukt (<" + t.suppression().k() + " per cel)"), "normal"));
      }
      y += 48;
    }
    List<Tick> ticks = new ArrayList<>();
    int step = niceStep(max);
    for (int v = 0; step > 0 && v <= max; v += step) {
      ticks.add(new Tick(left + plot * v / (double) max, top, y, Integer.toString(v)));
    }
    return new Chart("stacked", t.title(),
        "Gestapelde staven: per kolom van de tabel hoe de casussen over de resultaten verdeeld zijn;"
            + " de lengte van elk deel is het aantal casussen.",
        WIDTH, (int) Math.ceil(y + 20), bars, ticks, List.of(), labels, legend);
  }

  static String colour(int index) {
    return PALETTE.get(index % PALETTE.size());
  }

  private static String textOn(int index) {
    String c = colour(index);
    // dark text on the light colours (orange, sky blue, yellow, grey), white on the others
    return List.of("#E69F00", "#56B4E9", "#F0E442", "#999999").contains(c) ? "#1a1a1a" : "#ffffff";
  }

  /** A blue from very light (0) to dark (1). */
  static String blue(double share) {
    int[] lo = {0xee, 0xf3, 0xfa};
    int[] hi = {0x0b, 0x3d, 0x7a};
    StringBuilder sb = new StringBuilder("#");
    for (int i = 0; i < 3; i++) {
      sb.append(String.format(Locale.ROOT, "%02x", (int) Math.round(lo[i] + (hi[i] - lo[i]) * share)));
    }
    return sb.toString();
  }

  private static int niceStep(int max) {
    if (max <= 0) {
      return 0;
    }
    for (int s : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000}) {
      if (max / s <= 6) {
        return s;
      }
    }
    return Math.max(1, max / 5);
  }

  /** Greedy word wrap into at most maxLines lines; the last line carries the rest. */
  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width && lines.size() < maxLines - 1) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
