package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
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

/**
 * The cost of one call from Java into a guest function, three ways, each with an int in and out, a
 * String argument and a 10-entry {@code Map<String,String>} argument (the functions of {@link
 * CallCode}, the same source on both sides):
 *
 * <ul>
 *   <li>raw: exactly the plain polyglot API a user would write, {@code Context.newBuilder("js",
 *       "python").build()} (default settings, no explicit {@link Engine}), {@code Value f =
 *       ctx.eval(lang, "(x) => x + 1")}, {@code f.execute(i).asInt()}; for the Map the benchmark
 *       method builds the same native dict / object by hand ({@code putHashEntry} / {@code
 *       putMember}), because the guest function needs a native value either way;
 *   <li>{@code Handle.call(i).as(int.class)} on the same function evaluated in {@code bridge.js()}
 *       / {@code bridge.python()};
 *   <li>an interface proxy, {@code as(CallCode.Api.class)} on {@code ({inc: (x) => x + 1, ...})} /
 *       a {@code types.SimpleNamespace} whose {@code inc} is that lambda.
 * </ul>
 *
 * <p>A second baseline, {@code rawSharedEngineInt}, is the raw int call in a context made on an
 * explicit {@code Engine} (as the bridge's contexts are, so that they share code): it shows what
 * that sharing costs in GraalVM itself.
 *
 * <p>A third, {@code rawIntAfterOthers}, is the raw int call in a context where eight other
 * functions have been called from Java first, as in any program calling more than a few: GraalVM
 * runs every {@code Value.execute} of a context's functions through one call path whose inline
 * caches hold only the first few functions, so this is what raw code costs outside a benchmark that
 * calls one function; {@code handleIntAfterOthers} is {@code Handle.call} in a bridge that did the
 * same. (Polybridge calls its own guest helpers another way, so they do not fill those caches: see
 * {@code GuestSupport.internalEntry}.)
 *
 * <p>Users feel both a short and a long warm-up, so each fork measures every second from the start
 * (no JMH warm-up, 63 one-second iterations); the report reads two windows of three seconds from
 * the iterations: after 10 s and after 60 s (see {@code report.Windows}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 63, time = 1)
public class CallOverheadBenchmark {

  @Param({"python", "js"})
  public String language;

  private Bridge bridge;
  private Handle inc;
  private Handle strlen;
  private Handle mapsize;
  private CallCode.Api api;

  private Engine sharedEngine;
  private Context raw;
  private Value rawInc;
  private Value rawStrlen;
  private Value rawMapsize;
  private Value rawNewDict;
  private Value rawFloatType;
  private Value rawApi;
  private boolean python;

  // Read from fields so the JIT cannot fold them.
  private int number = 41;
  private String text = "the quick brown fox jumps over the lazy dog";
  private final Map<String, String> map = new LinkedHashMap<>();

  /** Sets up only what the measured method uses: a fork does not pay for the other side. */
  @Setup
  public void setUp(BenchmarkParams params) {
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    python = language.equals("python");
    for (int i = 0; i < 10; i++) {
      map.put("key" + i, "value" + i);
    }
    int[] results;
    int[] expected = {number + 1, text.length(), map.size()};
    if (method.startsWith("raw")) {
      if (method.startsWith("rawSharedEngine")) {
        sharedEngine = Engine.newBuilder("js", "python").build();
        raw = Context.newBuilder("js", "python").engine(sharedEngine).build();
      } else {
        raw = Context.newBuilder("js", "python").build();
      }
      JitCheck.verify(raw.getEngine());
      rawInc = raw.eval(language, CallCode.inc(python));
      rawStrlen = raw.eval(language, CallCode.strlen(python));
      rawMapsize = raw.eval(language, CallCode.mapsize(python));
      rawNewDict = raw.eval(language, CallCode.newDict(python));
      rawFloatType = python ? raw.eval(language, "float") : null;
      rawApi = raw.eval(language, CallCode.api(python));
      if (method.equals("rawIntAfterOthers")) {
        for (int i = 0; i < 8; i++) {
          raw.eval(language, CallCode.other(python, i)).execute(i);
        }
      }
      int inc =
          method.equals("rawIntChecked")
              ? rawIntChecked()
              : method.equals("rawInvokeInt") ? rawInvokeInt() : rawInt();
      results = new int[] {inc, rawString(), rawMap()};
      checkNative(rawNewDict.execute());
    } else {
      bridge = Bridge.create();
      JitCheck.verify(bridge.runtime());
      GuestContext context = python ? bridge.python() : bridge.js();
      inc = context.eval(CallCode.inc(python));
      strlen = context.eval(CallCode.strlen(python));
      mapsize = context.eval(CallCode.mapsize(python));
      api = context.eval(CallCode.api(python)).as(CallCode.Api.class);
      if (method.equals("handleIntAfterOthers")) {
        for (int i = 0; i < 8; i++) {
          context.eval(CallCode.other(python, i)).call(i);
        }
      }
      results =
          method.startsWith("handle")
              ? new int[] {handleInt(), handleString(), handleMap()}
              : new int[] {proxyInt(), proxyString(), proxyMap()};
    }
    if (!Arrays.equals(results, expected)) {
      throw new IllegalStateException(
          method
              + " returned "
              + Arrays.toString(results)
              + ", expected "
              + Arrays.toString(expected));
    }
  }

  /** The raw Map baseline builds a real dict / plain object, as the bridge does. */
  private void checkNative(Value dict) {
    String check =
        python
            ? "lambda d: type(d) is dict"
            : "(o) => Object.getPrototypeOf(o) === Object.prototype";
    if (!raw.eval(language, check).execute(dict).asBoolean()) {
      throw new IllegalStateException(
          "the raw Map baseline does not build a native " + language + " dict/object");
    }
  }

  @TearDown
  public void tearDown() {
    if (bridge != null) {
      bridge.close();
    }
    if (raw != null) {
      raw.close();
    }
    if (sharedEngine != null) {
      sharedEngine.close();
    }
  }

  // ---- int in, int out ----

  @Benchmark
  public int rawInt() {
    return rawInc.execute(number).asInt();
  }

  /** The second baseline: the same call in a context on an explicit, shareable Engine. */
  @Benchmark
  public int rawSharedEngineInt() {
    return rawInc.execute(number).asInt();
  }

  /** The third baseline: the same call after eight other functions were called from Java. */
  @Benchmark
  public int rawIntAfterOthers() {
    return rawInc.execute(number).asInt();
  }

  /**
   * Not a baseline of the issue's: the raw int call plus the check the bridge makes of a Python
   * result before it becomes an int (a Python float such as {@code 2.0} "fits" in an int in
   * GraalVM's interop, and the bridge refuses it). For JS there is nothing to check: it is {@link
   * #rawInt}.
   */
  @Benchmark
  public int rawIntChecked() {
    Value result = rawInc.execute(number);
    if (python && rawFloatType.isMetaInstance(result)) {
      throw new IllegalStateException("a float, not an int");
    }
    return result.asInt();
  }

  /**
   * Not a baseline of the issue's: what the interface proxy's guest operation costs on the raw API,
   * {@code obj.invokeMember("inc", x).asInt()} on the object the proxy is bound to (a method call
   * reads the attribute each time, as the proxy must: the object's {@code inc} may change).
   */
  @Benchmark
  public int rawInvokeInt() {
    return rawApi.invokeMember("inc", number).asInt();
  }

  @Benchmark
  public int handleInt() {
    return inc.call(number).as(int.class);
  }

  /** {@link #handleInt} after eight other functions were called, as {@link #rawIntAfterOthers}. */
  @Benchmark
  public int handleIntAfterOthers() {
    return inc.call(number).as(int.class);
  }

  @Benchmark
  public int proxyInt() {
    return api.inc(number);
  }

  // ---- a String argument ----

  @Benchmark
  public int rawString() {
    return rawStrlen.execute(text).asInt();
  }

  @Benchmark
  public int handleString() {
    return strlen.call(text).as(int.class);
  }

  @Benchmark
  public int proxyString() {
    return api.strlen(text);
  }

  // ---- a Map argument (becomes a native dict / object) ----

  @Benchmark
  public int rawMap() {
    Value dict = rawNewDict.execute();
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (python) {
        dict.putHashEntry(e.getKey(), e.getValue());
      } else {
        dict.putMember(e.getKey(), e.getValue());
      }
    }
    return rawMapsize.execute(dict).asInt();
  }

  @Benchmark
  public int handleMap() {
    return mapsize.call(map).as(int.class);
  }

  @Benchmark
  public int proxyMap() {
    return api.mapsize(map);
  }
}
