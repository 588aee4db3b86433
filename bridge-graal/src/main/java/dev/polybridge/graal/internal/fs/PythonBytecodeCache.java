package dev.polybridge.graal.internal.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * GraalPy's compiled bytecode, kept between runs in {@code <cacheDirectory>/python-bytecode} (as
 * Python's {@code sys.pycache_prefix}, so nothing is written beside the sources), so that a later
 * run imports the same modules without compiling them again.
 *
 * <p>Guests only read the cache: a guest that could write there could plant bytecode that another
 * context, or another application of the same user, would then run. Instead the contexts' file
 * system reports each Python source a guest reads ({@link #sourceRead}); once imports go quiet, a
 * background thread compiles those whose bytecode is missing or older ({@link #stale}) in a context
 * of its own that runs nothing but {@code py_compile}, which writes each file under a temporary
 * name and renames it into place, so JVMs sharing the folder never read half a file. A cache that
 * cannot be written costs nothing but the compilation it would have saved.
 *
 * <p>Thread-safety: safe for use from any thread.
 */
public final class PythonBytecodeCache implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(PythonBytecodeCache.class.getName());

  /** The cache's folder inside the bridge's cache directory. */
  public static final String FOLDER = "python-bytecode";

  /** How long no new source must have been read before a batch is compiled. */
  private static final long QUIET_MILLIS = 300;

  /**
   * How long {@link #close} waits for the writer at most: a compiler context being made cannot be
   * cancelled, and takes up to a few seconds in GraalVM's interpreter.
   */
  private static final long STOP_MILLIS = 30_000;

  private static final Source COMPILER = compilerSource();

  private final Path folder;
  private final Supplier<Context> compilerContexts;
  private final Set<Path> seen = ConcurrentHashMap.newKeySet();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Set<Path> pending = new LinkedHashSet<>();
  private Thread writer;
  private boolean closed;

  /** The compiler context while it runs, so that {@link #close} can cancel it. */
  private Context compiling;

  /** Python's cache tag, once a guest has looked for bytecode here ({@link #bytecodeSought}). */
  private volatile String tag;

  /**
   * @param folder the cache folder (made when first written)
   * @param compilerContexts makes a Python context that may write in the cache folder, with the
   *     Python options of the bridge's contexts
   */
  public PythonBytecodeCache(Path folder, Supplier<Context> compilerContexts) {
    this.folder = folder.toAbsolutePath().normalize();
    this.compilerContexts = compilerContexts;
  }

  /** The cache folder, Python's {@code sys.pycache_prefix}. */
  public Path folder() {
    return folder;
  }

  /** Whether {@code path} (absolute, normalized) lies in the cache folder. */
  boolean contains(Path path) {
    return path.startsWith(folder);
  }

  /**
   * The folder of the source whose bytecode {@code cached} (a path in the cache folder) holds:
   * Python mirrors a source's absolute folder below the prefix.
   */
  Path sourceFolder(Path cached) {
    Path relative = folder.relativize(cached).getParent();
    Path root = folder.getRoot();
    return relative == null ? root : root.resolve(relative);
  }

  /** Where Python keeps the bytecode of {@code source}: its folder, mirrored below the prefix. */
  private Path cachedFolder(Path source) {
    return folder.resolve(source.getRoot().relativize(source.getParent()));
  }

  /**
   * Told by a guest context's file system that GraalPy looked for {@code cached}, a bytecode file
   * in the cache folder: its name gives Python's cache tag ({@code sys.implementation.cache_tag},
   * {@code name.graalpy250-312.pyc}), with which {@link #stale} finds a source's bytecode.
   */
  void bytecodeSought(Path cached) {
    if (tag != null) {
      return;
    }
    String name = cached.getFileName().toString();
    int dot = name.indexOf('.');
    if (name.endsWith(".pyc") && dot > 0 && dot < name.length() - 4) {
      String found = name.substring(dot + 1, name.length() - 4);
      int opt = found.indexOf(".opt-");
      lock.lock();
      try {
        tag = opt >= 0 ? found.substring(0, opt) : found;
        changed.signalAll(); // the writer waits for it
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * The sources among {@code sources} whose bytecode is missing from the cache or older than they
   * are (what {@code bytecode_compiler.py} would compile), so that a run whose imports are all
   * cached starts no compiler context: GraalPy reads a few core sources in every new context even
   * when their bytecode is cached. All of them while the cache tag is unknown.
   */
  List<Path> stale(List<Path> sources) {
    String t = tag;
    if (t == null) {
      return sources;
    }
    List<Path> out = new ArrayList<>();
    for (Path source : sources) {
      String name = source.getFileName().toString();
      Path cached =
          cachedFolder(source)
              .resolve(name.substring(0, name.length() - ".py".length()) + "." + t + ".pyc");
      try {
        if (Files.getLastModifiedTime(cached).compareTo(Files.getLastModifiedTime(source)) >= 0) {
          continue;
        }
      } catch (IOException e) {
        // Not cached yet (or the source is gone): compiling it settles which.
      }
      out.add(source);
    }
    return out;
  }

  /** Told by a context's file system that a guest read the Python source {@code source}. */
  void sourceRead(Path source) {
    if (contains(source) || !seen.add(source)) {
      return;
    }
    lock.lock();
    try {
      if (closed) {
        return;
      }
      pending.add(source);
      if (writer == null) {
        writer = new Thread(this::writeLoop, "polybridge-bytecode-cache");
        writer.setDaemon(true);
        writer.start();
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void writeLoop() {
    List<Path> batch;
    while ((batch = nextBatch()) != null) {
      write(batch);
    }
  }

  /**
   * Waits until sources were read and then none for a while, and the cache tag is known; null once
   * closed. Every import of a module from its source looks for its bytecode first, so only the core
   * sources GraalPy reads as a context starts, which it reads in any case, wait for the tag.
   */
  private List<Path> nextBatch() {
    lock.lock();
    try {
      while (!closed && (pending.isEmpty() || tag == null)) {
        changed.awaitUninterruptibly();
      }
      int size;
      do {
        size = pending.size();
        long wait = TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS);
        while (!closed && wait > 0) {
          try {
            wait = changed.awaitNanos(wait);
          } catch (InterruptedException e) {
            return null;
          }
        }
      } while (!closed && pending.size() != size);
      if (closed) {
        return null;
      }
      List<Path> batch = List.copyOf(pending);
      pending.clear();
      return batch;
    } finally {
      lock.unlock();
    }
  }

  private void write(List<Path> batch) {
    List<Path> sources = stale(batch);
    if (sources.isEmpty()) {
      return;
    }
    StringBuilder paths = new StringBuilder();
    for (Path source : sources) {
      Path cachedFolder = cachedFolder(source);
      try {
        Files.createDirectories(cachedFolder);
        paths.append(source).append('\n');
      } catch (IOException e) {
        LOG.log(
            System.Logger.Level.DEBUG, "Polybridge bytecode cache: cannot make " + cachedFolder, e);
      }
    }
    if (paths.length() == 0) {
      return;
    }
    try (Context context = compilerContexts.get()) {
      if (!compiling(context)) {
        return; // closed while the context was made
      }
      try {
        int written = context.eval(COMPILER).execute(paths.toString()).asInt();
        LOG.log(
            System.Logger.Level.DEBUG,
            "Polybridge bytecode cache: wrote " + written + " of " + sources.size() + " modules");
      } finally {
        compiling(null);
      }
    } catch (PolyglotException | IllegalStateException e) {
      // Closed with the bridge, or GraalPy could not start: the cache only saves time.
      LOG.log(System.Logger.Level.DEBUG, "Polybridge bytecode cache: not written", e);
    }
  }

  /** Records the running compiler context (null: none); false when the cache is closed. */
  private boolean compiling(Context context) {
    lock.lock();
    try {
      compiling = context;
      return !closed;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops the writer, cancelling a compilation under way, and waits for it to let go of the engine
   * (at most {@link #STOP_MILLIS}), so that the engine closes with no context of the cache being
   * made or run on another thread. Bytecode not yet written is compiled again by a later run.
   */
  @Override
  public void close() {
    Thread w;
    Context running;
    lock.lock();
    try {
      closed = true;
      pending.clear();
      changed.signalAll();
      w = writer;
      running = compiling;
    } finally {
      lock.unlock();
    }
    if (running != null) {
      try {
        running.close(true);
      } catch (PolyglotException | IllegalStateException e) {
        // Already closing: the writer lets go of it on its own.
      }
    }
    if (w != null) {
      try {
        w.join(STOP_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The script that compiles a batch of sources, as an internal source no limit or trace sees. */
  private static Source compilerSource() {
    try {
      return Source.newBuilder(
              "python", PythonBytecodeCache.class.getResource("bytecode_compiler.py"))
          .name("<polybridge-bytecode-compiler>")
          .internal(true)
          .cached(true)
          .build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Polybridge's bytecode compiler is missing", e);
    }
  }
}
