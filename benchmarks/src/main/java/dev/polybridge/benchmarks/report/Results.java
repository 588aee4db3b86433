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

  /** The VM each suite ran on (JMH's vmName and JDK, or the peer's version line). */
  public Map<String, String> suiteVms() {
    return suiteVms;
  }
}
