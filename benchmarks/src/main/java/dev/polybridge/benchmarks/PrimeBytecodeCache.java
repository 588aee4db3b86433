package dev.polybridge.benchmarks;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Fills Polybridge's bytecode cache with what {@link PythonImportStartupBenchmark} imports, as a
 * first run of an application would, so that the benchmark measures the runs after it. Waits until
 * the cache's background writer has stopped adding files. {@code run.sh} runs it before the import
 * groups.
 */
public final class PrimeBytecodeCache {
  private PrimeBytecodeCache() {}

  public static void main(String[] args) throws InterruptedException {
    Path folder;
    try (Bridge bridge =
        Bridge.builder().pythonPath(Path.of(PythonImportStartupBenchmark.DIST_PACKAGES)).build()) {
      GuestContext python = bridge.python();
      for (String modules : new String[] {"jinja2", "stdlib"}) {
        for (String name : PythonImportStartupBenchmark.names(modules)) {
          python.importModule(name);
        }
      }
      folder = Path.of(python.eval("__import__('sys').pycache_prefix").as(String.class));
      long count = -1;
      long now = count(folder);
      // The writer starts after imports have been quiet for a moment; wait until it is done.
      for (int waited = 0, stable = 0; stable < 3 && waited < 120; waited++) {
        Thread.sleep(1000);
        count = now;
        now = count(folder);
        stable = now == count && now > 0 ? stable + 1 : 0;
      }
      System.out.println("Bytecode cache " + folder + " holds " + now + " compiled modules");
    }
  }

  private static long count(Path folder) {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".pyc")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
