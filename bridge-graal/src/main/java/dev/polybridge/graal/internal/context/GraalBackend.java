package dev.polybridge.graal.internal.context;

import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import dev.polybridge.RuntimeInfo;
import dev.polybridge.graal.internal.fs.PythonResources;
import dev.polybridge.graal.internal.lang.GuestSupport;
import dev.polybridge.spi.Backend;
import dev.polybridge.spi.BridgeConfig;
import java.lang.ref.Cleaner;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.graalvm.polyglot.Context;

/**
 * The GraalVM backend of one bridge: one {@link org.graalvm.polyglot.Engine} shared by the bridge's
 * contexts (so they share parsed and compiled code; contexts with host access get a second one, see
 * {@link ContextFactory}), the shared cross-language context made on first use, the isolated
 * contexts, and the services they share ({@link BridgeServices}). This is where the parts are put
 * together; nothing calls back into it but the contexts' close notices.
 *
 * <p>Isolated contexts are closed by their owner, by {@link #close()}, or, as a safety net, by a
 * {@link Cleaner} once the {@link GuestContext} object is unreachable. The cleaner's action holds
 * only the {@link ContextCore}, never the context object it watches.
 *
 * <p>Thread-safety: safe for use from any thread; the shared contexts are made under a lock.
 */
public final class GraalBackend implements Backend {
  /** The backend's name in {@link RuntimeInfo#backend()}. */
  public static final String NAME = "GraalVM Polyglot";

  private static final System.Logger LOG = System.getLogger("dev.polybridge");
  private static final AtomicBoolean INTERPRETER_NOTICE = new AtomicBoolean();

  /**
   * Contexts {@code evalIsolated} keeps ready for a language, and threads making them. One: while
   * the JIT warms up, a second thread making contexts takes the core the compiler needs (measured
   * on 2 cores: 1,339 snippets/s after 10 s with two, 2,662 with one; after 60 s 6,875 and 6,424,
   * within the spread of one fork); more would only hold memory.
   */
  private static final int SPARE_CONTEXTS = 1;

  /**
   * The contexts {@code evalIsolated} makes and closes on the caller's thread before the spare
   * contexts' thread starts: before the JIT has compiled context creation, that thread competes
   * with the compiler for the cores. Measured on 2 cores (one fork each, snippets/s in seconds 7
   * and 10): none 1,104 and 2,224; 2,000 2,944 and 3,461; 8,000 1,454 and 2,887; alike from 20 s
   * on.
   */
  private static final int SPARE_WARM_UP = 2_000;

  private final BridgeConfig config;
  private final BridgeServices services;
  private final ContextFactory factory;
  private final RuntimeInfo runtime;
  private final Set<ContextCore> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger isolatedCount = new AtomicInteger();
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Map<Language, GraalContext> shared;
  private final Map<Language, SpareContexts> spares = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /** A backend for one bridge. */
  public GraalBackend(BridgeConfig config) {
    this.config = config;
    this.services = new BridgeServices(config);
    this.factory =
        new ContextFactory(config, PythonResources.pythonPath(config), this::statementLimitReached);
    this.runtime = Runtimes.describe(factory.engine());
    if (!runtime.optimizing() && INTERPRETER_NOTICE.compareAndSet(false, true)) {
      LOG.log(
          System.Logger.Level.INFO,
          "Polybridge: guest code runs in GraalVM's interpreter (10-40x slower). To JIT-compile"
              + " it, run on JDK 25 with the Graal compiler; see README.md, section \"Turning on"
              + " the JIT\".");
    }
    if (!config.warmUp().isEmpty()) {
      Thread warmUp = new Thread(this::warmUp, "polybridge-warmup");
      warmUp.setDaemon(true);
      warmUp.start();
    }
  }

  /**
   * Prepares the shared contexts named by {@code Builder.warmUp} and imports their modules, in the
   * background. A user call arriving meanwhile waits on the context's lock instead of doing the
   * same work twice; a failed import is logged and fails again when the application imports it.
   */
  private void warmUp() {
    config
        .warmUp()
        .forEach(
            (language, modules) -> {
              try {
                GuestContext context = shared(language);
                ((GraalContext) context).core().startNow(language);
                for (String module : modules) {
                  try {
                    context.importModule(module);
                  } catch (RuntimeException e) {
                    LOG.log(
                        System.Logger.Level.WARNING,
                        "Polybridge warm-up could not import " + module + ": " + e.getMessage());
                  }
                }
              } catch (IllegalStateException e) {
                // The bridge was closed before the warm-up finished: nothing left to prepare.
              }
            });
  }

  @Override
  public GuestContext shared(Language language) {
    Map<Language, GraalContext> s = shared;
    if (s != null) {
      return s.get(language);
    }
    lock.lock();
    try {
      checkOpen();
      if (shared == null) {
        List<Language> all = List.of(Language.values());
        Context context = factory.create(all, config.defaults(), true);
        ContextCore core = register(newCore(context, "shared context", config.defaults()));
        Map<Language, GraalContext> made = new EnumMap<>(Language.class);
        for (Language l : all) {
          made.put(l, new GraalContext(core, l, true));
        }
        shared = made;
      }
      return shared.get(language);
    } finally {
      lock.unlock();
    }
  }

  private ContextCore newCore(Context context, String name, ContextOptions options) {
    return new ContextCore(context, name, options, services, open::remove);
  }

  @Override
  public GuestContext open(Language language, ContextOptions options) {
    checkOpen();
    Context context = factory.create(List.of(language), options, false);
    String name =
        "isolated " + language.displayName() + " context #" + isolatedCount.incrementAndGet();
    ContextCore core = register(newCore(context, name, options));
    try {
      core.startNow(language);
    } catch (RuntimeException | Error e) {
      core.close();
      throw e;
    }
    GraalContext isolated = new GraalContext(core, language, false);
    // The action holds the core only: a context object the user dropped without closing it
    // becomes unreachable, and the cleaner closes its core.
    core.cleanWith(Reaper.CLEANER.register(isolated, new Reaper(core)));
    return isolated;
  }

  /**
   * Runs a snippet in a fresh sandboxed context that is closed afterwards. Snippets of a language
   * whose contexts are cheap (JavaScript: about a millisecond each on the JIT) take contexts made
   * ahead of time by {@link SpareContexts}, so the caller's thread only evaluates. Python contexts
   * cost hundreds of milliseconds each: they are made on demand, never speculatively; use a pool
   * for repeated Python snippets.
   */
  @Override
  public <T> T evalIsolated(Language language, String code, Class<T> type) {
    if (!GuestSupport.contextsAreCheap(language)) {
      return Backend.super.evalIsolated(language, code, type);
    }
    SpareContexts ready = spares(language);
    GuestContext context = ready.take();
    try {
      return context.eval(code).as(type);
    } finally {
      ready.discard(context);
    }
  }

  private SpareContexts spares(Language language) {
    SpareContexts s = spares.get(language);
    if (s == null) {
      lock.lock();
      try {
        checkOpen();
        s =
            spares.computeIfAbsent(
                language,
                l ->
                    new SpareContexts(
                        () -> open(l, ContextOptions.sandboxed()),
                        SPARE_CONTEXTS,
                        SPARE_WARM_UP,
                        "polybridge-spare-contexts"));
      } finally {
        lock.unlock();
      }
    }
    return s;
  }

  private ContextCore register(ContextCore core) {
    open.add(core);
    if (closed) {
      core.close();
      checkOpen();
    }
    return core;
  }

  /** Called by GraalVM on the guest's thread when {@code context} reaches its statement limit. */
  private void statementLimitReached(Context context) {
    for (ContextCore core : open) {
      if (core.context().equals(context)) {
        core.statementLimitReached();
      }
    }
  }

  @Override
  public RuntimeInfo runtime() {
    return runtime;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException(
          "The Bridge is closed; create a new one with Bridge.create()");
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
    } finally {
      lock.unlock();
    }
    spares.values().forEach(SpareContexts::close);
    for (ContextCore core : List.copyOf(open)) {
      core.close("its Bridge was closed");
    }
    services.shutdown();
    factory.close();
  }

  /** Closes the core of an isolated context that was garbage-collected while still open. */
  private static final class Reaper implements Runnable {
    /** One daemon thread for the JVM, started with the first isolated context. */
    static final Cleaner CLEANER =
        Cleaner.create(
            r -> {
              Thread t = new Thread(r, "polybridge-cleaner");
              t.setDaemon(true);
              return t;
            });

    private final ContextCore core;

    Reaper(ContextCore core) {
      this.core = core;
    }

    @Override
    public void run() {
      if (!core.isClosed()) {
        LOG.log(
            System.Logger.Level.DEBUG,
            "Polybridge: closing the {0}, which was garbage-collected without being closed",
            core.name());
        core.close("it was garbage-collected without being closed");
      }
    }
  }
}
