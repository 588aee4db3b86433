package dev.polybridge.graal.internal.fs;

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
import org.graalvm.polyglot.io.FileSystem;

/**
 * A file system that hands each operation to the file system {@link #route} picks for its path,
 * which may also refuse it: the shape of Polybridge's guest file systems, which differ only in
 * where a path may go.
 */
abstract class RoutingFileSystem implements FileSystem {
  /**
   * The file system that serves {@code path}.
   *
   * @param write whether the operation may change the file system
   * @throws AccessDeniedException where the guest may not go
   */
  abstract FileSystem route(Path path, boolean write) throws IOException;

  /** The file system that parses paths and makes them absolute. */
  abstract FileSystem paths();

  static boolean writing(Set<? extends OpenOption> options) {
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
    return route(path, writing(options)).newByteChannel(path, options, attrs);
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
          source.toString(), target.toString(), "cannot move files between these folders");
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
    return paths().parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    return paths().parsePath(path);
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return paths().toAbsolutePath(path);
  }
}
