package dev.polybridge;

import dev.polybridge.internal.BlockingContextPool;
import dev.polybridge.spi.Backend;
import dev.polybridge.spi.BackendProvider;
import dev.polybridge.spi.BridgeConfig;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The entry point: one bridge owns a guest engine and the contexts made from it.
 *
 * <pre>{@code
 * try (Bridge bridge = Bridge.create()) {
 *   Handle mod = bridge.python().importModule("my_module");
 *   String s = mod.invoke("greet", "hello from %s", "python", "javascript").as(String.class);
 *   int n = bridge.evalIsolated(Language.JS, "6 * 7", Integer.class);
 * }
 * }</pre>
 *
 * <p>A bridge is immutable once built. It has one shared context per language ({@link #python()},
 * {@link #js()}), created on first use, between which handles may be passed; and it makes isolated,
 * sandboxed contexts ({@link #newContext(Language)}) and pools of them ({@link #pool(Language,
 * int)}) for untrusted or parallel work. Closing the bridge closes all of them.
 *
 * <p>Thread-safety: a bridge may be used from any thread; so may its contexts and handles.
 */
public final class Bridge implements AutoCloseable {
  private final Backend backend;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Set<ContextPool> pools = ConcurrentHashMap.newKeySet();

  private Bridge(Backend backend) {
    this.backend = backend;
  }

  /** A bridge with default settings: the same as {@code Bridge.builder().build()}. */
  public static Bridge create() {
    return builder().build();
  }

  /** A builder for a configured bridge. */
  public static Builder builder() {
    return new Builder();
  }

  /** The bridge's shared Python context, created on first use with the builder's defaults. */
  public GuestContext python() {
    return backend().shared(Language.PYTHON);
  }

  /** The bridge's shared JavaScript context, created on first use with the builder's defaults. */
  public GuestContext js() {
    return backend().shared(Language.JS);
  }

  /** A new isolated context with {@link ContextOptions#sandboxed()} options. */
  public GuestContext newContext(Language language) {
    return newContext(language, ContextOptions.sandboxed());
  }

  /** A new isolated context with the given options. Close it when done. */
  public GuestContext newContext(Language language, ContextOptions options) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(options, "options");
    return backend().open(language, options);
  }

  /**
   * Evaluates a snippet in a fresh sandboxed context and converts its value; nothing it defines
   * outlives the call.
   */
  public <T> T evalIsolated(Language language, String code, Class<T> type) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    return backend().evalIsolated(language, code, type);
  }

  /** A pool of {@code size} sandboxed contexts of {@code language}. */
  public ContextPool pool(Language language, int size) {
    return pool(language, size, ContextOptions.sandboxed());
  }

  /** A pool of {@code size} contexts of {@code language} with the given options. */
  public ContextPool pool(Language language, int size, ContextOptions options) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(options, "options");
    if (size < 1) {
      throw new IllegalArgumentException("pool size must be at least 1, got " + size);
    }
    Backend b = backend();
    BlockingContextPool pool =
        new BlockingContextPool(language, size, () -> b.open(language, options), pools::remove);
    pools.add(pool);
    if (closed.get()) {
      pool.close();
      throw closedException();
    }
    return pool;
  }

  /** What runs guest code, and whether it is JIT-compiled. */
  public RuntimeInfo runtime() {
    return backend().runtime();
  }

  /** Closes every context and pool this bridge made, and its engine. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      for (ContextPool pool : List.copyOf(pools)) {
        pool.close();
      }
      backend.close();
    }
  }

  private Backend backend() {
    if (closed.get()) {
      throw closedException();
    }
    return backend;
  }

  private static IllegalStateException closedException() {
    return new IllegalStateException("The Bridge is closed; create a new one with Bridge.create()");
  }

  /**
   * Configures a {@link Bridge}. Not thread-safe; the bridge it builds is.
   *
   * <pre>{@code
   * Bridge bridge = Bridge.builder()
   *     .pythonPath(Path.of("src/main/python"))
   *     .defaults(ContextOptions.builder().timeout(Duration.ofSeconds(5)).build())
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final List<Path> pythonPath = new ArrayList<>();
    private final List<String> pythonPathResources = new ArrayList<>();
    private final List<Path> jsModulePath = new ArrayList<>();
    private final List<TypeConverter<?>> converters = new ArrayList<>();
    private ContextOptions defaults = ContextOptions.sandboxed();
    private OutputStream stdout = System.out;
    private OutputStream stderr = System.err;
    private Path cacheDirectory;
    private boolean pythonBytecodeCache = true;
    private final Map<Language, List<String>> warmUp = new EnumMap<>(Language.class);

    private Builder() {}

    /** Adds directories from which Python imports modules and packages, read-only. */
    public Builder pythonPath(Path... directories) {
      for (Path dir : Objects.requireNonNull(directories, "directories")) {
        pythonPath.add(existingDirectory(dir, "pythonPath"));
      }
      return this;
    }

    /**
     * Adds a class-path resource root (such as {@code "python"} for {@code
     * src/main/resources/python}) from which Python imports modules, also when the application runs
     * from a jar.
     */
    public Builder pythonPathResource(String resourceRoot) {
      Objects.requireNonNull(resourceRoot, "resourceRoot");
      String root = resourceRoot.replaceAll("^/+|/+$", "");
      if (root.isEmpty()) {
        throw new IllegalArgumentException(
            "pythonPathResource needs a folder name such as \"python\", got \""
                + resourceRoot
                + "\"");
      }
      pythonPathResources.add(root);
      return this;
    }

    /** Adds directories holding {@code node_modules/}, from which JavaScript modules resolve. */
    public Builder jsModulePath(Path... directories) {
      for (Path dir : Objects.requireNonNull(directories, "directories")) {
        jsModulePath.add(existingDirectory(dir, "jsModulePath"));
      }
      return this;
    }

    /** The options of the shared contexts; start from {@link ContextOptions#builder()}. */
    public Builder defaults(ContextOptions defaults) {
      this.defaults = Objects.requireNonNull(defaults, "defaults");
      return this;
    }

    /** Registers a conversion, tried before the built-in ones and earlier registrations win. */
    public Builder converter(TypeConverter<?> converter) {
      Objects.requireNonNull(converter, "converter");
      Objects.requireNonNull(converter.javaType(), "converter.javaType()");
      converters.add(converter);
      return this;
    }

    /** Where guest standard output goes by default; {@code System.out} unless set. */
    public Builder stdout(OutputStream stdout) {
      this.stdout = Objects.requireNonNull(stdout, "stdout");
      return this;
    }

    /** Where guest standard error goes by default; {@code System.err} unless set. */
    public Builder stderr(OutputStream stderr) {
      this.stderr = Objects.requireNonNull(stderr, "stderr");
      return this;
    }

    /**
     * The folder Polybridge owns for caches kept between runs: Python packages unpacked from jars
     * and compiled Python modules. Default: {@code $XDG_CACHE_HOME/polybridge}, else {@code
     * ~/.cache/polybridge}; the system property {@code polybridge.cache} overrides the default.
     * Several JVMs may share it.
     */
    public Builder cacheDirectory(Path directory) {
      this.cacheDirectory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
      return this;
    }

    /**
     * Whether compiled Python modules are kept in the {@linkplain #cacheDirectory(Path) cache
     * folder} between runs, so a later run imports the same modules without compiling them again
     * (on by default). Polybridge writes the cache itself, from a context that runs nothing but
     * Python's compiler; guest code never writes there, and nothing is written beside the sources.
     */
    public Builder pythonBytecodeCache(boolean enabled) {
      this.pythonBytecodeCache = enabled;
      return this;
    }

    /**
     * Prepares the shared context of {@code language} in the background as soon as the bridge is
     * built, and imports {@code modules} there, so the first call does not wait for them. A call
     * that arrives during the warm-up waits for it; a module that fails to import is logged and
     * fails again, with its exception, when the application imports it.
     */
    public Builder warmUp(Language language, String... modules) {
      Objects.requireNonNull(language, "language");
      List<String> list = warmUp.computeIfAbsent(language, l -> new ArrayList<>());
      for (String module : Objects.requireNonNull(modules, "modules")) {
        list.add(Objects.requireNonNull(module, "module"));
      }
      return this;
    }

    /**
     * Builds the bridge, finding the backend with {@link ServiceLoader}.
     *
     * @throws BridgeException if no backend is on the class path or module path
     */
    public Bridge build() {
      BridgeConfig config =
          new BridgeConfig(
              pythonPath,
              pythonPathResources,
              jsModulePath,
              defaults,
              converters,
              stdout,
              stderr,
              cacheDirectory != null ? cacheDirectory : defaultCacheDirectory(),
              pythonBytecodeCache,
              warmUp);
      return new Bridge(findProvider().create(config));
    }

    private static Path defaultCacheDirectory() {
      String override = System.getProperty("polybridge.cache");
      if (override != null && !override.isBlank()) {
        return Path.of(override).toAbsolutePath();
      }
      String xdg = System.getenv("XDG_CACHE_HOME");
      Path base =
          xdg != null && !xdg.isBlank()
              ? Path.of(xdg)
              : Path.of(System.getProperty("user.home"), ".cache");
      return base.resolve("polybridge").toAbsolutePath();
    }

    private static Path existingDirectory(Path dir, String what) {
      Objects.requireNonNull(dir, what + " entry");
      Path abs = dir.toAbsolutePath().normalize();
      if (!Files.isDirectory(abs)) {
        throw new IllegalArgumentException(
            what + " entry " + abs + " is not a directory; pass an existing directory");
      }
      return abs;
    }

    private static BackendProvider findProvider() {
      ClassLoader[] loaders = {
        Thread.currentThread().getContextClassLoader(), Bridge.class.getClassLoader()
      };
      for (ClassLoader loader : loaders) {
        // On the module path this also finds providers in named modules ("provides" clauses).
        Iterator<BackendProvider> it = ServiceLoader.load(BackendProvider.class, loader).iterator();
        if (it.hasNext()) {
          return it.next();
        }
      }
      throw new BridgeException(
          "No Polybridge backend found on the class path or module path. Add the dependency"
              + " dev.polybridge:bridge-graal (it runs Python and JavaScript on GraalVM).");
    }
  }
}
