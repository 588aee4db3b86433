package dev.polybridge.benchmarks;

import dev.polybridge.RuntimeInfo;
import org.graalvm.polyglot.Engine;

/**
 * Makes a JMH fork fail loudly when it runs guest code in a mode other than the one asked for, so a
 * run started without the Graal compiler never passes interpreter numbers off as JIT numbers.
 *
 * <p>{@code -Dpolybridge.requireJit=true} (set by {@code benchmarks/run.sh} for every JIT run)
 * needs JIT-compiled guest code; {@code -Dpolybridge.requireInterpreter=true} (the "without the
 * JIT" start-up runs) needs the interpreter.
 */
public final class JitCheck {
  /** Set to {@code true} to fail any benchmark whose guest code is not JIT-compiled. */
  public static final String REQUIRE_JIT = "polybridge.requireJit";

  /** Set to {@code true} to fail any benchmark whose guest code is JIT-compiled. */
  public static final String REQUIRE_INTERPRETER = "polybridge.requireInterpreter";

  private JitCheck() {}

  /** Checks a bridge's runtime; call it from a {@code @Setup} or {@code @TearDown}. */
  public static void verify(RuntimeInfo runtime) {
    verify(
        runtime.optimizing(), "Polybridge (" + runtime.backend() + ", JDK " + runtime.jdk() + ")");
  }

  /** Checks an engine made for a raw GraalVM baseline. */
  public static void verify(Engine engine) {
    verify(
        !"Interpreted".equals(engine.getImplementationName()),
        "the raw GraalVM engine (" + engine.getImplementationName() + ")");
  }

  private static void verify(boolean optimizing, String what) {
    if (Boolean.getBoolean(REQUIRE_JIT) && !optimizing) {
      throw new IllegalStateException(
          what
              + " runs guest code in the interpreter, but -D"
              + REQUIRE_JIT
              + "=true: this JMH fork was started without the Graal compiler. Run"
              + " benchmarks/run.sh on Temurin 25; it builds with the jdk25-jit profile and hands"
              + " every fork the polybridge:jit argument file (@target/polybridge/jvm.args, named in"
              + " target/jvm-flags.txt).");
    }
    if (Boolean.getBoolean(REQUIRE_INTERPRETER) && optimizing) {
      throw new IllegalStateException(
          what
              + " JIT-compiles guest code, but -D"
              + REQUIRE_INTERPRETER
              + "=true: a \"without the JIT\" fork must not get the Graal compiler flags.");
    }
  }
}
