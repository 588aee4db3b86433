package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.TypeRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
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
 * Converting whole values between Java and the guest, both directions: a 10,000-element {@code
 * List<Integer>}, a 10,000-entry {@code Map<String,String>} and a 1 MiB {@code byte[]}.
 *
 * <p>Polybridge: {@code toGuest(value)} (a native list / dict / bytes, or Array / object /
 * Uint8Array) and {@code as(TypeRef)} (a Java copy). Raw GraalVM: hand-written polyglot API code
 * that builds the same native guest value ({@code setArrayElement}, {@code putHashEntry} / {@code
 * putMember}, a Latin-1 string decoded in the guest) and the same Java copy ({@code
 * getArrayElement} into an {@code ArrayList}, the hash or member iterator into a {@code
 * LinkedHashMap}, {@code readBuffer}), in a plain {@code Context.newBuilder("js",
 * "python").build()} as in {@link CallOverheadBenchmark}.
 *
 * <p>The set-up checks, for both sides, that the guest value is native ({@code type(x) is list /
 * dict / bytes}; {@code Array.isArray(x)}, a plain object, {@code x instanceof Uint8Array}) and of
 * the full size, and that the Java copy equals the Java value and is of the same class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConversionBenchmark {
  static final int ELEMENTS = 10_000;
  static final int BYTES = 1 << 20;

  private static final TypeRef<List<Integer>> LIST = new TypeRef<>() {};
  private static final TypeRef<Map<String, String>> MAP = new TypeRef<>() {};

  @Param({"python", "js"})
  public String language;

  @Param({"list", "map", "bytes"})
  public String shape;

  private boolean python;
  private Object javaValue;

  private Bridge bridge;
  private GuestContext context;
  private Handle guestValue;

  private Context raw;
  private Value rawGuestValue;
  private Value rawNewList;
  private Value rawNewDict;
  private Value rawBytesFromLatin1;

  /** Sets up only what the measured method uses: a fork does not pay for the other side. */
  @Setup
  public void setUp(BenchmarkParams params) {
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    python = language.equals("python");
    javaValue = javaValue();
    if (method.startsWith("bridge")) {
      bridge = Bridge.create();
      JitCheck.verify(bridge.runtime());
      context = python ? bridge.python() : bridge.js();
      guestValue = context.eval(guestExpression());
      Handle toGuest = bridgeToGuest();
      boolean isNative = context.eval(nativeCheck()).call(toGuest).as(Boolean.class);
      check("Polybridge", bridgeToJava(), toGuest.size(), isNative);
    } else {
      raw = Context.newBuilder("js", "python").build();
      JitCheck.verify(raw.getEngine());
      String id = python ? "python" : "js";
      rawGuestValue = raw.eval(id, guestExpression());
      rawNewList = raw.eval(id, python ? "lambda n: [None] * n" : "(n) => new Array(n)");
      rawNewDict = raw.eval(id, python ? "dict" : "() => ({})");
      rawBytesFromLatin1 =
          raw.eval(
              id,
              python
                  ? "lambda s: s.encode('latin-1')"
                  : "(s) => { const a = new Uint8Array(s.length);"
                      + " for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i); return a; }");
      Value v = rawToGuest();
      long size =
          v.hasArrayElements()
              ? v.getArraySize()
              : v.hasBufferElements()
                  ? v.getBufferSize()
                  : v.hasHashEntries() ? v.getHashSize() : v.getMemberKeys().size();
      boolean isNative = raw.eval(id, nativeCheck()).execute(v).asBoolean();
      check("raw GraalVM", rawToJava(), size, isNative);
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
  }

  private Object javaValue() {
    switch (shape) {
      case "list":
        List<Integer> list = new ArrayList<>(ELEMENTS);
        for (int i = 0; i < ELEMENTS; i++) {
          list.add(i);
        }
        return list;
      case "map":
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < ELEMENTS; i++) {
          map.put("key" + i, "value" + i);
        }
        return map;
      default:
        byte[] bytes = new byte[BYTES];
        for (int i = 0; i < BYTES; i++) {
          bytes[i] = (byte) i;
        }
        return bytes;
    }
  }

  /** The same value as {@link #javaValue()}, made in the guest. */
  private String guestExpression() {
    switch (shape) {
      case "list":
        return python ? "list(range(10000))" : "Array.from({length: 10000}, (_, i) => i)";
      case "map":
        return python
            ? "{'key%d' % i: 'value%d' % i for i in range(10000)}"
            : "Object.fromEntries(Array.from({length: 10000}, (_, i) => ['key' + i, 'value' + i]))";
      default:
        return python
            ? "bytes(range(256)) * 4096"
            : "Uint8Array.from({length: 1048576}, (_, i) => i & 255)";
    }
  }

  /** A guest function: is its argument the native value of this shape, no foreign wrapper? */
  private String nativeCheck() {
    switch (shape) {
      case "list":
        return python ? "lambda x: type(x) is list" : "(x) => Array.isArray(x)";
      case "map":
        return python
            ? "lambda x: type(x) is dict"
            : "(x) => Object.getPrototypeOf(x) === Object.prototype";
      default:
        return python ? "lambda x: type(x) is bytes" : "(x) => x instanceof Uint8Array";
    }
  }

  /**
   * Both directions give the expected value (a native guest value of the full size, a Java copy of
   * the same class and contents), so no side is timed doing less.
   */
  private void check(String who, Object toJava, long guestSize, boolean isNative) {
    boolean same =
        shape.equals("bytes")
            ? Arrays.equals((byte[]) toJava, (byte[]) javaValue)
            : toJava.equals(javaValue) && toJava.getClass() == javaValue.getClass();
    long expectedSize = shape.equals("bytes") ? BYTES : ELEMENTS;
    if (!same || guestSize != expectedSize || !isNative) {
      throw new IllegalStateException(
          who
              + " converts "
              + language
              + " "
              + shape
              + " wrongly: same value to Java "
              + same
              + ", guest size "
              + guestSize
              + " (expected "
              + expectedSize
              + "), native guest value "
              + isNative);
    }
  }

  // ---- Java to guest ----

  @Benchmark
  public Handle bridgeToGuest() {
    return context.toGuest(javaValue);
  }

  @Benchmark
  @SuppressWarnings("unchecked")
  public Value rawToGuest() {
    switch (shape) {
      case "list":
        List<Integer> list = (List<Integer>) javaValue;
        Value guestList = rawNewList.execute(list.size());
        for (int i = 0; i < list.size(); i++) {
          guestList.setArrayElement(i, list.get(i));
        }
        return guestList;
      case "map":
        Value dict = rawNewDict.execute();
        for (Map.Entry<String, String> e : ((Map<String, String>) javaValue).entrySet()) {
          if (python) {
            dict.putHashEntry(e.getKey(), e.getValue());
          } else {
            dict.putMember(e.getKey(), e.getValue());
          }
        }
        return dict;
      default:
        return rawBytesFromLatin1.execute(
            new String((byte[]) javaValue, StandardCharsets.ISO_8859_1));
    }
  }

  // ---- guest to Java ----

  @Benchmark
  public Object bridgeToJava() {
    switch (shape) {
      case "list":
        return guestValue.as(LIST);
      case "map":
        return guestValue.as(MAP);
      default:
        return guestValue.as(byte[].class);
    }
  }

  @Benchmark
  public Object rawToJava() {
    Value v = rawGuestValue;
    switch (shape) {
      case "list":
        int size = (int) v.getArraySize();
        List<Integer> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(v.getArrayElement(i).asInt());
        }
        return list;
      case "map":
        Map<String, String> map = new LinkedHashMap<>();
        if (python) {
          Value entries = v.getHashEntriesIterator();
          while (entries.hasIteratorNextElement()) {
            Value entry = entries.getIteratorNextElement();
            map.put(entry.getArrayElement(0).asString(), entry.getArrayElement(1).asString());
          }
        } else {
          for (String key : v.getMemberKeys()) {
            map.put(key, v.getMember(key).asString());
          }
        }
        return map;
      default:
        Value buffer = python ? v : v.getMember("buffer");
        long offset = python ? 0 : v.getMember("byteOffset").asLong();
        int length = (int) (python ? v.getBufferSize() : v.getMember("byteLength").asLong());
        byte[] out = new byte[length];
        buffer.readBuffer(offset, out, 0, length);
        return out;
    }
  }
}
