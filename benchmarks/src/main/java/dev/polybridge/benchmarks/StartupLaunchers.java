package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * One start-up sample for {@code startup-launchers.sh}, which runs it in a fresh JVM per launcher
 * (the README's JIT flags, the {@code polybridge:jit} argument file, the {@code polybridge:runtime}
 * image with and without its trained AOT cache, no JIT with an AOT cache). One scenario per JVM, so
 * nothing an earlier scenario loaded or compiled helps a later one:
 *
 * <ul>
 *   <li>{@code python}: {@code Bridge.create()}, then {@code import json} and {@code json.dumps([1,
 *       2, 3])} in the shared Python context;
 *   <li>{@code jinja2}: a bridge with Debian's dist-packages on the Python path imports {@code
 *       jinja2} in its shared context, then in a second context;
 *   <li>{@code js}: {@code Bridge.create()}, then the first {@code evalIsolated} JavaScript result;
 *   <li>{@code train}: all three in turn, the run an AOT cache is trained with.
 * </ul>
 *
 * <p>Prints {@code result <name> <ms since the JVM started> <ms of the step itself>} per step and a
 * last {@code optimizing <true|false>} line; the script checks that each launcher ran in the mode
 * it stands for. Wall-clock times on a shared 2-core machine: single samples.
 */
public final class StartupLaunchers {
  private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();

  private StartupLaunchers() {}

  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "train";
    boolean optimizing =
        switch (mode) {
          case "python" -> python();
          case "jinja2" -> jinja2();
          case "js" -> js();
          case "train" -> python() & jinja2() & js();
          default ->
              throw new IllegalArgumentException(
                  "unknown scenario " + mode + "; use python, jinja2, js or train");
        };
    System.out.println("optimizing " + optimizing);
  }

  private static boolean python() {
    long start = System.nanoTime();
    try (Bridge bridge = Bridge.create()) {
      String json =
          bridge.python().importModule("json").invoke("dumps", List.of(1, 2, 3)).as(String.class);
      check("[1, 2, 3]", json);
      report("python", start);
      return bridge.runtime().optimizing();
    }
  }

  private static boolean jinja2() {
    long start = System.nanoTime();
    try (Bridge bridge =
        Bridge.builder().pythonPath(Path.of(PythonImportStartupBenchmark.DIST_PACKAGES)).build()) {
      String version = bridge.python().importModule("jinja2").get("__version__").as(String.class);
      report("jinja2-first", start);
      long second = System.nanoTime();
      try (GuestContext context = bridge.newContext(Language.PYTHON)) {
        check(version, context.importModule("jinja2").get("__version__").as(String.class));
      }
      report("jinja2-second", second);
      return bridge.runtime().optimizing();
    }
  }

  private static boolean js() {
    long start = System.nanoTime();
    try (Bridge bridge = Bridge.create()) {
      check(42, bridge.evalIsolated(Language.JS, "6 * 7", Integer.class));
      report("js", start);
      return bridge.runtime().optimizing();
    }
  }

  private static void check(Object expected, Object actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException("expected " + expected + ", got " + actual);
    }
  }

  private static void report(String name, long startNanos) {
    long now = System.currentTimeMillis();
    System.out.printf(
        "result %s %d %d %d%n",
        name, now - JVM_START, (System.nanoTime() - startNanos) / 1_000_000, cpuMillis());
  }

  private static long cpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1_000_000;
    }
    return -1;
  }
}
