package dev.polybridge.graal.internal.context;

import dev.polybridge.ContextOptions;
import dev.polybridge.Language;
import dev.polybridge.graal.internal.fs.BytecodeCacheFileSystem;
import dev.polybridge.graal.internal.fs.PythonBytecodeCache;
import dev.polybridge.graal.internal.fs.ReadOnlyRootsFileSystem;
import dev.polybridge.graal.internal.lang.GuestSupport;
import dev.polybridge.graal.internal.lang.node.NodeFileSystem;
import dev.polybridge.graal.internal.lang.python.NativeModuleFolder;
import dev.polybridge.graal.internal.lang.python.PythonStdlib;
import dev.polybridge.spi.BridgeConfig;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.FileSystem;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Builds polyglot contexts from {@link ContextOptions}: the one place that decides what a guest may
 * do. Start from nothing and open only what the options ask for:
 *
 * <ul>
 *   <li>no host class lookup, host class loading, or access to Java objects' members beyond
 *       {@code @HostAccess.Export} ({@code allowHostAccess} opens them);
 *   <li>a read-only file system limited to the Python path, the JS module folders and the Python
 *       home ({@code allowIO} opens the host's file system and sockets);
 *   <li>never processes, threads, native code, environment variables, other languages (except
 *       between the shared contexts), exit, standard input, or signals (see {@code sandbox.py});
 *   <li>output to the options' streams, else the bridge's.
 * </ul>
 *
 * <p>GraalVM requires one host access configuration per engine, so contexts with {@code
 * allowHostAccess} live on a second engine of the bridge, made on first use.
 *
 * <p>Thread-safety: safe for use from any thread.
 */
final class ContextFactory {
  /**
   * What a statement limit counts: the caller's guest code and the modules it imports from the
   * Python path or JS module folders; not the languages' internal sources, not Python's standard
   * library (whose statement counts change between GraalPy releases), not Polybridge's helpers.
   * GraalVM requires one filter instance for all contexts of an engine.
   */
  private static final Predicate<Source> COUNTED_SOURCES = ContextFactory::counted;

  /** Language home folders (the Python home), each ending in a separator; see {@link #counted}. */
  private static final Set<String> LANGUAGE_HOMES = ConcurrentHashMap.newKeySet();

  private final BridgeConfig config;
  private final List<Path> pythonPath;
  private final Consumer<Context> onStatementLimit;

  /** The folders a sandboxed context may read: as configured, and their real paths. */
  private final List<Path> readRoots;

  /**
   * The file system of sandboxed contexts, below the {@link #readRoots}: one for all of them, as it
   * keeps no state of a context's (no working directory), and making one looks GraalVM's
   * implementation up again (2-4% of a JS {@code newContext}'s time in a JFR profile).
   */
  private final FileSystem sandboxFiles;

  /** Compiled Python modules kept between runs; null when the bridge turned the cache off. */
  private final PythonBytecodeCache bytecodeCache;

  private final ReentrantLock lock = new ReentrantLock();

  /** Where contexts with {@code allowNativeModules} keep their copies of GraalPy's modules. */
  private final NativeModuleFolder nativeModules = new NativeModuleFolder();

  /** The engine of sandboxed contexts: host access {@link HostAccess#EXPLICIT}. */
  private final Engine engine;

  /**
   * The engine of contexts with {@link ContextOptions#allowHostAccess()}, made on first use.
   * GraalVM requires one host access configuration for all contexts of an engine.
   */
  private Engine hostEngine;

  /**
   * @param pythonPath the folders Python imports from: the configured ones and those of the
   *     resource roots
   * @param onStatementLimit told, on the guest's thread, when a context reaches its statement limit
   */
  ContextFactory(BridgeConfig config, List<Path> pythonPath, Consumer<Context> onStatementLimit) {
    this.config = config;
    this.pythonPath = List.copyOf(pythonPath);
    this.onStatementLimit = onStatementLimit;
    this.engine = newEngine();
    List<Path> roots = new ArrayList<>();
    List<Path> folders = concat(pythonPath, config.jsModulePath());
    folders.addAll(PythonStdlib.readRoots()); // the time zone database
    for (Path root : folders) {
      roots.add(root);
      try {
        roots.add(root.toRealPath());
      } catch (IOException e) {
        // A folder that does not exist holds nothing to read.
      }
    }
    this.readRoots = List.copyOf(roots);
    this.sandboxFiles = ReadOnlyRootsFileSystem.forRoots(readRoots);
    this.bytecodeCache =
        config.pythonBytecodeCache()
            ? new PythonBytecodeCache(
                config.cacheDirectory().resolve(PythonBytecodeCache.FOLDER),
                this::createBytecodeCompiler)
            : null;
  }

  private Engine newEngine() {
    return Engine.newBuilder("python", "js")
        .option("engine.WarnInterpreterOnly", "false")
        .out(config.stdout())
        .err(config.stderr())
        .build();
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The engine of sandboxed contexts, which every bridge has. */
  Engine engine() {
    return engine;
  }

  private Engine engineFor(ContextOptions options) {
    if (!options.allowHostAccess()) {
      return engine;
    }
    lock.lock();
    try {
      if (hostEngine == null) {
        hostEngine = newEngine();
      }
      return hostEngine;
    } finally {
      lock.unlock();
    }
  }

  /** Closes the engines, cancelling whatever still runs on them. */
  void close() {
    if (bytecodeCache != null) {
      bytecodeCache.close();
    }
    engine.close(true);
    nativeModules.close();
    lock.lock();
    try {
      if (hostEngine != null) {
        hostEngine.close(true);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * A context of {@code languages}.
   *
   * @param shared true for the bridge's shared context: both languages, cross-language access, and
   *     an engine of its own, so its code is compiled for this one context (GraalVM specializes
   *     code of a context that has its engine to itself; code on an engine shared between contexts
   *     must work for all of them, which costs calls a third of their speed). Isolated contexts
   *     share the bridge's engine, so each new one reuses what the others parsed and compiled.
   */
  Context create(List<Language> languages, ContextOptions options, boolean shared) {
    String[] ids = languages.stream().map(Language::id).toArray(String[]::new);
    Context.Builder b =
        closedBuilder(
                ids,
                shared ? null : engineFor(options),
                options.stdout().orElse(config.stdout()),
                options.stderr().orElse(config.stderr()))
            .allowPolyglotAccess(shared ? PolyglotAccess.ALL : PolyglotAccess.NONE);
    if (options.allowHostAccess()) {
      b.allowHostAccess(HostAccess.ALL).allowHostClassLookup(className -> true);
    } else {
      b.allowHostAccess(HostAccess.EXPLICIT).allowHostClassLookup(className -> false);
    }
    FileSystem files = options.allowIO() ? null : sandboxFiles;
    if (bytecodeCache != null && languages.contains(Language.PYTHON)) {
      files =
          new BytecodeCacheFileSystem(
              files != null ? files : FileSystem.newDefaultFileSystem(),
              bytecodeCache,
              options.allowIO() ? folder -> true : this::sandboxMayRead,
              false);
    }
    NodeFileSystem node = null;
    if (languages.contains(Language.JS)) {
      // ES modules load through it, with node's resolution (see lang.node).
      node = NodeFileSystem.wrap(files != null ? files : FileSystem.newDefaultFileSystem());
      files = node;
    }
    if (files != null && options.allowNativeModules() && languages.contains(Language.PYTHON)) {
      files = PythonStdlib.nativeModuleFiles(files, nativeModules.path());
    }
    if (files == null) {
      b.allowIO(IOAccess.ALL);
    } else {
      b.allowIO(
          IOAccess.newBuilder().fileSystem(files).allowHostSocketAccess(options.allowIO()).build());
    }
    options
        .statementLimit()
        .ifPresent(
            limit ->
                b.resourceLimits(
                    ResourceLimits.newBuilder()
                        .statementLimit(limit, COUNTED_SOURCES)
                        .onLimit(event -> onStatementLimit.accept(event.getContext()))
                        .build()));
    if (languages.contains(Language.PYTHON)) {
      configurePython(b, options);
    }
    if (languages.contains(Language.JS)) {
      configureJs(b);
    }
    Context context = b.build();
    if (node != null) {
      node.attachTo(context);
    }
    return context;
  }

  /**
   * A context builder with everything a guest never gets closed: threads, processes, native access,
   * host class loading, environment variables, standard input, exit. A null {@code engine} gives
   * the context an engine of its own.
   */
  private static Context.Builder closedBuilder(
      String[] languages, Engine engine, OutputStream out, OutputStream err) {
    Context.Builder b = Context.newBuilder(languages);
    if (engine != null) {
      b.engine(engine);
    } else {
      b.option("engine.WarnInterpreterOnly", "false"); // the engine's option, on its own engine
    }
    return b.out(out)
        .err(err)
        .in(InputStream.nullInputStream())
        .allowCreateThread(false)
        .allowCreateProcess(false)
        .allowNativeAccess(false)
        .allowHostClassLoading(false)
        .allowEnvironmentAccess(EnvironmentAccess.NONE)
        .allowExperimentalOptions(true)
        .useSystemExit(false);
  }

  /**
   * The context in which {@link PythonBytecodeCache} compiles the sources guests read: Python only,
   * the sandbox's read-only folders, write access to the cache folder alone, and nothing else.
   */
  private Context createBytecodeCompiler() {
    Context.Builder b =
        closedBuilder(
                new String[] {Language.PYTHON.id()},
                engine,
                OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream())
            .allowPolyglotAccess(PolyglotAccess.NONE)
            .allowHostAccess(HostAccess.EXPLICIT)
            .allowHostClassLookup(className -> false)
            .allowIO(
                IOAccess.newBuilder()
                    .fileSystem(
                        new BytecodeCacheFileSystem(
                            sandboxFiles, bytecodeCache, this::sandboxMayRead, true))
                    .build());
    configurePython(b, ContextOptions.sandboxed());
    return b.build();
  }

  /** Whether a sandboxed context may read the sources in {@code folder}. */
  private boolean sandboxMayRead(Path folder) {
    for (Path root : readRoots) {
      if (folder.startsWith(root)) {
        return true;
      }
    }
    return inLanguageHome(folder + File.separator);
  }

  /** Whether {@code path} lies in a registered language home. */
  private static boolean inLanguageHome(String path) {
    for (String home : LANGUAGE_HOMES) {
      if (path.startsWith(home)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Registers a language home whose sources a statement limit does not count. Called when a Python
   * context starts, before it runs any source from its home that is not internal.
   */
  static void languageHome(String home) {
    LANGUAGE_HOMES.add(home.endsWith(File.separator) ? home : home + File.separator);
  }

  private static boolean counted(Source source) {
    if (source.isInternal() || GuestSupport.HELPER_SOURCE_NAME.equals(source.getName())) {
      return false;
    }
    String path = source.getPath();
    return path == null || !inLanguageHome(path);
  }

  private void configurePython(Context.Builder b, ContextOptions options) {
    if (!pythonPath.isEmpty()) {
      b.option(
          "python.PythonPath",
          pythonPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    }
    // Without native access GraalPy must emulate POSIX in Java; say so instead of warning.
    b.option("python.PosixModuleBackend", "java");
    PythonStdlib.configure(b, options, options.allowNativeModules() ? nativeModules.path() : null);
    if (bytecodeCache != null) {
      // Guests read compiled modules from the cache; only PythonBytecodeCache writes them.
      b.option("python.PyCachePrefix", bytecodeCache.folder().toString());
      b.option("python.DontWriteBytecodeFlag", "true");
    }
  }

  private void configureJs(Context.Builder b) {
    b.option("js.esm-eval-returns-exports", "true");
    // require() and the core modules are Polybridge's own (lang.node); ES modules resolve bare
    // names through NodeFileSystem, which needs them joined to the importing module's path.
    b.option("js.esm-bare-specifier-relative-lookup", "true");
    b.option("js.text-encoding", "true");
    // The Node layer brings node's console when first touched (see stub.js); GraalJS's would be
    // an own property of the global object, which the layer's stub could not answer for.
    b.option("js.console", "false");
  }
}
