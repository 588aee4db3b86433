package dev.polybridge.maven.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/** Deleting a directory the plugin made, with a guard against deleting one it did not make. */
public final class FileTrees {
  private FileTrees() {}

  /**
   * Deletes {@code directory} and everything in it, if it is absent, empty or a runtime image, even
   * a half-linked one (it has {@code release}, {@code lib/modules} or {@code bin/java}).
   *
   * @throws IOException if {@code directory} holds something else: a mistyped output path must not
   *     cost the user their files
   */
  public static void deleteImage(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    boolean empty;
    try (Stream<Path> entries = Files.list(directory)) {
      empty = entries.findAny().isEmpty();
    }
    boolean image =
        Files.isRegularFile(directory.resolve("release"))
            || Files.isRegularFile(directory.resolve("lib").resolve("modules"))
            || Files.isRegularFile(directory.resolve("bin").resolve("java"));
    if (!empty && !image) {
      throw new IOException(
          directory
              + " exists and is not a runtime image (no release, lib/modules or bin/java), so it is not"
              + " deleted; choose an empty or new directory as <runtimeDirectory>");
    }
    Files.walkFileTree(
        directory,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
