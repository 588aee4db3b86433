package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One start-up sample for {@code startup-settings.sh}, which runs it in a fresh JVM per setting
 * (JIT or not, Truffle and Graal options, JDK 25's AOT cache): imports {@code jinja2} in the first,
 * second and third Python context of a new bridge, then times recursive {@code fib(25)} for 20 s to
 * see what the setting costs in steady state. Prints one line per measurement. Wall-clock times on
 * a 2-core machine; single samples, so run each setting more than once.
 *
 * <p>With {@code -Dpolybridge.bench.fibBudget=cpu} the 20 s are the process's CPU time instead of
 * wall-clock time: on a machine that other work loads, 20 s of wall-clock time can be too little
 * CPU for the JIT to reach steady state ({@code startup-launchers.sh} uses it).
 */
public final class StartupSettings {
  private StartupSettings() {}

  public static void main(String[] args) {
    String modules = args.length > 0 ? args[0] : "jinja2";
    try (Bridge bridge =
        Bridge.builder().pythonPath(Path.of(PythonImportStartupBenchmark.DIST_PACKAGES)).build()) {
      for (int i = 0; i < 3; i++) {
        long t = System.nanoTime();
        GuestContext context = i == 0 ? bridge.python() : bridge.newContext(Language.PYTHON);
        for (String name : modules.split(",")) {
          context.importModule(name);
        }
        System.out.printf(
            "context %d: import %s %,d ms (process CPU so far %,d ms)%n",
            i + 1, modules, (System.nanoTime() - t) / 1_000_000, cpuMillis());
      }
      Handle fib =
          bridge
              .python()
              .eval(
                  "exec('def fib(n):\\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\\n')\n"
                      + "fib");
      List<Long> runs = new ArrayList<>();
      boolean cpuBudget =
          "cpu".equals(System.getProperty("polybridge.bench.fibBudget")) && cpuMillis() >= 0;
      long start = cpuBudget ? cpuMillis() * 1_000_000 : System.nanoTime();
      int inFirstFiveSeconds = 0;
      while ((cpuBudget ? cpuMillis() * 1_000_000 : System.nanoTime()) - start < 20_000_000_000L) {
        long t = System.nanoTime();
        fib.call(25);
        runs.add(System.nanoTime() - t);
        if ((cpuBudget ? cpuMillis() * 1_000_000 : System.nanoTime()) - start < 5_000_000_000L) {
          inFirstFiveSeconds++;
        }
      }
      List<Long> last = runs.subList(Math.max(0, runs.size() - 20), runs.size());
      double mean = last.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
      System.out.printf(
          "fib(25): %.1f ms (mean of the last %d of %d runs in 20 s%s; %d runs in the first 5 s);"
              + " JIT %s%n",
          mean,
          last.size(),
          runs.size(),
          cpuBudget ? " of CPU" : "",
          inFirstFiveSeconds,
          bridge.runtime().optimizing());
    }
  }

  private static long cpuMillis() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime() / 1_000_000;
    }
    return -1;
  }
}
