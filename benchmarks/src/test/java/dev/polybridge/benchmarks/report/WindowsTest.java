package dev.polybridge.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowsTest {
  /** One JMH JSON entry: forks of per-iteration scores after a warm-up of {@code wi} x 1 s. */
  private static Map<String, Object> jmh(int wi, List<List<Double>> forks) {
    return Map.of(
        "benchmark", "dev.polybridge.benchmarks.CallOverheadBenchmark.rawInt",
        "mode", "avgt",
        "params", Map.of("language", "js"),
        "warmupIterations", wi,
        "warmupTime", "1 s",
        "measurementTime", "1 s",
        "primaryMetric",
            Map.of("score", 99.0, "scoreError", 1.0, "scoreUnit", "ns/op", "rawData", forks));
  }

  private static List<Double> seconds(int from, int to) {
    List<Double> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add((double) i);
    }
    return out;
  }

  @Test
  void windowAfterTenSecondsAveragesTheEleventhToThirteenthIteration() {
    Result r = Result.fromJmh("call", jmh(0, List.of(seconds(1, 63))));
    Result w = r.window(10, 3);
    assertEquals("call/CallOverheadBenchmark.rawInt[language=js]@10s", w.key());
    assertEquals(12.0, w.score());
    assertEquals(List.of(List.of(11.0, 12.0, 13.0)), w.rawData());
    assertEquals(62.0, r.window(60, 3).score());
  }

  @Test
  void jmhWarmUpCountsTowardsTheWindow() {
    Result r = Result.fromJmh("call", jmh(10, List.of(List.of(5.0, 6.0, 7.0))));
    assertEquals(6.0, r.window(10, 3).score());
    assertNull(r.window(60, 3));
  }

  @Test
  void windowAveragesEveryFork() {
    Result r = Result.fromJmh("call", jmh(0, List.of(seconds(1, 13), seconds(3, 15))));
    assertEquals(13.0, r.window(10, 3).score());
  }

  @Test
  void seriesTooShortForTheWholeWindowHasNone() {
    assertNull(Result.fromJmh("call", jmh(0, List.of(seconds(1, 12)))).window(10, 3));
  }

  @Test
  void resultsOfWindowedSuitesAreKeyedByWindowAndShortSeriesKeepTheirMean(@TempDir Path dir)
      throws IOException {
    String full = Json.write(List.of(jmh(0, List.of(seconds(1, 63)))));
    String smoke = Json.write(List.of(jmh(0, List.of(List.of(7.0)))));
    Files.writeString(dir.resolve("call.json"), full);
    Files.writeString(dir.resolve("isolated.json"), smoke);
    Files.writeString(dir.resolve("compute.json"), full);
    List<String> keys = new ArrayList<>();
    for (Result r : Results.load(dir).all()) {
      keys.add(r.key() + " " + r.score());
    }
    assertEquals(
        List.of(
            "call/CallOverheadBenchmark.rawInt[language=js]@10s 12.0",
            "call/CallOverheadBenchmark.rawInt[language=js]@60s 62.0",
            "compute/CallOverheadBenchmark.rawInt[language=js] 99.0",
            "isolated/CallOverheadBenchmark.rawInt[language=js] 99.0"),
        keys);
  }
}
