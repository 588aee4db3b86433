package dev.polybridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts {@link PerSecond}'s series side by side: every second as plain columns, then a compact
 * Markdown table (a few seconds, the mean of the last 10 and the ratio to the raw variant) to paste
 * into BENCHMARKS.md.
 *
 * <pre>
 * java -cp ... dev.polybridge.benchmarks.PerSecondTable "snippets per second" \
 *     results/per-second/raw-isolated.txt results/per-second/evalIsolated.txt ...
 * </pre>
 */
public final class PerSecondTable {
  /** The line of {@link PerSecond}'s output that says when its set-up was done. */
  static final String SET_UP = "# set-up done after ";

  private static final int[] SHOWN = {1, 2, 3, 4, 5, 10, 15, 20, 25, 30, 45, 60};

  private static final Map<String, String> LABELS =
      Map.of(
          "raw-isolated", "raw: new context on a shared engine",
          "evalIsolated", "evalIsolated",
          "newContext", "newContext + eval + close",
          "raw", "raw Value.execute",
          "handle", "Handle.call",
          "proxy", "interface proxy");

  /** One variant's counts, second 1 first. */
  private record Series(String variant, long setUpMillis, long[] counts) {
    String label() {
      int dash = variant.indexOf("-call-");
      if (dash < 0) {
        return LABELS.getOrDefault(variant, variant);
      }
      String lang = variant.endsWith("python") ? "Python" : "JS";
      return LABELS.getOrDefault(variant.substring(0, dash), variant) + ", " + lang;
    }

    /** The raw variant this one is compared with. */
    String rawVariant() {
      int dash = variant.indexOf("-call-");
      return dash < 0 ? "raw-isolated" : "raw" + variant.substring(dash);
    }

    /** Mean operations per second over the last (up to) 10 seconds. */
    double lastTen() {
      int from = Math.max(0, counts.length - 10);
      long sum = 0;
      for (int i = from; i < counts.length; i++) {
        sum += counts[i];
      }
      return counts.length == from ? Double.NaN : (double) sum / (counts.length - from);
    }
  }

  private PerSecondTable() {}

  public static void main(String[] args) throws IOException {
    String what = args[0];
    List<Series> all = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      all.add(read(Path.of(args[i])));
    }
    int seconds = 0;
    for (Series s : all) {
      seconds = Math.max(seconds, s.counts().length);
    }
    StringBuilder out = new StringBuilder();
    out.append("== ").append(what).append(", in each second of a fresh JVM\n");
    out.append(String.format(Locale.ROOT, "%4s", "s"));
    for (Series s : all) {
      out.append(String.format(Locale.ROOT, " %20s", s.variant()));
    }
    out.append('\n');
    for (int sec = 0; sec < seconds; sec++) {
      out.append(String.format(Locale.ROOT, "%4d", sec + 1));
      for (Series s : all) {
        out.append(
            String.format(
                Locale.ROOT,
                " %,20d",
                sec < s.counts().length ? s.counts()[sec] : Long.valueOf(0)));
      }
      out.append('\n');
    }
    out.append('\n').append(markdown(what, all, seconds));
    System.out.print(out);
  }

  private static String markdown(String what, List<Series> all, int seconds) {
    boolean calls = all.stream().anyMatch(s -> s.variant().contains("-call-"));
    StringBuilder md = new StringBuilder("| ").append(what).append(" | set-up, ms |");
    StringBuilder rule = new StringBuilder("|---|---:|");
    for (int sec : SHOWN) {
      if (sec <= seconds) {
        md.append(" s ").append(sec).append(" |");
        rule.append("---:|");
      }
    }
    String last = "mean, s " + Math.max(1, seconds - 9) + "-" + seconds;
    md.append(' ').append(last).append(" |");
    rule.append("---:|");
    if (calls) {
      md.append(" ns per call then |");
      rule.append("---:|");
    }
    md.append(" time per op vs raw, same seconds |\n").append(rule).append("---:|\n");
    for (Series s : all) {
      md.append("| ").append(s.label()).append(" | ");
      md.append(s.setUpMillis() < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", s.setUpMillis()));
      md.append(" |");
      for (int sec : SHOWN) {
        if (sec <= seconds) {
          long v = sec <= s.counts().length ? s.counts()[sec - 1] : 0;
          md.append(String.format(Locale.ROOT, " %,d |", v));
        }
      }
      double mean = s.lastTen();
      md.append(String.format(Locale.ROOT, " %,.0f |", mean));
      if (calls) {
        md.append(mean > 0 ? String.format(Locale.ROOT, " %.0f |", 1e9 / mean) : " n/a |");
      }
      Series raw = null;
      for (Series r : all) {
        if (r.variant().equals(s.rawVariant())) {
          raw = r;
        }
      }
      if (raw == null || raw == s) {
        md.append(" |\n");
      } else if (!(mean > 0) || !(raw.lastTen() > 0)) {
        md.append(" n/a |\n");
      } else {
        // Time per operation against raw's: above 1 is slower than raw.
        md.append(String.format(Locale.ROOT, " %.2fx |%n", raw.lastTen() / mean));
      }
    }
    return md.toString();
  }

  private static Series read(Path file) throws IOException {
    String variant = file.getFileName().toString().replaceFirst("\\.txt$", "");
    List<Long> counts = new ArrayList<>();
    long setUp = -1;
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("# variant ")) {
        variant = line.substring("# variant ".length()).trim();
      } else if (line.startsWith(SET_UP) && line.endsWith(" ms")) {
        setUp = Long.parseLong(line.substring(SET_UP.length(), line.length() - 3).trim());
      } else if (line.matches("\\d+ \\d+")) {
        counts.add(Long.parseLong(line.substring(line.indexOf(' ') + 1)));
      }
    }
    long[] c = new long[counts.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = counts.get(i);
    }
    return new Series(variant, setUp, c);
  }
}
