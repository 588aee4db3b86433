package dev.polybridge.graal.internal.fs;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;
import java.util.function.Predicate;
import org.graalvm.polyglot.io.FileSystem;

/**
 * A Python context's file system with the {@link PythonBytecodeCache} folder beside it. Paths
 * outside the cache go to the context's own file system ({@code outside}: the sandbox's read-only
 * roots, or the host's for {@code allowIO}), and each Python source a guest reads there is reported
 * to the cache (the compiler context's own reads are not: they would only start it again). In the
 * cache folder a guest may only read, and only the bytecode of sources in folders it may read
 * itself; the cache's compiler context may also write there.
 */
public final class BytecodeCacheFileSystem extends RoutingFileSystem {
  private final FileSystem outside;
  private final FileSystem host = FileSystem.newDefaultFileSystem();
  private final PythonBytecodeCache cache;
  private final Predicate<Path> readableSourceFolder;
  private final boolean writes;

  /**
   * @param readableSourceFolder whether guests of this file system may read sources in a folder
   * @param writes true for the cache's compiler context, false for guests
   */
  public BytecodeCacheFileSystem(
      FileSystem outside,
      PythonBytecodeCache cache,
      Predicate<Path> readableSourceFolder,
      boolean writes) {
    this.outside = outside;
    this.cache = cache;
    this.readableSourceFolder = readableSourceFolder;
    this.writes = writes;
  }

  @Override
  FileSystem route(Path path, boolean write) throws IOException {
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
      cache.bytecodeSought(abs);
      return host;
    }
    throw new AccessDeniedException(
        path.toString(), null, "outside the folders this sandboxed context may read");
  }

  @Override
  FileSystem paths() {
    return outside;
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    boolean write = writing(options);
    FileSystem fs = route(path, write);
    SeekableByteChannel channel = fs.newByteChannel(path, options, attrs);
    if (fs == outside && !write && !writes && path.toString().endsWith(".py")) {
      cache.sourceRead(outside.toAbsolutePath(path).normalize());
    }
    return channel;
  }
}
