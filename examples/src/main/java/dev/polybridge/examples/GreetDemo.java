package dev.polybridge.examples;

import dev.polybridge.Bridge;
import dev.polybridge.Handle;

/**
 * Calls a function of the project's own Python module, {@code src/main/python/my_module.py}, from
 * Java.
 *
 * <p>The module is importable because {@link Examples#newBridge()} puts its directory on the
 * bridge's Python path; {@code greet} takes {@code *greeters}, so the Java varargs arrive as
 * separate positional arguments.
 */
public final class GreetDemo {
  private GreetDemo() {}

  /** Runs the demo on its own bridge. */
  public static void main(String[] args) {
    try (Bridge bridge = Examples.newBridge()) {
      run(bridge);
    }
  }

  /** Imports {@code my_module} and prints {@code greet("hello from %s", ...)}. */
  static void run(Bridge bridge) {
    Handle myModule = bridge.python().importModule("my_module");
    String greeting =
        myModule.invoke("greet", "hello from %s", "python", "javascript").as(String.class);
    System.out.println(greeting);
  }
}
