package dev.polybridge.benchmarks.peers;

import dev.polybridge.benchmarks.Workloads;
import dev.polybridge.benchmarks.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times the out-of-process peers and writes their samples in JMH's JSON shape, so the report treats
 * them like any JMH result:
 *
 * <ul>
 *   <li>compute: CPython ({@code python3}) and Node ({@code node}) run the very workload files the
 *       bridge runs ({@code workloads/*.py|js}) under {@code workloads/harness.py|js}, which load
 *       the file once, call {@code run(n)} for a warm-up period and then time each call alone,
 *       inside the process (mode {@code avgt}, ms/op, one sample per call);
 *   <li>import: {@code workloads/import_timer.py} times the first {@code import jinja2} and {@code
 *       import json, re, datetime} in a fresh CPython process, once per process (mode {@code ss}).
 * </ul>
 *
 * <p>Why not JMH benchmarks that start the subprocess: they would time process start and module
 * loading with the workload, which JMH's in-JVM numbers do not include. Each peer timing itself the
 * way JMH times the bridge is the like-for-like measurement.
 *
 * <pre>
 * java -cp ... dev.polybridge.benchmarks.peers.PeerRunner --out results/peers.json \
 *     [--warmup 20] [--measure 15] [--import-runs 10] [--python python3] [--node node]
 * </pre>
 */
public final class PeerRunner {
  private static final List<String> WORKLOADS = List.of("fib", "nbody", "dicts");

  private final Path work;
  private final String python;
  private final String node;
  private final double warmup;
  private final double measure;
  private final int importRuns;
  private final String distPackages;
  private final List<Object> results = new ArrayList<>();

  private PeerRunner(Map<String, String> opts) throws IOException {
    this.work = Files.createTempDirectory("polybridge-peers");
    this.python = opts.getOrDefault("python", "python3");
    this.node = opts.getOrDefault("node", "node");
    this.warmup = Double.parseDouble(opts.getOrDefault("warmup", "20"));
    this.measure = Double.parseDouble(opts.getOrDefault("measure", "15"));
    this.importRuns = Integer.parseInt(opts.getOrDefault("import-runs", "10"));
    this.distPackages = opts.getOrDefault("dist-packages", "/usr/lib/python3/dist-packages");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    Path out = Path.of(opts.getOrDefault("out", "benchmarks/results/peers.json"));
    PeerRunner runner = new PeerRunner(opts);
    try {
      runner.runAll();
    } finally {
      runner.cleanUp();
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, Json.write(runner.results));
    System.out.println("Peer results written to " + out);
  }

  private void runAll() throws IOException, InterruptedException {
    String pythonVersion = version(python, "--version");
    String nodeVersion = version(node, "--version");
    System.out.println("CPython: " + pythonVersion + ", Node: " + nodeVersion);
    for (String workload : WORKLOADS) {
      if (pythonVersion != null) {
        compute("CPython", pythonVersion, python, workload, ".py", "harness.py");
      }
      if (nodeVersion != null) {
        compute("Node", nodeVersion, node, workload, ".js", "harness.js");
      }
    }
    if (pythonVersion != null) {
      imports(pythonVersion, "jinja2", List.of("jinja2"));
      imports(pythonVersion, "stdlib", List.of("json", "re", "datetime"));
    }
  }

  private void compute(
      String peer, String version, String exe, String workload, String ext, String harness)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            exe,
            extract(harness).toString(),
            extract(workload + ext).toString(),
            Integer.toString(Workloads.size(workload)),
            Double.toString(warmup),
            Double.toString(measure));
    System.out.println("# " + peer + " " + workload + ": " + String.join(" ", command));
    List<String> lines = exec(command);
    if (lines == null) {
      return;
    }
    List<Double> samples = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("result ")) {
        Workloads.check(peer, workload, Long.parseLong(line.substring(7).trim()));
      } else if (!line.isBlank()) {
        samples.add(Double.parseDouble(line.trim()));
      }
    }
    System.out.printf(
        "  %s %s: %.3f ms/op over %d calls%n", peer, workload, mean(samples), samples.size());
    results.add(
        entry(peer + ".compute", "avgt", version, Map.of("workload", workload), List.of(samples)));
  }

  private void imports(String version, String label, List<String> modules)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(python);
    command.add(extract("import_timer.py").toString());
    command.add(distPackages);
    command.addAll(modules);
    System.out.println("# CPython import " + label + " x" + importRuns + ": " + command);
    List<List<Double>> forks = new ArrayList<>();
    for (int i = 0; i < importRuns; i++) {
      List<String> lines = exec(command);
      if (lines == null) {
        return;
      }
      forks.add(List.of(Double.parseDouble(lines.get(lines.size() - 1).trim())));
    }
    List<Double> all = new ArrayList<>();
    forks.forEach(all::addAll);
    System.out.printf("  CPython import %s: %.1f ms%n", label, mean(all));
    results.add(entry("CPython.import", "ss", version, Map.of("modules", label), forks));
  }

  /** One result in the shape of a JMH JSON entry. */
  private static Map<String, Object> entry(
      String benchmark,
      String mode,
      String version,
      Map<String, String> params,
      List<List<Double>> rawData) {
    List<Double> all = new ArrayList<>();
    rawData.forEach(all::addAll);
    Map<String, Object> metric = new LinkedHashMap<>();
    metric.put("score", mean(all));
    metric.put("scoreError", error999(all));
    metric.put("scoreUnit", "ms/op");
    List<Object> raw = new ArrayList<>(rawData);
    metric.put("rawData", raw);
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("benchmark", "peers." + benchmark);
    e.put("mode", mode);
    e.put("threads", 1);
    e.put("forks", rawData.size());
    e.put("vmName", version);
    e.put("params", new LinkedHashMap<>(params));
    e.put("primaryMetric", metric);
    return e;
  }

  static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** Half-width of a 99.9% confidence interval (normal approximation), as JMH reports. */
  static double error999(List<Double> xs) {
    if (xs.size() < 2) {
      return Double.NaN;
    }
    double m = mean(xs);
    double var = 0;
    for (double x : xs) {
      var += (x - m) * (x - m);
    }
    var /= xs.size() - 1;
    return 3.2905 * Math.sqrt(var / xs.size());
  }

  /** The peer's version line, or null (and a warning) when it is not installed. */
  private String version(String exe, String flag) throws InterruptedException {
    try {
      List<String> lines = exec(List.of(exe, flag));
      return lines == null || lines.isEmpty() ? null : lines.get(0).trim();
    } catch (IOException e) {
      System.err.println("WARNING: " + exe + " is not available (" + e.getMessage() + "); skipped");
      return null;
    }
  }

  /** Runs a command; its standard output lines, or null (and its output) when it failed. */
  private List<String> exec(List<String> command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).directory(work.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      System.err.println(
          "WARNING: "
              + String.join(" ", command)
              + " failed:\n"
              + new String(out, StandardCharsets.UTF_8));
      return null;
    }
    return List.of(new String(out, StandardCharsets.UTF_8).split("\\R"));
  }

  /** Copies a workload resource to a real file, so the peer runs the very same bytes. */
  private Path extract(String name) throws IOException {
    Path file = work.resolve(name);
    if (!Files.exists(file)) {
      Files.writeString(file, Workloads.read(name));
    }
    return file;
  }

  private void cleanUp() throws IOException {
    try (var files = Files.list(work)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(work);
  }
}
