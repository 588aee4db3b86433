package dev.polybridge.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the comparison rows as one PNG with plain java.awt (headless, no install needed): a bar per
 * row on a log scale of "peer time ÷ Polybridge time", so a bar to the right of 1× means Polybridge
 * is faster; green met its target, red missed it, blue has none; a black tick marks the target.
 */
final class Chart {
  private static final Color MET = new Color(46, 160, 67);
  private static final Color MISSED = new Color(214, 39, 40);
  private static final Color NO_TARGET = new Color(31, 119, 180);
  private static final int WIDTH = 1500;
  private static final int LABEL_WIDTH = 700;
  private static final int PLOT_LEFT = LABEL_WIDTH + 20;
  private static final int PLOT_RIGHT = WIDTH - 170;
  private static final int ROW = 22;
  private static final int TOP = 90;

  private Chart() {}

  static void write(List<Row> rows, Path file, String title) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<Row> plotted = new ArrayList<>();
    for (Row row : rows) {
      if (row.peerName() != null) {
        plotted.add(row);
      }
    }
    double lo = 0.1;
    double hi = 10;
    for (Row row : plotted) {
      double s = row.speedUp();
      if (Double.isFinite(s) && s > 0) {
        lo = Math.min(lo, s);
        hi = Math.max(hi, s);
      }
    }
    double logLo = Math.floor(Math.log10(Math.max(lo, 1e-4)));
    double logHi = Math.ceil(Math.log10(Math.min(hi, 1e4)));

    int sections = 0;
    String last = null;
    for (Row row : plotted) {
      if (!row.section().equals(last)) {
        sections++;
        last = row.section();
      }
    }
    int height = TOP + (plotted.size() + sections * 2) * ROW + 60;
    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, height);

    Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString(title, 20, 30);
    g.setFont(plain);
    g.drawString(
        "peer time ÷ Polybridge time, log scale: right of 1× = Polybridge faster. Green: target"
            + " met, red: missed, blue: no ratio target; black tick: the target.",
        20,
        52);

    // Grid: one line per decade, labelled at the top.
    int gridBottom = height - 40;
    for (double d = logLo; d <= logHi; d++) {
      int x = x(Math.pow(10, d), logLo, logHi);
      g.setColor(d == 0 ? Color.DARK_GRAY : new Color(220, 220, 220));
      g.setStroke(new BasicStroke(d == 0 ? 1.5f : 1f));
      g.drawLine(x, TOP - 10, x, gridBottom);
      g.setColor(Color.DARK_GRAY);
      String label = axisLabel(d);
      g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, TOP - 16);
    }

    int y = TOP;
    last = null;
    for (Row row : plotted) {
      if (!row.section().equals(last)) {
        last = row.section();
        y += ROW;
        g.setFont(bold);
        g.setColor(Color.BLACK);
        g.drawString(row.section(), 20, y + 4);
        y += ROW;
      }
      g.setFont(plain);
      g.setColor(Color.BLACK);
      String label = fit(g, row.label() + "  vs  " + row.peerName(), LABEL_WIDTH - 30);
      g.drawString(label, 30, y + 4);
      double s = row.speedUp();
      if (Double.isFinite(s) && s > 0) {
        int x1 = x(1, logLo, logHi);
        int x2 = x(s, logLo, logHi);
        double t = row.target() == null ? Double.NaN : targetSpeedUp(row.target());
        // Only a target that is a ratio against this peer colours the bar; an absolute one
        // (a time, a rate) is judged in the table.
        Boolean met = Double.isFinite(t) ? row.met() : null;
        g.setColor(met == null ? NO_TARGET : met ? MET : MISSED);
        g.fillRect(Math.min(x1, x2), y - 8, Math.max(2, Math.abs(x2 - x1)), 14);
        int right = Math.max(x1, x2);
        if (Double.isFinite(t)) {
          int tickX = x(t, logLo, logHi);
          g.setColor(Color.BLACK);
          g.setStroke(new BasicStroke(2f));
          g.drawLine(tickX, y - 11, tickX, y + 9);
          right = Math.max(right, tickX);
        }
        g.setColor(Color.BLACK);
        String value = Report.ratio(s);
        int tx = right + 6;
        if (tx + g.getFontMetrics().stringWidth(value) > WIDTH - 5) {
          tx = WIDTH - 5 - g.getFontMetrics().stringWidth(value);
        }
        g.drawString(value, tx, y + 4);
      } else {
        g.setColor(Color.GRAY);
        g.drawString("n/a (did not run)", PLOT_LEFT, y + 4);
      }
      y += ROW;
    }
    g.dispose();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    ImageIO.write(image, "png", file.toFile());
  }

  /** The speed-up a target asks for, where it is a ratio against the peer. */
  private static double targetSpeedUp(Row.Target t) {
    switch (t.kind()) {
      case MAX_SLOWDOWN:
        return 1 / t.bound();
      case MIN_SPEEDUP:
        return t.bound();
      default:
        return Double.NaN;
    }
  }

  private static int x(double value, double logLo, double logHi) {
    double f = (Math.log10(value) - logLo) / (logHi - logLo);
    f = Math.max(0, Math.min(1, f));
    return (int) Math.round(PLOT_LEFT + f * (PLOT_RIGHT - PLOT_LEFT));
  }

  private static String axisLabel(double decade) {
    if (decade >= 0) {
      return String.format(Locale.ROOT, "%,.0f×", Math.pow(10, decade));
    }
    return String.format(Locale.ROOT, "1/%,.0f×", Math.pow(10, -decade));
  }

  private static String fit(Graphics2D g, String s, int width) {
    if (g.getFontMetrics().stringWidth(s) <= width) {
      return s;
    }
    String t = s;
    while (t.length() > 1 && g.getFontMetrics().stringWidth(t + "…") > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "…";
  }
}
