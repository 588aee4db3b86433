package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.util.PythonInterpreter;

/**
 * Guest compute, JIT-compiled, through the bridge: recursive fib, a float-heavy n-body loop and a
 * dict- and string-heavy loop, from {@code workloads/<name>.py|js}, each called as {@code run(n)}
 * from Java. Jython 2.7 runs the same Python files in-process.
 *
 * <p>CPython and Node are not timed here but by {@code peers.PeerRunner}: each runs the same file
 * in its own process and times each {@code run(n)} itself after a warm-up, as JMH does here, and
 * the runner writes the samples in JMH's JSON shape. Wrapping a subprocess in a JMH benchmark would
 * time process start and module loading, not the workload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(2)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
public class ComputeBenchmark {

  @Param({"fib", "nbody", "dicts"})
  public String workload;

  private int n;
  private Bridge bridge;
  private Handle run;
  private PythonInterpreter jython;
  private PyObject jythonRun;

  @Setup
  public void setUp(BenchmarkParams params) {
    n = Workloads.size(workload);
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    if (method.equals("jython")) {
      Properties props = new Properties();
      props.setProperty("python.import.site", "false");
      props.setProperty("python.cachedir.skip", "true");
      PythonInterpreter.initialize(System.getProperties(), props, new String[0]);
      jython = new PythonInterpreter();
      jython.exec(Workloads.read(workload + ".py"));
      jythonRun = jython.get("run");
      Workloads.check("Jython", workload, jython());
      return;
    }
    boolean python = method.equals("python");
    bridge = Bridge.create();
    JitCheck.verify(bridge.runtime());
    GuestContext context = bridge.newContext(python ? Language.PYTHON : Language.JS);
    context.exec(Workloads.read(workload + (python ? ".py" : ".js")));
    run = context.global("run");
    Workloads.check("Polybridge " + context.language().id(), workload, run.call(n).as(Long.class));
  }

  @TearDown
  public void tearDown() {
    if (bridge != null) {
      bridge.close();
    }
    if (jython != null) {
      jython.close();
    }
  }

  /** GraalPy through the bridge. */
  @Benchmark
  public long python() {
    return run.call(n).as(Long.class);
  }

  /** GraalJS through the bridge. */
  @Benchmark
  public long js() {
    return run.call(n).as(Long.class);
  }

  /** Jython 2.7, in this JVM. */
  @Benchmark
  public long jython() {
    return jythonRun.__call__(Py.newInteger(n)).asLong();
  }
}
