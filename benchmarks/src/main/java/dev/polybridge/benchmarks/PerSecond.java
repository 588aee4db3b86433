package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.util.List;
import java.util.Locale;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;

/**
 * How many operations one variant does in each second of a fresh JVM, outside JMH (issue 13): the
 * series users feel while the JIT is still compiling. One variant per JVM, so no variant warms up
 * another; {@code benchmarks/per-second.sh} runs them one after the other and {@link
 * PerSecondTable} puts the series side by side.
 *
 * <pre>
 * java $(cat benchmarks/target/jvm-flags.txt) -cp ... dev.polybridge.benchmarks.PerSecond \
 *     evalIsolated 30
 * </pre>
 *
 * <p>Variants, isolated JS snippets ({@code "6 * 7"}): {@code raw-isolated} (exactly {@code try
 * (Context c = Context.newBuilder("js").engine(sharedEngine).build()) { c.eval("js", "6 *
 * 7").asInt(); }}), {@code evalIsolated} ({@code bridge.evalIsolated(JS, "6 * 7", Integer.class)}),
 * {@code newContext} ({@code newContext(JS)} + {@code eval} + {@code close}). Calls, {@code
 * <kind>-call-js} and {@code <kind>-call-python}: {@code raw} ({@code f.execute(x).asInt()} on
 * {@code ctx.eval(lang, "(x) => x + 1")} in {@code Context.newBuilder("js", "python").build()}),
 * {@code handle} ({@code Handle.call(x).as(int.class)} on the same source in {@code bridge.js()} /
 * {@code bridge.python()}), {@code proxy} ({@code inc(x)} on a Java interface bound to an object
 * whose {@code inc} is that function); the functions are {@link CallCode}'s.
 *
 * <p>The clock starts when {@code main} starts, before the engine or bridge is made, so the first
 * seconds include creating the engine (or bridge), the first context and compiling the function, as
 * they do for a user. Every result is checked. Output: {@code # set-up done after <ms> ms} (the
 * engine or bridge, context and function made; the first operations may still be slow), one line
 * {@code <second> <count>} per second, then {@code # total}.
 */
public final class PerSecond {
  /** Every variant, in the order {@code per-second.sh} runs them. */
  static final List<String> VARIANTS =
      List.of(
          "raw-isolated",
          "evalIsolated",
          "newContext",
          "raw-call-js",
          "handle-call-js",
          "proxy-call-js",
          "raw-call-python",
          "handle-call-python",
          "proxy-call-python");

  /** One operation: given a varying int, returns what the guest computed. */
  private interface Op {
    int run(int x);
  }

  /** An operation, what it must return for {@code x}, and what to close afterwards. */
  private record Subject(Op op, boolean increments, AutoCloseable resource) {}

  private PerSecond() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    if (args.length < 1 || !VARIANTS.contains(args[0])) {
      System.err.println("usage: PerSecond VARIANT [SECONDS, default 30]; variants: " + VARIANTS);
      System.exit(2);
    }
    String variant = args[0];
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Subject subject = subject(variant);
    long ready = System.nanoTime();
    long[] counts = run(subject, t0, seconds);
    subject.resource().close();
    System.out.println("# variant " + variant);
    System.out.printf(Locale.ROOT, "%s%d ms%n", PerSecondTable.SET_UP, (ready - t0) / 1_000_000L);
    long total = 0;
    for (int s = 0; s < counts.length; s++) {
      System.out.println((s + 1) + " " + counts[s]);
      total += counts[s];
    }
    System.out.printf(
        Locale.ROOT, "# total %d operations in %d s, every result checked%n", total, seconds);
  }

  /** Runs the operation until {@code seconds} after {@code t0}, counting per second. */
  private static long[] run(Subject subject, long t0, int seconds) {
    long[] counts = new long[seconds];
    long end = t0 + seconds * 1_000_000_000L;
    Op op = subject.op();
    boolean increments = subject.increments();
    // The clock is read once per batch, not per call (a read costs about as much as a fast call);
    // the batch grows while it takes under a millisecond, so a second's count is off by at most
    // a few milliseconds' worth of operations.
    int batch = 1;
    int x = 0;
    long now = System.nanoTime();
    while (now < end) {
      long batchStart = now;
      for (int i = 0; i < batch; i++) {
        int arg = x++ & 1023;
        int r = op.run(arg);
        if (r != (increments ? arg + 1 : IsolatedJsBenchmark.EXPECTED)) {
          throw new IllegalStateException("got " + r + " for " + arg);
        }
      }
      now = System.nanoTime();
      int second = (int) ((now - t0) / 1_000_000_000L);
      if (second < seconds) {
        counts[second] += batch;
      }
      long took = now - batchStart;
      if (took < 1_000_000L && batch < (1 << 16)) {
        batch *= 2;
      } else if (took > 4_000_000L && batch > 1) {
        batch /= 2;
      }
    }
    return counts;
  }

  private static Subject subject(String variant) {
    switch (variant) {
      case "raw-isolated":
        {
          Engine sharedEngine = Engine.newBuilder("js").build();
          JitCheck.verify(sharedEngine);
          return new Subject(
              x -> {
                try (Context c = Context.newBuilder("js").engine(sharedEngine).build()) {
                  return c.eval("js", IsolatedJsBenchmark.SNIPPET).asInt();
                }
              },
              false,
              sharedEngine);
        }
      case "evalIsolated":
        {
          Bridge bridge = Bridge.create();
          JitCheck.verify(bridge.runtime());
          return new Subject(
              x -> bridge.evalIsolated(Language.JS, IsolatedJsBenchmark.SNIPPET, Integer.class),
              false,
              bridge);
        }
      case "newContext":
        {
          Bridge bridge = Bridge.create();
          JitCheck.verify(bridge.runtime());
          return new Subject(
              x -> {
                try (GuestContext c = bridge.newContext(Language.JS)) {
                  return c.eval(IsolatedJsBenchmark.SNIPPET).as(Integer.class);
                }
              },
              false,
              bridge);
        }
      default:
        return call(variant);
    }
  }

  private static Subject call(String variant) {
    String kind = variant.substring(0, variant.indexOf('-'));
    String language = variant.substring(variant.lastIndexOf('-') + 1);
    boolean python = language.equals("python");
    if (kind.equals("raw")) {
      Context ctx = Context.newBuilder("js", "python").build();
      JitCheck.verify(ctx.getEngine());
      Value f = ctx.eval(language, CallCode.inc(python));
      return new Subject(x -> f.execute(x).asInt(), true, ctx);
    }
    Bridge bridge = Bridge.create();
    JitCheck.verify(bridge.runtime());
    GuestContext context = python ? bridge.python() : bridge.js();
    if (kind.equals("handle")) {
      Handle f = context.eval(CallCode.inc(python));
      return new Subject(x -> f.call(x).as(int.class), true, bridge);
    }
    CallCode.Api api = context.eval(CallCode.api(python)).as(CallCode.Api.class);
    return new Subject(api::inc, true, bridge);
  }
}
