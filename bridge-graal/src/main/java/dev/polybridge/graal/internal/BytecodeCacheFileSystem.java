package dev.polybridge.graal.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.graalvm.polyglot.io.FileSystem;

/**
 * A Python context's file system with the {@link PythonBytecodeCache} folder beside it. Paths
 * outside the cache go to the context's own file system ({@code outside}: the sandbox's read-only
 * roots, or the host's for {@code allowIO}), and each Python source read there is reported to the
 * cache. In the cache folder a guest may only read, and only the bytecode of sources in folders it
 * may read itself; the cache's compiler context may also write there.
 */
final class BytecodeCacheFileSystem implements FileSystem {
  private final FileSystem outside;
  private final FileSystem host = FileSystem.newDefaultFileSystem();
  private final PythonBytecodeCache cache;
  private final Predicate<Path> readableSourceFolder;
  private final boolean writes;

  /**
   * @param readableSourceFolder whether guests of this file system may read sources in a folder
   * @param writes true for the cache's compiler context, false for guests
   */
  BytecodeCacheFileSystem(
      FileSystem outside,
      PythonBytecodeCache cache,
      Predicate<Path> readableSourceFolder,
      boolean writes) {
    this.outside = outside;
    this.cache = cache;
    this.readableSourceFolder = readableSourceFolder;
    this.writes = writes;
  }

  /** The file system that serves {@code path}, checking a guest's access to the cache folder. */
  private FileSystem route(Path path, boolean write) throws IOException {
    Path abs = outside.toAbsolutePath(path).normalize();
    if (!cache.contains(abs)) {
      return outside;
    }
    if (writes) {
      return host;
    }
    if (write) {
      throw new AccessDeniedException(
          path.toString(), null, "Polybridge's bytecode cache is read-only for guest code");
    }
    if (abs.equals(cache.folder()) || readableSourceFolder.test(cache.sourceFolder(abs))) {
      return host;
    }
    throw new AccessDeniedException(
        path.toString(), null, "outside the folders this sandboxed context may read");
  }

  private static boolean writing(Set<? extends OpenOption> options) {
    return options.contains(StandardOpenOption.WRITE)
        || options.contains(StandardOpenOption.APPEND)
        || options.contains(StandardOpenOption.CREATE)
        || options.contains(StandardOpenOption.CREATE_NEW)
        || options.contains(StandardOpenOption.DELETE_ON_CLOSE)
        || options.contains(StandardOpenOption.TRUNCATE_EXISTING);
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    boolean write = writing(options);
    FileSystem fs = route(path, write);
    SeekableByteChannel channel = fs.newByteChannel(path, options, attrs);
    if (fs == outside && !write && path.toString().endsWith(".py")) {
      cache.sourceRead(outside.toAbsolutePath(path).normalize());
    }
    return channel;
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions)
      throws IOException {
    route(path, modes.contains(AccessMode.WRITE)).checkAccess(path, modes, linkOptions);
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    route(dir, true).createDirectory(dir, attrs);
  }

  @Override
  public void delete(Path path) throws IOException {
    route(path, true).delete(path);
  }

  @Override
  public void move(Path source, Path target, CopyOption... options) throws IOException {
    FileSystem from = route(source, true);
    FileSystem to = route(target, true);
    if (from != to) {
      throw new AccessDeniedException(
          source.toString(), target.toString(), "cannot move files into or out of the cache");
    }
    from.move(source, target, options);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    return route(dir, false).newDirectoryStream(dir, filter);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    return route(path, false).readAttributes(path, attributes, options);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
    return route(path, false).toRealPath(path, linkOptions);
  }

  @Override
  public Path parsePath(URI uri) {
    return outside.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    return outside.parsePath(path);
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return outside.toAbsolutePath(path);
  }
}
