package dev.polybridge.graal.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Memory bombs run by {@link MemoryBombMain} in forked JVMs with small heaps, so they cannot hurt
 * the rest of the suite: in both languages stopped by the allocation limit at -Xmx768m; and stopped
 * by the heap guard at -Xmx256m when the limit is out of reach. The JVM must survive and the heap
 * must come back once the context is closed. Both children start before the first test and run side
 * by side.
 */
class MemoryBombTest {
  static Child limit;
  static Child heapGuard;

  @BeforeAll
  static void startChildren() throws IOException {
    limit = new Child("768m", "limit");
    heapGuard = new Child("256m", "heap");
  }

  /** A JVM running {@link MemoryBombMain}, its output going to a file. */
  static final class Child {
    final String description;
    final Path output;
    final Process process;

    Child(String heap, String mode) throws IOException {
      description = "-Xmx" + heap + " " + mode;
      output = Files.createTempFile("polybridge-bomb-" + mode, ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx" + heap);
      command.addAll(inheritedFlags());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(MemoryBombMain.class.getName());
      command.add(mode);
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
    }

    /** Waits for the child; its check lines, after asserting it exited with 0. */
    List<String> checks() throws IOException, InterruptedException {
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.deleteIfExists(output);
      System.out.println(description + ":\n" + text);
      assertEquals(0, process.exitValue(), text);
      return text.lines()
          .filter(l -> l.startsWith("python: ") || l.startsWith("js: ") || l.equals("jvm alive"))
          .collect(Collectors.toList());
    }
  }

  /** Flags of this JVM the child needs too: the JIT on JDK 25, the stack size. */
  static List<String> inheritedFlags() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(
            a ->
                a.startsWith("--upgrade-module-path")
                    || a.startsWith("--enable-native-access")
                    || a.startsWith("--sun-misc-unsafe-memory-access")
                    || a.equals("-XX:+UnlockExperimentalVMOptions")
                    || a.equals("-XX:+EnableJVMCI")
                    || a.startsWith("-Xss"))
        .collect(Collectors.toList());
  }

  @Test
  void memoryBombIsStoppedAt64MibAndTheHeapComesBackWhenTheContextCloses()
      throws IOException, InterruptedException {
    assertEquals(
        List.of(
            "python: stopped by ALLOCATED_BYTES of 67108864 bytes",
            "python: context still usable",
            "python: heap back to baseline after close",
            "js: stopped by ALLOCATED_BYTES of 67108864 bytes",
            "js: context still usable",
            "js: heap back to baseline after close",
            "jvm alive"),
        limit.checks());
  }

  @Test
  void heapGuardStopsAMemoryBombWhoseLimitIsOutOfReach() throws IOException, InterruptedException {
    assertEquals(
        List.of(
            "js: stopped by ALLOCATED_BYTES of 1099511627776 bytes",
            "js: Guest code was stopped because the JVM's heap was nearly full, before its"
                + " maxAllocatedBytes of 1099511627776 bytes was reached. Give the JVM more heap"
                + " (-Xmx), or lower ContextOptions.maxAllocatedBytes(...) so that the limit stops"
                + " the guest first.",
            "js: heap back to baseline after close",
            "jvm alive"),
        heapGuard.checks());
  }
}
