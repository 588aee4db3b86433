package dev.polybridge.graal.internal.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PythonBytecodeCache#close} lets go of the engine before it returns: a compiler context
 * being made when the bridge closes is closed unused once made, instead of being made or run on the
 * engine the bridge closes next.
 */
class PythonBytecodeCacheCloseTest {
  @TempDir Path sources;
  @TempDir Path cacheFolder;

  @Test
  void closeWaitsForTheCompilerContextBeingMadeAndClosesItUnused() throws Exception {
    CountDownLatch making = new CountDownLatch(1);
    CountDownLatch made = new CountDownLatch(1);
    AtomicReference<Context> compiler = new AtomicReference<>();
    PythonBytecodeCache cache =
        new PythonBytecodeCache(
            cacheFolder,
            () -> {
              making.countDown();
              awaitUninterruptibly(made);
              compiler.set(Context.create("js")); // stands in for the Python compiler context
              return compiler.get();
            });
    Path source = sources.resolve("not_cached.py");
    Files.writeString(source, "X = 1\n");
    cache.bytecodeSought(cache.folder().resolve("x/__pycache__/x.graalpy250-312.pyc"));
    cache.sourceRead(source);
    assertTrue(making.await(30, TimeUnit.SECONDS), "the writer started making its context");

    Thread closer = new Thread(cache::close, "closer");
    closer.start();
    while (closer.getState() != Thread.State.TIMED_WAITING) { // joining the writer
      assertTrue(closer.isAlive(), "close returned while the compiler context was being made");
      Thread.sleep(1);
    }
    made.countDown();
    closer.join();

    IllegalStateException used =
        assertThrows(IllegalStateException.class, () -> compiler.get().eval("js", "1"));
    assertEquals("The Context is already closed.", used.getMessage());
    assertEquals(List.of(), filesIn(cacheFolder));
  }

  private static List<Path> filesIn(Path folder) throws Exception {
    try (var walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // The test releases it.
      }
    }
  }
}
