package dev.polybridge.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {
  @TempDir Path dir;
  private Path image;
  private Path app;
  private Path lib;
  private AotCache cache;
  private AotCache.Training training;

  @BeforeEach
  void trainedImage() throws IOException {
    image = Files.createDirectories(dir.resolve("runtime"));
    app = Files.writeString(dir.resolve("app.jar"), "app");
    lib = Files.writeString(dir.resolve("lib.jar"), "lib");
    Files.setLastModifiedTime(app, FileTime.fromMillis(1_000_000_000_000L));
    Files.setLastModifiedTime(lib, FileTime.fromMillis(1_000_000_000_000L));
    cache = new AotCache(image);
    training =
        new AotCache.Training(
            "com.example.Main", List.of("--once"), List.of("-Xss4m"), List.of(app, lib));
  }

  private void install() throws IOException {
    Path output = Files.writeString(dir.resolve("app.aot.training"), "cache");
    cache.install(output, training);
  }

  @Test
  void anImageWithoutACacheMustBeTrained() throws IOException {
    assertEquals("there is no AOT cache yet", cache.staleness(training));
  }

  @Test
  void aCacheIsCurrentForTheTrainingItRecorded() throws IOException {
    install();
    assertNull(cache.staleness(training));
    assertEquals(image.resolve("lib/polybridge/app.aot"), cache.file());
    assertEquals("cache", Files.readString(cache.file()));
    assertEquals(app + ":" + lib + "\n", Files.readString(cache.classpathFile()));
  }

  @Test
  void anotherClassPathMainClassArgumentOrOptionMakesItStale() throws IOException {
    install();
    String changed = "the training run changed (main class, arguments, JVM options or class path)";
    assertEquals(
        changed,
        cache.staleness(
            new AotCache.Training(
                "com.example.Main", List.of("--once"), List.of("-Xss4m"), List.of(app))));
    assertEquals(
        changed,
        cache.staleness(
            new AotCache.Training(
                "com.example.Other", List.of("--once"), List.of("-Xss4m"), List.of(app, lib))));
    assertEquals(
        changed,
        cache.staleness(
            new AotCache.Training(
                "com.example.Main", List.of(), List.of("-Xss4m"), List.of(app, lib))));
    assertEquals(
        changed,
        cache.staleness(
            new AotCache.Training(
                "com.example.Main", List.of("--once"), List.of(), List.of(app, lib))));
  }

  @Test
  void aJarRebuiltAfterTheCacheMakesItStale() throws IOException {
    install();
    Files.setLastModifiedTime(
        lib, FileTime.fromMillis(Files.getLastModifiedTime(cache.file()).toMillis() + 2000));
    assertEquals(lib + " changed after the cache was written", cache.staleness(training));
  }

  @Test
  void deletingLeavesNoCacheBehind() throws IOException {
    install();
    cache.delete();
    assertFalse(Files.exists(cache.file()));
    assertFalse(Files.exists(cache.classpathFile()));
    assertEquals("there is no AOT cache yet", cache.staleness(training));
  }

  @Test
  void theTrainingRunIsTheImagesJavaWritingTheCache() {
    assertEquals(
        List.of(
            image.resolve("bin/java").toString(),
            "-Xss4m",
            "-XX:AOTCacheOutput=/out/app.aot.training",
            "-cp",
            app + ":" + lib,
            "com.example.Main",
            "--once"),
        cache.trainingCommand(training, Path.of("/out/app.aot.training")));
  }
}
