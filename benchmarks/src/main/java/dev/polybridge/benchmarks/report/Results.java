package dev.polybridge.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every result of a run: all {@code *.json} files of a results folder, by key. The results of the
 * {@link Windows#SUITES} appear as their windows ({@code <key>@10s}, {@code <key>@60s}) instead of
 * the mean of the whole series.
 */
public final class Results {
  private final Map<String, Result> byKey = new TreeMap<>();
  private final Map<String, String> suiteVms = new TreeMap<>();
  private final Map<String, String> suiteSettings = new TreeMap<>();
  private final Map<String, String> suiteDates = new TreeMap<>();

  /** Loads every JSON file of {@code dir}; the file name without {@code .json} is the suite. */
  @SuppressWarnings("unchecked")
  public static Results load(Path dir) throws IOException {
    Results results = new Results();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      String suite = file.getFileName().toString().replaceFirst("\\.json$", "");
      String text = Files.readString(file).trim();
      if (text.isEmpty()) {
        continue;
      }
      Object parsed = Json.parse(text);
      if (!(parsed instanceof List)) {
        continue;
      }
      for (Object entry : (List<Object>) parsed) {
        Result r = Result.fromJmh(suite, (Map<String, Object>) entry);
        results.suiteVms.putIfAbsent(suite, r.vm());
        results.suiteSettings.putIfAbsent(suite, settings((Map<String, Object>) entry));
        results.suiteDates.putIfAbsent(suite, written(file));
        boolean windowed = false;
        if (Windows.SUITES.contains(suite)) {
          for (int after : Windows.AFTER) {
            Result w = r.window(after, Windows.LENGTH);
            if (w != null) {
              results.byKey.put(w.key(), w);
              windowed = true;
            }
          }
        }
        if (!windowed) {
          // A series too short for any window (a smoke run) is reported as a whole.
          results.byKey.put(r.key(), r);
        }
      }
    }
    return results;
  }

  /** The result with this key, or null when that benchmark did not run or failed. */
  public Result get(String key) {
    return byKey.get(key);
  }

  public Collection<Result> all() {
    return byKey.values();
  }

  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  /**
   * A suite's JMH settings in JMH's own options ({@code -f 1 -wi 0 -i 63 -r 1 s}), from its first
   * result; empty for the peer runner's results, which have none.
   */
  private static String settings(Map<String, Object> entry) {
    if (!(entry.get("measurementIterations") instanceof Number)) {
      return "";
    }
    StringBuilder s = new StringBuilder("-f ").append(whole(entry.get("forks")));
    s.append(" -wi ").append(whole(entry.get("warmupIterations")));
    if (!"0".equals(whole(entry.get("warmupIterations")))) {
      s.append(" -w ").append(entry.get("warmupTime"));
    }
    s.append(" -i ").append(whole(entry.get("measurementIterations")));
    s.append(" -r ").append(entry.get("measurementTime"));
    return s.toString();
  }

  private static String whole(Object n) {
    return n instanceof Number ? String.valueOf(((Number) n).longValue()) : String.valueOf(n);
  }

  /** When a results file was written, to the minute, in UTC. */
  private static String written(Path file) throws IOException {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
        .withZone(java.time.ZoneOffset.UTC)
        .format(Files.getLastModifiedTime(file).toInstant());
  }

  /** Each suite's JMH settings (see {@link #settings}), empty for the peer runner's. */
  public Map<String, String> suiteSettings() {
    return suiteSettings;
  }

  /** When each suite's results file was written. */
  public Map<String, String> suiteDates() {
    return suiteDates;
  }

  /** The VM each suite ran on (JMH's vmName and JDK, or the peer's version line). */
  public Map<String, String> suiteVms() {
    return suiteVms;
  }
}
