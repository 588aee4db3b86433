package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;

/**
 * Where an isolated JS snippet's time goes: {@code newContext}, {@code eval} and {@code close} of
 * one sandboxed JS context per snippet, in a loop on one thread for the given seconds (default 40),
 * printing the mean of each phase per 500 snippets. JMH's {@code IsolatedJsBenchmark} gives the
 * totals; this shows the split and how long the JIT takes to reach it.
 */
public final class ContextPhases {
  private static final int BATCH = 500;

  private ContextPhases() {}

  public static void main(String[] args) {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 40;
    try (Bridge bridge = Bridge.create()) {
      long create = 0;
      long eval = 0;
      long close = 0;
      int n = 0;
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      while (System.nanoTime() < end) {
        long t0 = System.nanoTime();
        GuestContext context = bridge.newContext(Language.JS);
        long t1 = System.nanoTime();
        context.eval(IsolatedJsBenchmark.SNIPPET).as(Integer.class);
        long t2 = System.nanoTime();
        context.close();
        long t3 = System.nanoTime();
        create += t1 - t0;
        eval += t2 - t1;
        close += t3 - t2;
        if (++n % BATCH == 0) {
          System.out.printf(
              "%,d snippets: newContext %,d µs, eval %,d µs, close %,d µs%n",
              n, create / 1000 / BATCH, eval / 1000 / BATCH, close / 1000 / BATCH);
          create = eval = close = 0;
        }
      }
      System.out.printf("%,d snippets in %d s: %,d per second%n", n, seconds, n / seconds);
    }
  }
}
