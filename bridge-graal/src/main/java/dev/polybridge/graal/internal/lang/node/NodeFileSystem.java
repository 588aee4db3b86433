package dev.polybridge.graal.internal.lang.node;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system of a JavaScript context, wrapping the one the sandbox allows: GraalJS loads ES
 * modules through it, and this is where their imports get node's resolution.
 *
 * <p>GraalJS resolves an import by joining the specifier to the importing module's path. ES modules
 * and CommonJS modules (whose {@code import()} resolves the same way) therefore carry
 * <em>virtual</em> paths, {@code /@pb/<id>/real/path/x.mjs}, where {@code id} names the real folder
 * of the module. Whatever GraalJS then asks for below {@code /@pb/<id>} is a specifier relative to
 * that folder: a file that exists there is a relative import, anything else a package name, a
 * {@code #import} or a core module, resolved by {@link ModuleResolver}. The answer is served as an
 * ES module: the file itself, or, for CommonJS, JSON and core modules, a small module that
 * re-exports what {@code require} returns. GraalJS takes {@code node:x} for a URL and asks {@link
 * #parsePath(URI)} for its path, which names the core module. Paths outside {@code /@pb} pass
 * through unchanged.
 *
 * <p>Thread-safety: as the wrapped file system; the folder ids are shared by all contexts, so a
 * module has the same virtual path (and GraalVM's parsed-source cache hits) in every context.
 */
public final class NodeFileSystem implements FileSystem {
  static final String ROOT = "/@pb/";
  private static final String CORE = ROOT + "node/";

  /**
   * Where a {@code node:x} URL lands (see {@link #parsePath(URI)}), apart from {@link #CORE}:
   * GraalJS keys a module loaded by URL under the URL and also under its path, so one path for both
   * would hold two module records (an assertion error in GraalJS).
   */
  private static final String CORE_URL = ROOT + "node-url/";

  private static final Map<String, Integer> FOLDER_IDS = new ConcurrentHashMap<>();
  private static final List<String> FOLDERS = new CopyOnWriteArrayList<>();

  /** The Node file system of each JavaScript context, found by the context's language support. */
  private static final Map<Object, NodeFileSystem> BY_CONTEXT =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private final FileSystem delegate;
  private volatile ModuleResolver resolver;

  /** Makes the source of a re-exporting module: (kind "cjs"/"json"/"core", path or name). */
  private volatile BiFunction<String, String, String> facades;

  private NodeFileSystem(FileSystem delegate) {
    this.delegate = delegate;
  }

  /** Wraps {@code delegate}, the file system the context may use. */
  public static NodeFileSystem wrap(FileSystem delegate) {
    return new NodeFileSystem(delegate);
  }

  /** Records that {@code context} was built with this file system. */
  public void attachTo(Object context) {
    BY_CONTEXT.put(context, this);
  }

  /**
   * The file system {@code context} was built with, or null when it has none; forgotten here, as
   * the Node layer connected to it then refers to the context (a weak map must not hold that).
   */
  public static NodeFileSystem take(Object context) {
    return BY_CONTEXT.remove(context);
  }

  FileSystem delegate() {
    return delegate;
  }

  void connect(ModuleResolver resolver, BiFunction<String, String, String> facades) {
    this.resolver = resolver;
    this.facades = facades;
  }

  /** The virtual path of the ES module at real path {@code file}. */
  static String virtualPath(Path file) {
    String dir = file.getParent().toString();
    int id =
        FOLDER_IDS.computeIfAbsent(
            dir,
            d -> {
              synchronized (FOLDERS) {
                FOLDERS.add(d);
                return FOLDERS.size() - 1;
              }
            });
    return ROOT + id + file;
  }

  static String coreVirtualPath(String name) {
    return CORE + name;
  }

  /** The real path behind a virtual one (an ES module's own), else {@code path} unchanged. */
  public static String realPath(String path) {
    if (!path.startsWith(ROOT) || path.startsWith(CORE) || path.startsWith(CORE_URL)) {
      return path;
    }
    int slash = path.indexOf('/', ROOT.length());
    return slash < 0 ? path : path.substring(slash);
  }

  private record Target(String core, Path file) {}

  /** What a virtual path names, or null for a path outside {@code /@pb}. */
  private Target target(Path path) throws IOException {
    String s = path.toString();
    if (!s.startsWith(ROOT)) {
      return null;
    }
    if (s.startsWith(CORE)) {
      return new Target(s.substring(CORE.length()), null);
    }
    if (s.startsWith(CORE_URL)) {
      return new Target(s.substring(CORE_URL.length()), null);
    }
    int slash = s.indexOf('/', ROOT.length());
    int id;
    try {
      id = Integer.parseInt(s.substring(ROOT.length(), slash < 0 ? s.length() : slash));
    } catch (NumberFormatException e) {
      return null;
    }
    if (slash < 0 || id >= FOLDERS.size() || resolver == null) {
      throw new NoSuchFileException(s);
    }
    String dir = FOLDERS.get(id);
    String rest = s.substring(slash);
    Path real = delegate.parsePath(rest);
    if (!rest.startsWith(dir + "/") || resolver.files().isFile(real)) {
      return new Target(null, real);
    }
    String specifier = rest.substring(dir.length() + 1);
    try {
      ModuleResolver.Resolution r = resolver.resolve(specifier, delegate.parsePath(dir), true);
      return new Target(r.core(), r.file());
    } catch (ModuleNotFoundException e) {
      throw new NoSuchFileException(specifier, null, e.getMessage());
    }
  }

  private String canonical(Target t) {
    return t.core() != null ? coreVirtualPath(t.core()) : virtualPath(t.file());
  }

  /**
   * GraalJS takes {@code import 'node:x'} for a URL and asks for its path here: it is the core
   * module's virtual path, so no module's source needs rewriting.
   */
  @Override
  public Path parsePath(URI uri) {
    if ("node".equals(uri.getScheme())) {
      return delegate.parsePath(CORE_URL + uri.getSchemeSpecificPart());
    }
    return delegate.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    return delegate.parsePath(path);
  }

  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions)
      throws IOException {
    Target t = target(path);
    if (t == null) {
      delegate.checkAccess(path, modes, linkOptions);
    } else if (t.file() != null) {
      delegate.checkAccess(t.file(), modes, linkOptions);
    }
  }

  @Override
  public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
    if (path.toString().startsWith(CORE_URL)) {
      return path;
    }
    Target t = target(path);
    return t == null ? delegate.toRealPath(path, linkOptions) : delegate.parsePath(canonical(t));
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return path.toString().startsWith(ROOT) ? path : delegate.toAbsolutePath(path);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    Target t = target(path);
    if (t == null) {
      return delegate.readAttributes(path, attributes, options);
    }
    if (t.file() != null) {
      return delegate.readAttributes(t.file(), attributes, options);
    }
    return Map.of("isRegularFile", true, "isDirectory", false, "isSymbolicLink", false);
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    Target t = target(path);
    if (t == null) {
      return delegate.newByteChannel(path, options, attrs);
    }
    String source;
    if (t.core() != null) {
      source = facade("core", t.core());
    } else {
      String format = resolver.format(t.file());
      if (format.equals("esm")) {
        source = resolver.files().readText(t.file());
      } else {
        resolver.files().isFile(t.file()); // a sandbox refusal surfaces in the facade's require
        source = facade(format, t.file().toString());
      }
    }
    return new ReadOnlyChannel(source.getBytes(StandardCharsets.UTF_8));
  }

  private String facade(String kind, String target) throws IOException {
    BiFunction<String, String, String> f = facades;
    if (f == null) {
      throw new AccessDeniedException(target, null, "the module system is not ready");
    }
    return f.apply(kind, target);
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    delegate.createDirectory(dir, attrs);
  }

  @Override
  public void delete(Path path) throws IOException {
    delegate.delete(path);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    return delegate.newDirectoryStream(dir, filter);
  }

  @Override
  public void setCurrentWorkingDirectory(Path currentWorkingDirectory) {
    delegate.setCurrentWorkingDirectory(currentWorkingDirectory);
  }

  @Override
  public Path getTempDirectory() {
    return delegate.getTempDirectory();
  }

  @Override
  public String getSeparator() {
    return delegate.getSeparator();
  }

  @Override
  public String getPathSeparator() {
    return delegate.getPathSeparator();
  }

  /** A module's source, served from memory. */
  private static final class ReadOnlyChannel implements SeekableByteChannel {
    private final byte[] bytes;
    private int position;
    private boolean open = true;

    ReadOnlyChannel(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (position >= bytes.length) {
        return -1;
      }
      int n = Math.min(dst.remaining(), bytes.length - position);
      dst.put(bytes, position, n);
      position += n;
      return n;
    }

    @Override
    public int write(ByteBuffer src) {
      throw new NonWritableChannelException();
    }

    @Override
    public long position() {
      return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
      position = (int) Math.min(newPosition, bytes.length);
      return this;
    }

    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }
  }
}
