package dev.polybridge.examples;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.ExecutionTimeoutException;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import java.time.Duration;
import java.util.List;

/**
 * Runs JavaScript snippets in isolated, sandboxed contexts, the way one would run untrusted or
 * per-user code.
 *
 * <p>Each {@link Bridge#newContext(Language)} has its own global object, so nothing one snippet
 * defines is visible to another; {@link Bridge#evalIsolated} is the one-shot form of the same; and
 * a {@link ContextOptions#builder() timeout} stops a snippet that never returns.
 */
public final class IsolatedJsDemo {
  private IsolatedJsDemo() {}

  /** Runs the demo on its own bridge. */
  public static void main(String[] args) {
    try (Bridge bridge = Examples.newBridge()) {
      run(bridge);
    }
  }

  /** Shows isolation between contexts, one-shot snippets and a timeout. */
  static void run(Bridge bridge) {
    isolation(bridge);
    oneShot(bridge);
    timeout(bridge);
  }

  private static void isolation(Bridge bridge) {
    try (GuestContext first = bridge.newContext(Language.JS);
        GuestContext second = bridge.newContext(Language.JS)) {
      first.exec("var secret = 42;");
      System.out.println("first context:  secret = " + first.eval("secret").as(Integer.class));
      System.out.println(
          "second context: typeof secret = " + second.eval("typeof secret").as(String.class));
    }
  }

  private static void oneShot(Bridge bridge) {
    // A raw List is all a Class can ask for; the elements come back as their natural Java type.
    List<?> doubled = bridge.evalIsolated(Language.JS, "[1,2,3].map(x => x * 2)", List.class);
    System.out.println("evalIsolated [1,2,3].map(x => x * 2) = " + doubled);
    int answer = bridge.evalIsolated(Language.JS, "6 * 7", Integer.class);
    System.out.println("evalIsolated 6 * 7 = " + answer);
  }

  private static void timeout(Bridge bridge) {
    ContextOptions limited = ContextOptions.builder().timeout(Duration.ofMillis(500)).build();
    try (GuestContext js = bridge.newContext(Language.JS, limited)) {
      try {
        js.eval("while (true) {}");
        System.out.println("the endless loop returned, which it never should");
      } catch (ExecutionTimeoutException e) {
        System.out.println("while (true) {} stopped after " + e.timeout().toMillis() + " ms");
      }
      // The timeout interrupts only the runaway snippet; the context itself is still usable.
      System.out.println("same context afterwards: 1 + 1 = " + js.eval("1 + 1").as(Integer.class));
    }
  }
}
