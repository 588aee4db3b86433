package dev.polybridge.benchmarks.report;

import dev.polybridge.benchmarks.report.Row.Measure;
import dev.polybridge.benchmarks.report.Row.Target;
import dev.polybridge.benchmarks.report.Row.Target.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the report compares: the comparisons as rows, each naming the JMH (or peer) result
 * keys it reads. A benchmark that did not run leaves its row with "n/a".
 */
final class Comparisons {
  static final String CALL = "Call overhead %s of calls (ns per call, lower is better)";
  static final String ISOLATED =
      "Isolated JS snippets %s of snippets (operations per second, higher is better)";
  static final String COMPUTE = "Compute (ms per run(n), lower is better)";
  static final String CONVERSION = "Conversion (µs per whole value, lower is better)";
  static final String STARTUP = "Start-up (ms, single shot, a fresh JVM each)";
  static final String THREADS = "Pool throughput, 1 vs 2 threads (operations per second)";
  static final String IMPORTS = "Python imports, issue 7 (ms, single shot, a fresh JVM each)";
  static final String STEPS =
      "Python start-up step by step, issue 7 (ms, single shot, a fresh JVM each)";

  private static final String[] LANGS = {"python", "js"};

  private final Results results;
  private final List<Row> rows = new ArrayList<>();

  private Comparisons(Results results) {
    this.results = results;
  }

  static List<Row> of(Results results) {
    Comparisons c = new Comparisons(results);
    c.callOverhead();
    c.isolated();
    c.compute();
    c.conversion();
    c.startup();
    c.threads();
    c.imports();
    c.startupSteps();
    return c.rows;
  }

  private Measure m(String key) {
    return Measure.of(results.get(key));
  }

  private void add(
      String section, String label, String ours, String peerName, String peer, Target t) {
    rows.add(new Row(section, label, m(ours), peerName, peerName == null ? null : m(peer), t));
  }

  private static String lang(String id) {
    return id.equals("python") ? "Python" : "JS";
  }

  /** Issue 13's targets for {@code Handle.call} and the proxy, by window. */
  private static Target callTarget(int after, boolean proxy) {
    double bound = after < 60 ? (proxy ? 2.0 : 1.5) : (proxy ? 1.4 : 1.2);
    return new Target(String.format(Locale.ROOT, "≤ %.1f× raw", bound), Kind.MAX_SLOWDOWN, bound);
  }

  private void callOverhead() {
    String[][] kinds = {
      {"Int", "int in, int out"}, {"String", "a String argument"}, {"Map", "a Map argument"}
    };
    String c = "call/CallOverheadBenchmark.";
    for (int after : Windows.AFTER) {
      String section = String.format(Locale.ROOT, CALL, Windows.label(after));
      for (String l : LANGS) {
        String p = "[language=" + l + "]";
        for (String[] k : kinds) {
          String raw = Windows.key(c + "raw" + k[0] + p, after);
          add(
              section,
              "Handle.call, " + k[1] + ", " + lang(l),
              Windows.key(c + "handle" + k[0] + p, after),
              "raw Value.execute",
              raw,
              callTarget(after, false));
          add(
              section,
              "interface proxy, " + k[1] + ", " + lang(l),
              Windows.key(c + "proxy" + k[0] + p, after),
              "raw Value.execute",
              raw,
              callTarget(after, true));
        }
        // The other int baselines: raw on an explicit Engine, as the bridge's contexts are, and
        // (Python only) raw plus what the bridge must do more: refuse a Python float as an int.
        List<String[]> baselines = new ArrayList<>();
        baselines.add(
            new String[] {"2nd baseline: raw on an explicit Engine", "rawSharedEngineInt"});
        if (l.equals("python")) {
          baselines.add(new String[] {"4th baseline: raw + the float check", "rawIntChecked"});
        }
        for (String[] baseline : baselines) {
          String key = Windows.key(c + baseline[1] + p, after);
          for (String[] ours :
              new String[][] {{"Handle.call", "handleInt"}, {"interface proxy", "proxyInt"}}) {
            add(
                section,
                ours[0] + ", int in, int out, " + lang(l),
                Windows.key(c + ours[1] + p, after),
                baseline[0],
                key,
                null);
          }
        }
        // The proxy's own guest operation on the raw API: a method call on the bound object.
        add(
            section,
            "interface proxy, int in, int out, " + lang(l),
            Windows.key(c + "proxyInt" + p, after),
            "5th baseline: raw invokeMember on the same object",
            Windows.key(c + "rawInvokeInt" + p, after),
            null);
        // Both sides after eight other functions were called from Java, as in a real program.
        add(
            section,
            "Handle.call after 8 other functions, int, " + lang(l),
            Windows.key(c + "handleIntAfterOthers" + p, after),
            "3rd baseline: raw after 8 other functions",
            Windows.key(c + "rawIntAfterOthers" + p, after),
            null);
      }
    }
  }

  private void isolated() {
    String b = "isolated/IsolatedJsBenchmark.";
    String[][] peers = {
      {"raw GraalVM: new context, shared engine", "rawGraalNewContext"},
      {"2nd baseline: raw GraalVM, sandboxed new context", "rawGraalSandboxedContext"},
      {"Rhino: new scope, compiled script", "rhinoNewScope"},
      {"Nashorn: new global, compiled script", "nashornNewGlobal"},
      {"Javet (V8): new runtime", "javetNewRuntime"},
      {"Javet (V8): reset context", "javetResetContext"},
    };
    for (int after : Windows.AFTER) {
      String section = String.format(Locale.ROOT, ISOLATED, Windows.label(after));
      String evalIsolated = Windows.key(b + "bridgeEvalIsolated", after);
      add(
          section,
          "evalIsolated, 1 thread",
          evalIsolated,
          null,
          null,
          after < 60 ? null : new Target("≥ 2,800/s", Kind.MIN_OPS_PER_SECOND, 2800));
      add(
          section,
          "evalIsolated, 2 threads",
          Windows.key(b + "bridgeEvalIsolatedTwoThreads", after),
          null,
          null,
          null);
      for (int i = 0; i < peers.length; i++) {
        add(
            section,
            "evalIsolated",
            evalIsolated,
            peers[i][0],
            Windows.key(b + peers[i][1], after),
            i == 0 ? new Target("≥ raw", Kind.MAX_SLOWDOWN, 1.0) : null);
      }
      for (int i = 0; i < 2; i++) {
        add(
            section,
            "newContext + eval + close",
            Windows.key(b + "bridgeNewContext", after),
            peers[i][0],
            Windows.key(b + peers[i][1], after),
            i == 0 ? new Target("≤ 1.2× raw", Kind.MAX_SLOWDOWN, 1.2) : null);
      }
      add(
          section,
          "pool (context reused)",
          Windows.key(b + "bridgePool", after),
          "Javet (V8): engine pool",
          Windows.key(b + "javetPool", after),
          null);
    }
  }

  private void compute() {
    for (String w : new String[] {"fib", "nbody", "dicts"}) {
      String p = "[workload=" + w + "]";
      add(
          COMPUTE,
          "Python " + w + " (GraalPy via Polybridge)",
          "compute/ComputeBenchmark.python" + p,
          "CPython",
          "peers/CPython.compute" + p,
          new Target("≥ 3× faster", Kind.MIN_SPEEDUP, 3));
      add(
          COMPUTE,
          "Python " + w + " (GraalPy via Polybridge)",
          "compute/ComputeBenchmark.python" + p,
          "Jython 2.7",
          "compute/ComputeBenchmark.jython" + p,
          null);
      add(
          COMPUTE,
          "JS " + w + " (GraalJS via Polybridge)",
          "compute/ComputeBenchmark.js" + p,
          "Node",
          "peers/Node.compute" + p,
          new Target("≤ 2× slower", Kind.MAX_SLOWDOWN, 2));
    }
  }

  private void conversion() {
    String[][] shapes = {
      {"list", "List<Integer>, 10,000"},
      {"map", "Map<String,String>, 10,000"},
      {"bytes", "byte[], 1 MiB"}
    };
    for (String l : LANGS) {
      for (String[] s : shapes) {
        String p = "[language=" + l + ",shape=" + s[0] + "]";
        String c = "conversion/ConversionBenchmark.";
        add(
            CONVERSION,
            s[1] + ", Java → " + lang(l),
            c + "bridgeToGuest" + p,
            "raw GraalVM API",
            c + "rawToGuest" + p,
            null);
        add(
            CONVERSION,
            s[1] + ", " + lang(l) + " → Java",
            c + "bridgeToJava" + p,
            "raw GraalVM API",
            c + "rawToJava" + p,
            null);
      }
    }
  }

  private void startup() {
    for (String mode : new String[] {"jit", "nojit"}) {
      String s = "startup-" + mode + "/StartupBenchmark.";
      String how = mode.equals("jit") ? "JIT" : "no JIT";
      add(
          STARTUP,
          "Bridge.create → first Python import + call (" + how + ")",
          s + "bridgeFirstPythonCall",
          "raw GraalVM",
          s + "rawFirstPythonCall",
          new Target("< 1.5 s", Kind.MAX_SECONDS, 1.5));
      add(
          STARTUP,
          "Bridge.create → first isolated JS result (" + how + ")",
          s + "bridgeFirstIsolatedJs",
          "raw GraalVM",
          s + "rawFirstIsolatedJs",
          null);
    }
  }

  private void threads() {
    for (String l : new String[] {"js", "python"}) {
      String p = "[language=" + l + "]";
      add(
          THREADS,
          "pool of 2, 2 threads, " + lang(l),
          "pool/PoolThroughputBenchmark.twoThreads" + p,
          "1 thread",
          "pool/PoolThroughputBenchmark.oneThread" + p,
          null);
    }
  }

  private void imports() {
    String[] nth = {"new Bridge, 1st context", "2nd context", "3rd context"};
    for (String modules : new String[] {"jinja2", "stdlib"}) {
      String what = modules.equals("jinja2") ? "import jinja2" : "import json, re, datetime";
      Result cpython = results.get("peers/CPython.import[modules=" + modules + "]");
      for (String mode : new String[] {"jit", "nojit"}) {
        Result r =
            results.get(
                "import-"
                    + mode
                    + "/PythonImportStartupBenchmark.importInNextContext[modules="
                    + modules
                    + "]");
        for (int i = 0; i < nth.length; i++) {
          rows.add(
              new Row(
                  IMPORTS,
                  what + ", " + nth[i] + " (" + (mode.equals("jit") ? "JIT" : "no JIT") + ")",
                  Measure.iteration(r, i),
                  "CPython, fresh process",
                  Measure.of(cpython),
                  null));
        }
      }
    }
  }

  private Result imported(String group, String modules) {
    return results.get(
        group + "/PythonImportStartupBenchmark.importInNextContext[modules=" + modules + "]");
  }

  /**
   * Each start-up step before and after: the bytecode cache (Polybridge's default, filled by an
   * earlier run) against none, and the JIT against the interpreter, for the first and second
   * context. Targets: jinja2 in the first context under 3 s, in the second under 0.5 s, and the JIT
   * no slower than the interpreter.
   */
  private void startupSteps() {
    String[] nth = {"new Bridge, 1st context", "2nd context"};
    Target[] jinja2Targets = {
      new Target("< 3 s", Kind.MAX_SECONDS, 3), new Target("< 0.5 s", Kind.MAX_SECONDS, 0.5)
    };
    for (String modules : new String[] {"jinja2", "stdlib"}) {
      String what = modules.equals("jinja2") ? "import jinja2" : "import json, re, datetime";
      for (String mode : new String[] {"jit", "nojit"}) {
        Result with = imported("import-" + mode, modules);
        Result without = imported("import-" + mode + "-nocache", modules);
        String how = mode.equals("jit") ? "JIT" : "no JIT";
        for (int i = 0; i < nth.length; i++) {
          rows.add(
              new Row(
                  STEPS,
                  what + ", " + nth[i] + " (" + how + "), bytecode cache",
                  Measure.iteration(with, i),
                  "no bytecode cache",
                  Measure.iteration(without, i),
                  modules.equals("jinja2") ? jinja2Targets[i] : null));
        }
      }
      for (int i = 0; i < nth.length; i++) {
        rows.add(
            new Row(
                STEPS,
                what + ", " + nth[i] + ", with the JIT",
                Measure.iteration(imported("import-jit", modules), i),
                "no JIT",
                Measure.iteration(imported("import-nojit", modules), i),
                new Target("no slower than no JIT", Kind.MAX_SLOWDOWN, 1.0)));
      }
    }
  }
}
