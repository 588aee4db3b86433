package dev.polybridge.graal.internal.lang.node;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * What a context may read, as the module system and the {@code fs} module see it: every access goes
 * through the context's own polyglot {@link FileSystem}, so a sandboxed context reads its module
 * folders and nothing else. Writing is not offered at all.
 */
final class ModuleFiles {
  private final FileSystem fs;

  ModuleFiles(FileSystem fs) {
    this.fs = fs;
  }

  Path path(String path) {
    return fs.parsePath(path);
  }

  boolean isFile(Path p) {
    return Boolean.TRUE.equals(attribute(p, "isRegularFile"));
  }

  boolean isDirectory(Path p) {
    return Boolean.TRUE.equals(attribute(p, "isDirectory"));
  }

  private Object attribute(Path p, String name) {
    try {
      return fs.readAttributes(p, name).get(name);
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** The basic attributes of {@code p}: size, times, kind. */
  Map<String, Object> attributes(Path p) throws IOException {
    return fs.readAttributes(
        p, "size,lastModifiedTime,creationTime,lastAccessTime,isRegularFile,isDirectory");
  }

  byte[] read(Path p) throws IOException {
    try (SeekableByteChannel ch = fs.newByteChannel(p, Set.of(StandardOpenOption.READ))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(16, ch.size()));
      ByteBuffer buf = ByteBuffer.allocate(16 * 1024);
      while (ch.read(buf) > 0 || buf.position() > 0) {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
      }
      return out.toByteArray();
    }
  }

  String readText(Path p) throws IOException {
    return new String(read(p), StandardCharsets.UTF_8);
  }

  /** The real path of {@code p} (symbolic links resolved), or {@code p} when that fails. */
  Path realPath(Path p) {
    try {
      return fs.toRealPath(fs.toAbsolutePath(p));
    } catch (IOException | SecurityException e) {
      return fs.toAbsolutePath(p).normalize();
    }
  }

  Path realPathOrThrow(Path p) throws IOException {
    return fs.toRealPath(fs.toAbsolutePath(p));
  }

  List<String> list(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = fs.newDirectoryStream(dir, entry -> true)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
      }
    }
    names.sort(null);
    return names;
  }
}
