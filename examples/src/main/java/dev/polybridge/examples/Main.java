package dev.polybridge.examples;

import dev.polybridge.Bridge;
import dev.polybridge.RuntimeInfo;

/**
 * Runs every example in order on one bridge: {@link GreetDemo}, {@link StdlibDemo}, {@link
 * IsolatedJsDemo}, {@link TypedBindingsDemo}.
 *
 * <p>One bridge is shared because a bridge's first Python context costs seconds to start and later
 * use is cheap. Each demo also has its own {@code main} for running it alone.
 */
public final class Main {
  private Main() {}

  /** Prints the runtime, then each demo under a header. */
  public static void main(String[] args) {
    try (Bridge bridge = Examples.newBridge()) {
      RuntimeInfo runtime = bridge.runtime();
      System.out.println(
          "Polybridge runtime: backend="
              + runtime.backend()
              + ", version="
              + runtime.version()
              + ", optimizing="
              + runtime.optimizing()
              + ", jdk="
              + runtime.jdk());
      if (!runtime.optimizing()) {
        // Worth saying, because interpreted guest code is many times slower than compiled code.
        System.out.println(
            "(guest code is interpreted, not JIT-compiled; see README.md, \"Turning on the JIT\")");
      }

      Examples.header("GreetDemo: a function from src/main/python/my_module.py");
      GreetDemo.run(bridge);

      Examples.header("StdlibDemo: Python's standard library on Java values");
      StdlibDemo.run(bridge);

      Examples.header("IsolatedJsDemo: JavaScript snippets in isolated contexts");
      IsolatedJsDemo.run(bridge);

      Examples.header(
          "TypedBindingsDemo: generated Java bindings for src/main/python/shop_inventory.py");
      TypedBindingsDemo.run(bridge);
    }
  }
}
