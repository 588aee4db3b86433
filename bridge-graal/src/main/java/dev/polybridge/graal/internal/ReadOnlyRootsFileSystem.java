package dev.polybridge.graal.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system of a sandboxed context: read-only, and only below the configured roots (the
 * Python path and JS module folders). Everything else looks like a permission error to the guest.
 * Wrapped by GraalVM's internal-resource access, so the Python standard library (unpacked from the
 * python-resources jar) stays importable.
 */
final class ReadOnlyRootsFileSystem implements FileSystem {
  private final FileSystem delegate =
      FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());
  private final List<Path> roots;

  ReadOnlyRootsFileSystem(List<Path> roots) {
    this.roots = roots.stream().map(ReadOnlyRootsFileSystem::real).toList();
  }

  /**
   * The sandbox file system: these roots, plus GraalVM's language resources (the Python home), all
   * read-only. GraalVM's resource access alone would let the guest write into the Python home,
   * which is a cache shared by every JVM of the user, so the read-only wrapper goes outside it.
   */
  static FileSystem forRoots(List<Path> roots) {
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

  private Path check(Path path) throws IOException {
    Path abs = delegate.toAbsolutePath(path).normalize();
    Path real = Files.exists(abs) ? real(abs) : abs;
    for (Path root : roots) {
      if (real.startsWith(root)) {
        return path;
      }
    }
    throw new AccessDeniedException(
        path.toString(), null, "outside the folders this sandboxed context may read");
  }

  @Override
  public Path parsePath(URI uri) {
    return delegate.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    return delegate.parsePath(path);
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions)
      throws IOException {
    delegate.checkAccess(check(path), modes, linkOptions);
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    delegate.createDirectory(check(dir), attrs);
  }

  @Override
  public void delete(Path path) throws IOException {
    delegate.delete(check(path));
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    return delegate.newByteChannel(check(path), options, attrs);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    return delegate.newDirectoryStream(check(dir), filter);
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return delegate.toAbsolutePath(path);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
    return delegate.toRealPath(check(path), linkOptions);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    return delegate.readAttributes(check(path), attributes, options);
  }
}
