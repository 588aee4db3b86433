package dev.polybridge.graal.internal.lang.python;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system of a context with {@code allowNativeModules}: the sandbox's, plus one private
 * folder that GraalPy uses as its temporary directory. With {@code python.IsolateNativeModules}
 * GraalPy copies each native module there, renames the copy with {@code patchelf} and loads it, so
 * every context has its own; it deletes the copies when the context closes. Writes anywhere else go
 * to the sandbox's file system, which refuses them.
 *
 * <p>A library that is loaded must never change on disk (its pages are mapped into the JVM), so in
 * the private folder a file is written only when it is created: re-opening it for writing is
 * refused, except for GraalPy's intermediate copies ({@code <number>.so}, which {@code patchelf}
 * edits before the copy that is loaded is made). Guest code writes through the same file system, so
 * the same rule holds for it.
 */
final class NativeModuleFiles implements FileSystem {
  private final FileSystem sandbox;
  private final FileSystem host = FileSystem.newDefaultFileSystem();
  private final Path temp;

  /** Files this file system created in the private folder. */
  private final Set<Path> created = ConcurrentHashMap.newKeySet();

  /** GraalPy's intermediate copies, which patchelf edits; see {@link PatchelfOnly}. */
  static final Pattern INTERMEDIATE = Pattern.compile("-?[0-9]+\\.so");

  NativeModuleFiles(FileSystem sandbox, Path temp) {
    this.sandbox = sandbox;
    this.temp = temp;
  }

  private FileSystem route(Path path) {
    return host.toAbsolutePath(path).normalize().startsWith(temp) ? host : sandbox;
  }

  @Override
  public Path getTempDirectory() {
    return temp;
  }

  @Override
  public Path parsePath(URI uri) {
    return sandbox.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    return sandbox.parsePath(path);
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions)
      throws IOException {
    route(path).checkAccess(path, modes, linkOptions);
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    route(dir).createDirectory(dir, attrs);
  }

  @Override
  public void delete(Path path) throws IOException {
    route(path).delete(path);
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    FileSystem fs = route(path);
    boolean write =
        options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND);
    if (fs == host && write) {
      Path abs = host.toAbsolutePath(path).normalize();
      if (options.contains(StandardOpenOption.CREATE_NEW)) {
        SeekableByteChannel channel = host.newByteChannel(path, options, attrs);
        created.add(abs);
        return channel;
      }
      if (!created.contains(abs) || !INTERMEDIATE.matcher(abs.getFileName().toString()).matches()) {
        throw new AccessDeniedException(
            path.toString(), null, "a native module's copy is written only when it is created");
      }
    }
    return fs.newByteChannel(path, options, attrs);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    return route(dir).newDirectoryStream(dir, filter);
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return sandbox.toAbsolutePath(path);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
    return route(path).toRealPath(path, linkOptions);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    return route(path).readAttributes(path, attributes, options);
  }

  @Override
  public void setAttribute(Path path, String attribute, Object value, LinkOption... options)
      throws IOException {
    route(path).setAttribute(path, attribute, value, options);
  }

  @Override
  public void copy(Path source, Path target, CopyOption... options) throws IOException {
    if (route(target) == host) {
      // Through newByteChannel, which creates the target new (CREATE_NEW).
      FileSystem.super.copy(source, target, options);
    } else {
      sandbox.copy(source, target, options);
    }
  }

  @Override
  public void move(Path source, Path target, CopyOption... options) throws IOException {
    if (route(source) == host || route(target) == host) {
      throw new AccessDeniedException(
          source.toString(),
          target.toString(),
          "native module copies stay where GraalPy made them");
    }
    sandbox.move(source, target, options);
  }
}
