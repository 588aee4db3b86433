package dev.polybridge.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One benchmark result, from a JMH JSON file or the peer runner's, keyed {@code
 * <file>/<Class>.<method>[<param>=<value>,...]}, e.g. {@code
 * call/CallOverheadBenchmark.handleInt[language=python]} or {@code
 * peers/CPython.compute[workload=fib]}. {@code warmupSeconds} is the JMH warm-up a fork ran before
 * its first measurement iteration and {@code iterationSeconds} the length of one measurement
 * iteration (NaN for the peer runner's results): with them {@link #window} reads a stretch of a
 * fork's time out of its iterations.
 */
public record Result(
    String key,
    String mode,
    double score,
    double error,
    String unit,
    List<List<Double>> rawData,
    String vm,
    List<String> jvmArgs,
    double warmupSeconds,
    double iterationSeconds) {

  /** Seconds per operation, whatever the mode and unit: throughput is inverted. */
  public double secondsPerOp() {
    return toSeconds(score);
  }

  /** Seconds per operation of a value in this result's unit. */
  public double toSeconds(double value) {
    String u = unit;
    if (u.startsWith("ops/")) {
      return 1.0 / (value * perSecond(u.substring(4)));
    }
    return value / perSecond(u.substring(0, u.indexOf('/')));
  }

  private static double perSecond(String timeUnit) {
    switch (timeUnit) {
      case "ns":
        return 1e9;
      case "us":
        return 1e6;
      case "ms":
        return 1e3;
      case "s":
        return 1;
      case "min":
        return 1.0 / 60;
      default:
        throw new IllegalArgumentException("unknown time unit " + timeUnit);
    }
  }

  /** The mean of measurement iteration {@code index} (0-based) over all forks, or NaN. */
  public double iteration(int index) {
    double sum = 0;
    int n = 0;
    for (List<Double> fork : rawData) {
      if (index < fork.size()) {
        sum += fork.get(index);
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /**
   * The measurement iterations that lie within {@code [after, after + length)} seconds of each
   * fork's time (warm-up included, set-up not), as a result of their own keyed {@code
   * <key>@<after>s}; null when a fork ran too few iterations to cover the whole stretch, or the
   * iterations' timing is unknown.
   */
  public Result window(double after, double length) {
    if (!(iterationSeconds > 0) || !Double.isFinite(warmupSeconds) || rawData.isEmpty()) {
      return null;
    }
    List<List<Double>> slices = new ArrayList<>();
    double sum = 0;
    int n = 0;
    for (List<Double> fork : rawData) {
      List<Double> slice = new ArrayList<>();
      double end = warmupSeconds + fork.size() * iterationSeconds;
      if (end + 1e-9 < after + length) {
        return null;
      }
      for (int i = 0; i < fork.size(); i++) {
        double start = warmupSeconds + i * iterationSeconds;
        if (start + 1e-9 >= after && start + iterationSeconds <= after + length + 1e-9) {
          slice.add(fork.get(i));
          sum += fork.get(i);
          n++;
        }
      }
      slices.add(slice);
    }
    if (n == 0) {
      return null;
    }
    return new Result(
        key + "@" + Math.round(after) + "s",
        mode,
        sum / n,
        Double.NaN,
        unit,
        slices,
        vm,
        jvmArgs,
        after,
        iterationSeconds);
  }

  /** Builds a result from one entry of a JMH (or peer runner) JSON array. */
  @SuppressWarnings("unchecked")
  static Result fromJmh(String suite, Map<String, Object> e) {
    String benchmark = (String) e.get("benchmark");
    String[] parts = benchmark.split("\\.");
    String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
    StringBuilder key = new StringBuilder(suite).append('/').append(name);
    Map<String, Object> params = (Map<String, Object>) e.get("params");
    if (params != null && !params.isEmpty()) {
      key.append('[');
      boolean first = true;
      for (Map.Entry<String, Object> p : params.entrySet()) {
        key.append(first ? "" : ",").append(p.getKey()).append('=').append(p.getValue());
        first = false;
      }
      key.append(']');
    }
    Map<String, Object> metric = (Map<String, Object>) e.get("primaryMetric");
    List<List<Double>> raw = new ArrayList<>();
    Object rawData = metric.get("rawData");
    if (rawData instanceof List) {
      for (Object fork : (List<Object>) rawData) {
        List<Double> values = new ArrayList<>();
        for (Object v : (List<Object>) fork) {
          values.add(number(v));
        }
        raw.add(values);
      }
    }
    String vm =
        e.containsKey("jdkVersion")
            ? e.get("vmName") + " " + e.get("jdkVersion")
            : String.valueOf(e.get("vmName"));
    List<String> jvmArgs = new ArrayList<>();
    if (e.get("jvmArgs") instanceof List) {
      for (Object a : (List<Object>) e.get("jvmArgs")) {
        jvmArgs.add(String.valueOf(a));
      }
    }
    return new Result(
        key.toString(),
        (String) e.get("mode"),
        number(metric.get("score")),
        number(metric.get("scoreError")),
        (String) metric.get("scoreUnit"),
        raw,
        vm,
        jvmArgs,
        number(e.get("warmupIterations")) * seconds(e.get("warmupTime")),
        seconds(e.get("measurementTime")));
  }

  /** JMH's "10 s", "500 ms" as seconds; NaN when absent (the peer runner's results). */
  private static double seconds(Object time) {
    if (!(time instanceof String)) {
      return Double.NaN;
    }
    String[] parts = ((String) time).trim().split(" ");
    if (parts.length != 2) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(parts[0]) / perSecond(parts[1]);
    } catch (IllegalArgumentException e) {
      return Double.NaN;
    }
  }

  private static double number(Object v) {
    return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
  }
}
