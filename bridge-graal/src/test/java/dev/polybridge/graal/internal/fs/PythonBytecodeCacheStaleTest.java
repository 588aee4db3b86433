package dev.polybridge.graal.internal.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which sources {@link PythonBytecodeCache} would compile: only those whose bytecode under the
 * cache tag GraalPy looked for is missing or older, so a run whose imports are all cached starts no
 * compiler context.
 */
class PythonBytecodeCacheStaleTest {
  private static final FileTime SOURCE_TIME = FileTime.fromMillis(1_700_000_000_000L);

  @TempDir Path sources;
  @TempDir Path cacheFolder;

  private PythonBytecodeCache cache;
  private Path fresh;
  private Path older;
  private Path missing;

  @BeforeEach
  void makeSourcesAndBytecode() throws Exception {
    cache =
        new PythonBytecodeCache(
            cacheFolder,
            () -> {
              throw new IllegalStateException("no compiler context in this test");
            });
    fresh = source("fresh_mod.py");
    older = source("__init__.py");
    missing = source("missing_mod.py");
    bytecode("fresh_mod.graalpy250-312.pyc", SOURCE_TIME);
    bytecode("__init__.graalpy250-312.pyc", FileTime.fromMillis(SOURCE_TIME.toMillis() - 1000));
    bytecode("missing_mod.graalpy240-311.pyc", SOURCE_TIME); // another GraalPy's
  }

  @AfterEach
  void close() {
    cache.close();
  }

  private Path source(String name) throws Exception {
    Path p = sources.resolve(name);
    Files.writeString(p, "X = 1\n");
    Files.setLastModifiedTime(p, SOURCE_TIME);
    return p;
  }

  private Path mirror() {
    return cache.folder().resolve(sources.getRoot().relativize(sources).toString());
  }

  private void bytecode(String name, FileTime time) throws Exception {
    Files.createDirectories(mirror());
    Path p = mirror().resolve(name);
    Files.writeString(p, "bytecode");
    Files.setLastModifiedTime(p, time);
  }

  @Test
  void beforeGraalPyLooksForBytecodeEverySourceIsStale() {
    assertEquals(List.of(fresh, older, missing), cache.stale(List.of(fresh, older, missing)));
  }

  @Test
  void withTheTagOnlyMissingAndOlderBytecodeIsStale() {
    cache.bytecodeSought(mirror().resolve("anything.graalpy250-312.pyc"));

    assertEquals(List.of(older, missing), cache.stale(List.of(fresh, older, missing)));
  }

  @Test
  void theTagOfOptimizedBytecodeIsTheSame() {
    cache.bytecodeSought(mirror().resolve("anything.graalpy250-312.opt-1.pyc"));

    assertEquals(List.of(older, missing), cache.stale(List.of(fresh, older, missing)));
  }

  @Test
  void namesThatAreNotBytecodeTellNoTag() {
    cache.bytecodeSought(mirror());
    cache.bytecodeSought(mirror().resolve("notes.txt"));
    cache.bytecodeSought(mirror().resolve("plain.pyc"));

    assertEquals(List.of(fresh, older, missing), cache.stale(List.of(fresh, older, missing)));
  }

  @Test
  void theFirstTagSoughtIsKept() {
    cache.bytecodeSought(mirror().resolve("a.graalpy250-312.pyc"));
    cache.bytecodeSought(mirror().resolve("b.graalpy240-311.pyc"));

    assertEquals(List.of(older, missing), cache.stale(List.of(fresh, older, missing)));
  }
}
