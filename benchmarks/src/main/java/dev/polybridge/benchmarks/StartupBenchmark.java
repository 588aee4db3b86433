package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.Language;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up, single-shot in a fresh JVM per sample (each fork measures one operation, nothing before
 * it touched GraalVM): from {@code Bridge.create()} to the result of the first Python import and
 * call ({@code json.dumps([1, 2, 3])}), and to the first isolated JS result; and the same with the
 * raw polyglot API (an {@link Engine} and a context).
 *
 * <p>JVM start and class-path scanning before the benchmark method are not included. GraalPy's
 * resources are already unpacked in {@code ~/.cache/org.graalvm.polyglot} (earlier benchmarks did
 * it), as on any machine after its first run. {@code run.sh} runs this class twice: with the JIT
 * flags ({@code -Dpolybridge.requireJit=true}) and without them ({@code
 * -Dpolybridge.requireInterpreter=true}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {
  private Bridge bridge;
  private Engine engine;
  private Context context;

  @Benchmark
  public String bridgeFirstPythonCall() {
    bridge = Bridge.create();
    return bridge.python().importModule("json").invoke("dumps", List.of(1, 2, 3)).as(String.class);
  }

  @Benchmark
  public int bridgeFirstIsolatedJs() {
    bridge = Bridge.create();
    return bridge.evalIsolated(Language.JS, "6 * 7", Integer.class);
  }

  @Benchmark
  public String rawFirstPythonCall() {
    engine = RawGraal.engine();
    context = RawGraal.context(engine, "python", "js");
    Value json = context.eval("python", "import json\njson");
    return json.getMember("dumps").execute(context.eval("python", "[1, 2, 3]")).asString();
  }

  @Benchmark
  public int rawFirstIsolatedJs() {
    engine = RawGraal.engine();
    try (Context js = RawGraal.context(engine, "js")) {
      return js.eval("js", "6 * 7").asInt();
    }
  }

  /** After the measurement, so the check does not warm anything up. */
  @TearDown(Level.Iteration)
  public void tearDown() {
    if (bridge != null) {
      JitCheck.verify(bridge.runtime());
      bridge.close();
      bridge = null;
    }
    if (engine != null) {
      JitCheck.verify(engine);
      if (context != null) {
        context.close();
        context = null;
      }
      engine.close();
      engine = null;
    }
  }
}
