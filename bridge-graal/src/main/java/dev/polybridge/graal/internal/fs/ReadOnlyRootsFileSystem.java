package dev.polybridge.graal.internal.fs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system of a sandboxed context: read-only, and only below the configured roots (the
 * Python path and JS module folders). Everything else looks like a permission error to the guest. A
 * symbolic link inside a root is followed (Debian links package data out of dist-packages, such as
 * babel's locale data); the guest cannot make links, so only the host's own links lead out. Wrapped
 * by GraalVM's internal-resource access, so the Python standard library (unpacked from the
 * python-resources jar) stays importable.
 */
public final class ReadOnlyRootsFileSystem extends RoutingFileSystem {
  private final FileSystem delegate =
      FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());
  private final List<Path> roots;

  private ReadOnlyRootsFileSystem(List<Path> roots) {
    this.roots =
        roots.stream()
            .flatMap(p -> java.util.stream.Stream.of(p.toAbsolutePath().normalize(), real(p)))
            .distinct()
            .toList();
  }

  /**
   * The sandbox file system: these roots, plus GraalVM's language resources (the Python home), all
   * read-only. GraalVM's resource access alone would let the guest write into the Python home,
   * which is a cache shared by every JVM of the user, so the read-only wrapper goes outside it.
   */
  public static FileSystem forRoots(List<Path> roots) {
    return FileSystem.newReadOnlyFileSystem(
        FileSystem.allowInternalResourceAccess(new ReadOnlyRootsFileSystem(roots)));
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  @Override
  FileSystem route(Path path, boolean write) throws IOException {
    Path given = delegate.toAbsolutePath(path);
    Path abs = given.normalize();
    Path real = Files.exists(abs) ? real(abs) : abs;
    // A link inside a root is followed, but a ".." in the path could climb out of its target.
    boolean lexical = given.equals(abs);
    for (Path root : roots) {
      if (real.startsWith(root) || (lexical && abs.startsWith(root))) {
        return delegate;
      }
    }
    throw new AccessDeniedException(
        path.toString(), null, "outside the folders this sandboxed context may read");
  }

  @Override
  FileSystem paths() {
    return delegate;
  }
}
