package dev.polybridge.graal.isolation;

import dev.polybridge.Bridge;
import dev.polybridge.Language;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** What the isolation tests share: fixture folders, a bridge that can import them, measurements. */
final class Isolation {
  private Isolation() {}

  /** A folder under {@code src/test/resources/escapes}, such as {@code "support"}. */
  static Path resource(String name) {
    URL url = Isolation.class.getResource("/escapes/" + name);
    if (url == null) {
      throw new IllegalStateException("test resource /escapes/" + name + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A bridge whose Python path and JS module folder hold the isolation support modules. */
  static Bridge newBridge(OutputStream stdout, OutputStream stderr) {
    return Bridge.builder()
        .pythonPath(resource("support"))
        .jsModulePath(resource("support"))
        .stdout(stdout)
        .stderr(stderr)
        .build();
  }

  /** The name under which {@code importModule} finds the support module of {@code language}. */
  static String supportModule(Language language) {
    return language == Language.PYTHON ? "isolation_support" : "./isolation_support.js";
  }

  /** {@code snake_case} as the language spells it: unchanged for Python, camelCase for JS. */
  static String name(Language language, String snake) {
    if (language == Language.PYTHON) {
      return snake;
    }
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** Used heap after the collector has had a few goes, in bytes. */
  static long heapAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      sleep(Duration.ofMillis(100));
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Waits up to {@code limit} for {@code condition}; whether it became true. */
  static boolean await(BooleanSupplier condition, Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      sleep(Duration.ofMillis(20));
    }
    return true;
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The live threads whose names start with {@code prefix}. */
  static Set<Thread> threadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(prefix) && t.isAlive())
        .collect(Collectors.toCollection(HashSet::new));
  }

  /** Whether this JDK has virtual threads (21 and later). */
  static boolean virtualThreadsAvailable() {
    return Runtime.version().feature() >= 21;
  }

  /**
   * Starts {@code task} on a new virtual thread. Reflection keeps the tests compiling for Java 17;
   * call only when {@link #virtualThreadsAvailable()}.
   */
  static Thread startVirtualThread(Runnable task) {
    try {
      Method start = Thread.class.getMethod("startVirtualThread", Runnable.class);
      return (Thread) start.invoke(null, task);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "virtual threads are not available on " + Runtime.version(), e);
    }
  }

  /** Whether {@code thread} is virtual (false on JDKs without virtual threads). */
  static boolean isVirtual(Thread thread) {
    try {
      return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
