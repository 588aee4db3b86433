package dev.polybridge.graal.isolation;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import dev.polybridge.ResourceLimitException;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Runs a memory bomb in a JVM of its own, started by {@link MemoryBombTest} with a small heap, so a
 * failure cannot hurt the rest of the suite. Prints one line per check and exits with 0 when every
 * check passed.
 *
 * <ul>
 *   <li>{@code limit}: the bomb runs with {@code maxAllocatedBytes} of 64 MiB and must be stopped
 *       by it; the context still works; once closed, the heap is back to where it was.
 *   <li>{@code heap}: the bomb runs (in JavaScript) with a limit far above the heap, so only the
 *       heap guard can stop it before an {@link OutOfMemoryError}.
 * </ul>
 */
public final class MemoryBombMain {
  static final long MIB = 1L << 20;
  static final long LIMIT = 64 * MIB;
  static final long HEAP_ONLY = 1L << 40;

  private MemoryBombMain() {}

  public static void main(String[] args) {
    boolean heapOnly = "heap".equals(args[0]);
    boolean ok = true;
    try (Bridge bridge =
        Isolation.newBridge(new ByteArrayOutputStream(), new ByteArrayOutputStream())) {
      // The heap guard does not depend on the language: JavaScript alone keeps this run short.
      for (Language language : heapOnly ? List.of(Language.JS) : List.of(Language.values())) {
        ok &= bomb(bridge, language, heapOnly ? HEAP_ONLY : LIMIT);
      }
    }
    System.out.println("jvm alive");
    System.exit(ok ? 0 : 1);
  }

  private static boolean bomb(Bridge bridge, Language language, long limit) {
    String name = language.id();
    String bomb =
        language == Language.PYTHON
            ? "a = []\nwhile True:\n    a.append([1.5] * 100000)"
            : "var a = []; while (true) { a.push(new Array(100000).fill(1.5)); }";
    // The same bomb once before the baseline, so what the language caches and the JIT compiles
    // for it on JDK 25 is not counted as the bomb's.
    try (GuestContext warmUp =
        bridge.newContext(language, ContextOptions.builder().maxAllocatedBytes(LIMIT).build())) {
      warmUp.exec(bomb);
    } catch (ResourceLimitException expected) {
      // stopped, as it should be
    }
    long baseline = Isolation.heapAfterGc();
    ContextOptions options = ContextOptions.builder().maxAllocatedBytes(limit).build();
    GuestContext context = bridge.newContext(language, options);
    boolean ok = true;
    try {
      context.exec(bomb);
      System.out.println(name + ": not stopped");
      ok = false;
    } catch (ResourceLimitException e) {
      System.out.println(name + ": stopped by " + e.limit() + " of " + e.value() + " bytes");
      if (limit != LIMIT) {
        System.out.println(name + ": " + e.getMessage());
      }
    }
    long retained = Isolation.heapAfterGc() - baseline;
    String size = language == Language.PYTHON ? "len(a)" : "a.length";
    if (limit == LIMIT) {
      // With the heap far from full, the context is usable after the stop.
      int arrays = context.eval(size).as(Integer.class);
      System.out.println(name + ": context still usable");
      System.out.printf(
          "measured: %s retained %d MiB in %d arrays when stopped%n", name, retained / MIB, arrays);
    } else {
      System.out.printf("measured: %s retained %d MiB when stopped%n", name, retained / MIB);
    }
    context.close();
    context = null;
    long growth = Isolation.heapAfterGc() - baseline;
    System.out.printf(
        "measured: %s heap growth after close %.1f MiB%n", name, growth / (double) MIB);
    // The bomb held 80-120 MiB. What may remain is noise: on JDK 25 the JIT's metadata for the
    // guest code varies by up to ~25 MiB between runs; interpreted it is under 8 MiB.
    if (growth < 32 * MIB) {
      System.out.println(name + ": heap back to baseline after close");
    } else {
      System.out.println(name + ": heap grew by " + growth / MIB + " MiB after close");
      ok = false;
    }
    return ok;
  }
}
