package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.ContextPool;
import dev.polybridge.Language;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of a {@link ContextPool} of two contexts used by one thread and by two threads: each
 * operation borrows a context, evaluates a small loop (1,000 multiply-adds) and converts the
 * result. On 2 cores, two threads can at best double the one-thread throughput; the JIT compiler
 * threads compete with them for the same cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PoolThroughputBenchmark {
  static final int POOL_SIZE = 2;
  static final int EXPECTED = 332_833_500;

  @Param({"js", "python"})
  public String language;

  private String snippet;
  private Bridge bridge;
  private ContextPool pool;

  @Setup
  public void setUp() {
    Language lang = language.equals("python") ? Language.PYTHON : Language.JS;
    snippet =
        lang == Language.PYTHON
            ? "sum(i * i for i in range(1000))"
            : "(() => { let s = 0; for (let i = 0; i < 1000; i++) { s += i * i; } return s; })()";
    bridge = Bridge.create();
    JitCheck.verify(bridge.runtime());
    pool = bridge.pool(lang, POOL_SIZE);
    for (int i = 0; i < POOL_SIZE; i++) {
      if (work() != EXPECTED) {
        throw new IllegalStateException("the pool snippet returned a wrong result");
      }
    }
  }

  @TearDown
  public void tearDown() {
    bridge.close();
  }

  private int work() {
    return pool.apply(context -> context.eval(snippet).as(Integer.class));
  }

  @Benchmark
  @Threads(1)
  public int oneThread() {
    return work();
  }

  @Benchmark
  @Threads(2)
  public int twoThreads() {
    return work();
  }
}
