package dev.polybridge.graal.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builder.pythonBytecodeCache: compiled modules are kept in the cache folder between bridges (as
 * between runs), written by Polybridge, never by guests, and never beside the sources.
 */
class PythonBytecodeCacheTest {
  @TempDir Path sources;
  @TempDir Path cache;

  private Bridge bridge(boolean bytecodeCache) {
    return Bridge.builder()
        .pythonPath(sources)
        .cacheDirectory(cache)
        .pythonBytecodeCache(bytecodeCache)
        .build();
  }

  /** Where Python keeps the bytecode of sources/name.py under the cache's prefix. */
  private Path cachedFile(GuestContext python, String name) {
    String tag = python.eval("__import__('sys').implementation.cache_tag").as(String.class);
    Path mirror = Path.of(sources.getRoot().relativize(sources).toString());
    return cache.resolve("python-bytecode").resolve(mirror).resolve(name + "." + tag + ".pyc");
  }

  private static void awaitFile(Path file) throws InterruptedException {
    for (int i = 0; i < 1200 && !Files.exists(file); i++) {
      Thread.sleep(100);
    }
    assertTrue(Files.exists(file), file + " was not written within 120 s");
  }

  @Test
  void aSecondBridgeRunsTheCachedBytecodeAndNothingIsWrittenBesideTheSources() throws Exception {
    Path module = sources.resolve("cached_mod.py");
    Files.writeString(module, "VALUE = 'one'\n");
    Files.setLastModifiedTime(module, FileTime.fromMillis(1_700_000_000_000L));
    Path cached;
    try (Bridge first = bridge(true)) {
      assertEquals("one", first.python().importModule("cached_mod").get("VALUE").as(String.class));
      cached = cachedFile(first.python(), "cached_mod");
      awaitFile(cached);
    }
    // Same size and modification time, other text: only the cached bytecode says 'one'.
    Files.writeString(module, "VALUE = 'two'\n");
    Files.setLastModifiedTime(module, FileTime.fromMillis(1_700_000_000_000L));
    try (Bridge second = bridge(true)) {
      assertEquals("one", second.python().importModule("cached_mod").get("VALUE").as(String.class));
    }
    try (Stream<Path> files = Files.list(sources)) {
      assertEquals(List.of(module), files.toList());
    }
  }

  @Test
  void sourcesChangedSinceTheyWereCachedAreCompiledAgain() throws Exception {
    Path module = sources.resolve("changed_mod.py");
    Files.writeString(module, "VALUE = 'old'\n");
    Files.setLastModifiedTime(module, FileTime.fromMillis(1_700_000_000_000L));
    try (Bridge first = bridge(true)) {
      first.python().importModule("changed_mod");
      awaitFile(cachedFile(first.python(), "changed_mod"));
    }
    Files.writeString(module, "VALUE = 'new'\n");
    Files.setLastModifiedTime(module, FileTime.fromMillis(1_700_000_100_000L));
    try (Bridge second = bridge(true)) {
      assertEquals(
          "new", second.python().importModule("changed_mod").get("VALUE").as(String.class));
    }
  }

  @Test
  void guestsCannotWriteTheCacheEvenWithFileAccess() throws Exception {
    Files.writeString(sources.resolve("plain_mod.py"), "X = 1\n");
    try (Bridge bridge = bridge(true)) {
      GuestContext python = bridge.python();
      python.importModule("plain_mod");
      Path cached = cachedFile(python, "plain_mod");
      awaitFile(cached);
      String write = "open(" + pyString(cached) + ", 'wb').write(b'planted')";
      String denied = "PermissionError: [Errno 13] Permission denied: '" + cached + "'";
      GuestException sandboxed = assertThrows(GuestException.class, () -> python.eval(write));
      assertEquals(denied, sandboxed.getMessage());
      try (GuestContext withFiles =
          bridge.newContext(Language.PYTHON, ContextOptions.builder().allowIO(true).build())) {
        GuestException io = assertThrows(GuestException.class, () -> withFiles.eval(write));
        assertEquals(denied, io.getMessage());
      }
      assertFalse(
          new String(Files.readAllBytes(cached), StandardCharsets.ISO_8859_1).contains("planted"));
    }
  }

  @Test
  void sandboxedGuestsReadOnlyTheBytecodeOfFoldersTheyMayRead() throws Exception {
    Path elsewhere = cache.resolve("python-bytecode").resolve("not-on-the-path");
    Files.createDirectories(elsewhere);
    Path foreign = elsewhere.resolve("secret.graalpy.pyc");
    Files.writeString(foreign, "secret");
    try (Bridge bridge = bridge(true)) {
      GuestException e =
          assertThrows(
              GuestException.class,
              () -> bridge.python().eval("open(" + pyString(foreign) + ", 'rb').read()"));
      assertEquals(
          "PermissionError: [Errno 13] Permission denied: '" + foreign + "'", e.getMessage());
    }
  }

  @Test
  void turnedOffNothingIsCached() throws Exception {
    Files.writeString(sources.resolve("uncached_mod.py"), "X = 2\n");
    try (Bridge bridge = bridge(false)) {
      assertEquals(
          2, bridge.python().importModule("uncached_mod").get("X").as(Integer.class).intValue());
      assertEquals(
          "None", bridge.python().eval("repr(__import__('sys').pycache_prefix)").as(String.class));
    }
    assertFalse(Files.exists(cache.resolve("python-bytecode")));
  }

  private static String pyString(Path path) throws IOException {
    return "'" + path.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
