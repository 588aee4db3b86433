package dev.polybridge.graal.internal.lang.python;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A bridge's private folder for the copies of GraalPy's native modules that contexts with {@code
 * allowNativeModules} load (see {@link NativeModuleFiles}). Made on first use, readable by the
 * JVM's user alone, deleted when the bridge closes.
 *
 * <p>Thread-safety: safe for use from any thread.
 */
public final class NativeModuleFolder implements AutoCloseable {
  private Path path;

  /** The folder, made now if this is the first call. */
  public synchronized Path path() {
    if (path == null) {
      try {
        Path made;
        try {
          made =
              Files.createTempDirectory(
                  "polybridge-native-",
                  PosixFilePermissions.asFileAttribute(
                      PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
          made = Files.createTempDirectory("polybridge-native-");
        }
        path = made.toRealPath();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot create a folder for native modules", e);
      }
    }
    return path;
  }

  /** Deletes the folder and whatever GraalPy left in it. */
  @Override
  public synchronized void close() {
    if (path == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A library still mapped by a context being cancelled: the OS cleans the temp folder.
    }
    path = null;
  }
}
