package dev.polybridge.benchmarks;

import com.caoccao.javet.enums.JSRuntimeType;
import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.engine.IJavetEngine;
import com.caoccao.javet.interop.engine.JavetEngineConfig;
import com.caoccao.javet.interop.engine.JavetEnginePool;
import dev.polybridge.Bridge;
import dev.polybridge.ContextPool;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import java.util.concurrent.TimeUnit;
import javax.script.Bindings;
import javax.script.CompiledScript;
import javax.script.ScriptException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.nashorn.api.scripting.NashornScriptEngine;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;

/**
 * Throughput of small JS snippets that must not see each other's globals, one snippet ({@code "6 *
 * 7"}) per operation, single-threaded: Polybridge's {@code evalIsolated(JS, "6 * 7",
 * Integer.class)}, {@code newContext(JS)} + {@code eval} + {@code close}, and a pool; raw GraalVM,
 * exactly {@code try (Context c = Context.newBuilder("js").engine(sharedEngine).build()) {
 * c.eval("js", "6 * 7").asInt(); }}; and the same snippet on Rhino (a fresh scope per snippet,
 * script compiled once), Nashorn (a fresh global per snippet, script compiled once) and Javet/V8 (a
 * new runtime, a reset context, and Javet's engine pool).
 *
 * <p>A second baseline, {@code rawGraalSandboxedContext}, makes each raw context with the sandbox
 * switches of a Polybridge {@code newContext} ({@link RawGraal#context}): it shows what those
 * switches cost in GraalVM itself.
 *
 * <p>All but {@code bridgeEvalIsolatedTwoThreads} run on one thread. Pools (Polybridge's and
 * Javet's) reuse a context, so snippets share globals there: they trade isolation for speed and are
 * listed as such. Like {@link CallOverheadBenchmark}, each fork measures every second from its
 * start, and the report reads the seconds after 10 s and after 60 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 63, time = 1)
public class IsolatedJsBenchmark {
  /** The snippet every engine runs; it evaluates to {@link #EXPECTED}. */
  static final String SNIPPET = "6 * 7";

  static final int EXPECTED = 42;

  private Bridge bridge;
  private ContextPool pool;

  private Engine sharedEngine;

  private Script rhinoScript;
  private NashornScriptEngine nashorn;
  private CompiledScript nashornScript;

  private V8Runtime javetRuntime;
  private JavetEnginePool<V8Runtime> javetPool;

  @Setup
  public void setUp(BenchmarkParams params) throws Exception {
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    if (method.startsWith("bridge")) {
      bridge = Bridge.create();
      JitCheck.verify(bridge.runtime());
      pool = bridge.pool(Language.JS, 1);
    } else if (method.equals("rawGraalNewContext")) {
      sharedEngine = Engine.newBuilder("js").build();
      JitCheck.verify(sharedEngine);
    } else if (method.equals("rawGraalSandboxedContext")) {
      sharedEngine = RawGraal.engine();
      JitCheck.verify(sharedEngine);
    } else if (method.startsWith("rhino")) {
      org.mozilla.javascript.Context cx = enterRhino();
      try {
        rhinoScript = cx.compileString(SNIPPET, "snippet", 1, null);
      } finally {
        org.mozilla.javascript.Context.exit();
      }
    } else if (method.startsWith("nashorn")) {
      nashorn =
          (NashornScriptEngine) new NashornScriptEngineFactory().getScriptEngine("--language=es6");
      nashornScript = nashorn.compile(SNIPPET);
    } else if (method.startsWith("javet")) {
      javetRuntime = V8Host.getV8Instance().createV8Runtime();
      JavetEngineConfig config = new JavetEngineConfig();
      config.setJSRuntimeType(JSRuntimeType.V8);
      config.setPoolMinSize(1);
      config.setPoolMaxSize(1);
      javetPool = new JavetEnginePool<>(config);
    }
    Object first = invoke(method);
    if (((Number) first).intValue() != EXPECTED) {
      throw new IllegalStateException(method + " returned " + first + ", expected " + EXPECTED);
    }
  }

  private Object invoke(String method) throws Exception {
    return getClass().getMethod(method).invoke(this);
  }

  @TearDown
  public void tearDown() throws Exception {
    if (bridge != null) {
      bridge.close();
    }
    if (sharedEngine != null) {
      sharedEngine.close();
    }
    if (javetRuntime != null) {
      javetRuntime.close();
    }
    if (javetPool != null) {
      javetPool.close();
    }
  }

  // ---- Polybridge ----

  @Benchmark
  public int bridgeEvalIsolated() {
    return bridge.evalIsolated(Language.JS, SNIPPET, Integer.class);
  }

  /** The same, from two threads sharing the bridge: the machine's throughput on 2 cores. */
  @Benchmark
  @Threads(2)
  public int bridgeEvalIsolatedTwoThreads() {
    return bridge.evalIsolated(Language.JS, SNIPPET, Integer.class);
  }

  @Benchmark
  public int bridgeNewContext() {
    try (GuestContext context = bridge.newContext(Language.JS)) {
      return context.eval(SNIPPET).as(Integer.class);
    }
  }

  @Benchmark
  public int bridgePool() {
    return pool.apply(context -> context.eval(SNIPPET).as(Integer.class));
  }

  // ---- raw GraalVM: a new context on one shared engine ----

  /** The baseline, as a user of the plain polyglot API writes it. */
  @Benchmark
  public int rawGraalNewContext() {
    try (Context c = Context.newBuilder("js").engine(sharedEngine).build()) {
      return c.eval("js", SNIPPET).asInt();
    }
  }

  /** The second baseline: each context with the sandbox switches of a Polybridge newContext. */
  @Benchmark
  public int rawGraalSandboxedContext() {
    try (Context c = RawGraal.context(sharedEngine, "js")) {
      return c.eval("js", SNIPPET).asInt();
    }
  }

  // ---- Rhino: compiled once, a fresh standard scope per snippet ----

  @Benchmark
  public int rhinoNewScope() {
    org.mozilla.javascript.Context cx = enterRhino();
    try {
      Scriptable scope = cx.initStandardObjects();
      return ((Number) rhinoScript.exec(cx, scope)).intValue();
    } finally {
      org.mozilla.javascript.Context.exit();
    }
  }

  private static org.mozilla.javascript.Context enterRhino() {
    org.mozilla.javascript.Context cx = org.mozilla.javascript.Context.enter();
    cx.setLanguageVersion(org.mozilla.javascript.Context.VERSION_ES6);
    return cx;
  }

  // ---- Nashorn: compiled once, a fresh global (new Bindings) per snippet ----

  @Benchmark
  public int nashornNewGlobal() throws ScriptException {
    Bindings global = nashorn.createBindings();
    return ((Number) nashornScript.eval(global)).intValue();
  }

  // ---- Javet (V8) ----

  @Benchmark
  public int javetNewRuntime() throws Exception {
    try (V8Runtime runtime = V8Host.getV8Instance().createV8Runtime()) {
      return runtime.getExecutor(SNIPPET).executeInteger();
    }
  }

  @Benchmark
  public int javetResetContext() throws Exception {
    javetRuntime.resetContext();
    return javetRuntime.getExecutor(SNIPPET).executeInteger();
  }

  @Benchmark
  public int javetPool() throws Exception {
    try (IJavetEngine<V8Runtime> e = javetPool.getEngine()) {
      return e.getV8Runtime().getExecutor(SNIPPET).executeInteger();
    }
  }
}
