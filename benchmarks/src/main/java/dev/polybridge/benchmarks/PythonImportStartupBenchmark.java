package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 7: the first {@code import jinja2} (Debian's python3-jinja2) and the first {@code import
 * json, re, datetime}, single-shot in a fresh JVM per fork. Measurement iteration 1 imports in the
 * shared Python context of a new {@link Bridge} ({@code bridge.python()}, created by that first
 * use); iterations 2 and 3 import in a second and a third context of the same bridge ({@code
 * newContext(PYTHON)}, created in the measured operation). {@code Bridge.create()} itself is not
 * measured (see {@link StartupBenchmark}).
 *
 * <p>The report reads the three iterations from JMH's raw data separately; do not override {@code
 * -i}/{@code -wi} for this class. {@code run.sh} runs it with and without the JIT, and {@code
 * PeerRunner} times the same imports in fresh CPython processes. Caches on disk (GraalPy's unpacked
 * resources, Polybridge's bytecode cache) are as earlier runs left them, as on a machine that has
 * run the application before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
public class PythonImportStartupBenchmark {
  /** Debian's pure-Python packages; override with -Dpolybridge.bench.distPackages=DIR. */
  static final String DIST_PACKAGES =
      System.getProperty("polybridge.bench.distPackages", "/usr/lib/python3/dist-packages");

  /**
   * Whether the bridge keeps a bytecode cache (Polybridge's default); {@code run.sh} runs the
   * "before" step with {@code -Dpolybridge.bench.bytecodeCache=false}. With the cache on, {@code
   * run.sh} fills it first ({@link PrimeBytecodeCache}), as an earlier run of the application would
   * have.
   */
  static final boolean BYTECODE_CACHE =
      Boolean.parseBoolean(System.getProperty("polybridge.bench.bytecodeCache", "true"));

  @Param({"jinja2", "stdlib"})
  public String modules;

  private Bridge bridge;
  private final List<GuestContext> contexts = new ArrayList<>();

  /** The module names a {@link #modules} value imports. */
  static List<String> names(String modules) {
    return modules.equals("jinja2") ? List.of("jinja2") : List.of("json", "re", "datetime");
  }

  @Setup(Level.Trial)
  public void setUp() {
    Path dist = Path.of(DIST_PACKAGES);
    if (!Files.isDirectory(dist.resolve("jinja2"))) {
      throw new IllegalStateException(
          "No jinja2 in "
              + dist
              + ": install Debian's python3-jinja2 or set -Dpolybridge.bench.distPackages");
    }
    bridge = Bridge.builder().pythonPath(dist).pythonBytecodeCache(BYTECODE_CACHE).build();
  }

  @Benchmark
  public String importInNextContext() {
    GuestContext context;
    if (contexts.isEmpty()) {
      context = bridge.python();
    } else {
      context = bridge.newContext(Language.PYTHON);
    }
    contexts.add(context);
    Handle last = null;
    for (String name : names(modules)) {
      last = context.importModule(name);
    }
    return last.get("__name__").as(String.class);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    JitCheck.verify(bridge.runtime());
    bridge.close();
  }
}
