package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
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
 * The cost of one call from Java into a guest function, three ways: the raw polyglot {@code
 * Value.execute}, {@link Handle#call} and a Java interface bound with {@code as(Api.class)}. Each
 * with an int in and out, a String argument and a 10-entry {@code Map<String,String>} argument.
 *
 * <p>Like with like: the raw baseline has its own {@link Engine} and a Python+JS context set up as
 * the bridge's shared context is, calls the same functions from {@code
 * workloads/call_overhead.py|js}, and, for the Map, builds the same native dict/object the bridge
 * builds (a {@code dict} with {@code putHashEntry}, an object with {@code putMember}), because the
 * guest function needs a native value in both cases. Results are read back as Java ints both ways.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallOverheadBenchmark {

  /** What the guest's {@code api} object is bound to. */
  public interface Api {
    int inc(int x);

    int strlen(String s);

    int mapsize(Map<String, String> m);
  }

  @Param({"python", "js"})
  public String language;

  private Bridge bridge;
  private Handle inc;
  private Handle strlen;
  private Handle mapsize;
  private Api api;

  private Engine engine;
  private Context raw;
  private Value rawInc;
  private Value rawStrlen;
  private Value rawMapsize;
  private Value rawNewDict;
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
    Language lang = python ? Language.PYTHON : Language.JS;
    String source = Workloads.read("call_overhead." + (python ? "py" : "js"));
    for (int i = 0; i < 10; i++) {
      map.put("key" + i, "value" + i);
    }
    int[] results;
    if (method.startsWith("raw")) {
      engine = RawGraal.engine();
      JitCheck.verify(engine);
      raw = RawGraal.context(engine, "python", "js");
      raw.eval(Source.create(lang.id(), source));
      Value bindings = raw.getBindings(lang.id());
      rawInc = bindings.getMember("inc");
      rawStrlen = bindings.getMember("strlen");
      rawMapsize = bindings.getMember("mapsize");
      rawNewDict = raw.eval(lang.id(), python ? "dict" : "(() => ({}))");
      results = new int[] {rawInt(), rawString(), rawMap()};
    } else {
      bridge = Bridge.create();
      JitCheck.verify(bridge.runtime());
      GuestContext context = python ? bridge.python() : bridge.js();
      context.exec(source);
      inc = context.global("inc");
      strlen = context.global("strlen");
      mapsize = context.global("mapsize");
      api = context.global("api").as(Api.class);
      results =
          method.startsWith("handle")
              ? new int[] {handleInt(), handleString(), handleMap()}
              : new int[] {proxyInt(), proxyString(), proxyMap()};
    }
    int[] expected = {number + 1, text.length(), map.size()};
    if (!Arrays.equals(results, expected)) {
      throw new IllegalStateException(
          method
              + " returned "
              + Arrays.toString(results)
              + ", expected "
              + Arrays.toString(expected));
    }
  }

  @TearDown
  public void tearDown() {
    if (bridge != null) {
      bridge.close();
    }
    if (raw != null) {
      raw.close();
      engine.close();
    }
  }

  // ---- int in, int out ----

  @Benchmark
  public int rawInt() {
    return rawInc.execute(number).asInt();
  }

  @Benchmark
  public int handleInt() {
    return inc.call(number).as(Integer.class);
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
    return strlen.call(text).as(Integer.class);
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
    return mapsize.call(map).as(Integer.class);
  }

  @Benchmark
  public int proxyMap() {
    return api.mapsize(map);
  }
}
