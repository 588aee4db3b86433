package dev.polybridge.examples;

import dev.polybridge.Bridge;
import dev.polybridge.RuntimeInfo;

/**
 * Exits with status 1 unless guest code is JIT-compiled in this JVM: CI runs it on JDK 25 with the
 * {@code polybridge:jit} argument file and on the {@code polybridge:runtime} image (no flags) to
 * prove the README's JIT set-ups work.
 */
public final class JitCheck {
  private JitCheck() {}

  /** Prints the runtime and fails unless it is optimizing. */
  public static void main(String[] args) {
    try (Bridge bridge = Bridge.create()) {
      RuntimeInfo runtime = bridge.runtime();
      // Run guest code once so the check covers a real call, not only the engine's name.
      int answer = bridge.js().eval("6 * 7").as(Integer.class);
      System.out.println("JIT check: " + runtime + ", 6 * 7 = " + answer);
      if (!runtime.optimizing() || answer != 42) {
        System.err.println(
            "JIT check failed: guest code is not JIT-compiled. Run on JDK 25 with the"
                + " polybridge:jit argument file or on the polybridge:runtime image (see README.md,"
                + " \"Turning on the JIT\").");
        System.exit(1);
      }
    }
  }
}
