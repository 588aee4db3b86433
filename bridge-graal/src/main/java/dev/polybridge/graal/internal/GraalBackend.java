package dev.polybridge.graal.internal;

import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import dev.polybridge.RuntimeInfo;
import dev.polybridge.spi.Backend;
import dev.polybridge.spi.BridgeConfig;
import java.lang.ref.Cleaner;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.graalvm.polyglot.Context;

/**
 * The GraalVM backend of one bridge: one {@link org.graalvm.polyglot.Engine} shared by the bridge's
 * contexts (so they share parsed and compiled code; contexts with host access get a second one, see
 * {@link ContextFactory}), the shared cross-language context made on first use, the isolated
 * contexts, the converters and the watchdog.
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
   * JavaScript contexts {@code evalIsolated} keeps ready, and threads making them: two keep both
   * cores of a small machine busy for one caller; more would only hold memory.
   */
  private static final int SPARE_JS_CONTEXTS = 2;

  private final BridgeConfig config;
  private final ContextFactory factory;
  private final ToGuest toGuest;
  private final ToJava toJava;
  private final RuntimeInfo runtime;
  private final Set<ContextCore> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger isolatedCount = new AtomicInteger();
  private final ReentrantLock lock = new ReentrantLock();
  private volatile GraalContext sharedPython;
  private volatile GraalContext sharedJs;
  private volatile Watchdog watchdog;
  private volatile ScheduledThreadPoolExecutor timers;
  private volatile SpareContexts spareJs;
  private volatile boolean closed;

  /** A backend for one bridge. */
  public GraalBackend(BridgeConfig config) {
    this.config = config;
    this.factory = new ContextFactory(config, this::statementLimitReached);
    this.toGuest = new ToGuest(config.converters());
    this.toJava = new ToJava(config.converters());
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
                context.eval(language == Language.PYTHON ? "None" : "undefined");
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

  BridgeConfig config() {
    return config;
  }

  ToGuest toGuest() {
    return toGuest;
  }

  ToJava toJava() {
    return toJava;
  }

  /** The one thread that fires the JS timers of this bridge's contexts, made on first use. */
  ScheduledExecutorService timers() {
    ScheduledThreadPoolExecutor t = timers;
    if (t == null) {
      lock.lock();
      try {
        if (timers == null) {
          ScheduledThreadPoolExecutor created =
              new ScheduledThreadPoolExecutor(
                  1,
                  r -> {
                    Thread thread = new Thread(r, "polybridge-timers");
                    thread.setDaemon(true);
                    return thread;
                  });
          created.setRemoveOnCancelPolicy(true);
          timers = created;
        }
        t = timers;
      } finally {
        lock.unlock();
      }
    }
    return t;
  }

  Watchdog watchdog() {
    Watchdog w = watchdog;
    if (w == null) {
      lock.lock();
      try {
        if (watchdog == null) {
          watchdog = new Watchdog();
        }
        w = watchdog;
      } finally {
        lock.unlock();
      }
    }
    return w;
  }

  @Override
  public GuestContext shared(Language language) {
    GraalContext c = language == Language.PYTHON ? sharedPython : sharedJs;
    if (c != null) {
      return c;
    }
    lock.lock();
    try {
      checkOpen();
      if (sharedPython == null) {
        Context context =
            factory.create(List.of(Language.PYTHON, Language.JS), config.defaults(), true);
        ContextCore core =
            register(new ContextCore(context, "shared context", config.defaults(), this));
        sharedPython = new GraalContext(core, Language.PYTHON, true);
        sharedJs = new GraalContext(core, Language.JS, true);
      }
      return language == Language.PYTHON ? sharedPython : sharedJs;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public GuestContext open(Language language, ContextOptions options) {
    checkOpen();
    Context context = factory.create(List.of(language), options, false);
    String name =
        "isolated " + language.displayName() + " context #" + isolatedCount.incrementAndGet();
    ContextCore core = register(new ContextCore(context, name, options, this));
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
   * Runs a snippet in a fresh sandboxed context that is closed afterwards. JavaScript snippets take
   * contexts made ahead of time by {@link SpareContexts} (about a millisecond each on the JIT), so
   * the caller's thread only evaluates. Python contexts cost hundreds of milliseconds each: they
   * are made on demand, never speculatively; use a pool for repeated Python snippets.
   */
  @Override
  public <T> T evalIsolated(Language language, String code, Class<T> type) {
    if (language != Language.JS) {
      return Backend.super.evalIsolated(language, code, type);
    }
    SpareContexts spares = spareJs();
    GuestContext context = spares.take();
    try {
      return context.eval(code).as(type);
    } finally {
      spares.discard(context);
    }
  }

  private SpareContexts spareJs() {
    SpareContexts s = spareJs;
    if (s == null) {
      lock.lock();
      try {
        checkOpen();
        if (spareJs == null) {
          spareJs =
              new SpareContexts(
                  () -> open(Language.JS, ContextOptions.sandboxed()),
                  SPARE_JS_CONTEXTS,
                  "polybridge-spare-contexts");
        }
        s = spareJs;
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

  /** Called by a core when it closes. */
  void forget(ContextCore core) {
    open.remove(core);
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
    SpareContexts s = spareJs;
    if (s != null) {
      s.close();
    }
    for (ContextCore core : List.copyOf(open)) {
      core.close("its Bridge was closed");
    }
    Watchdog w = watchdog;
    if (w != null) {
      w.shutdown();
    }
    ScheduledThreadPoolExecutor t = timers;
    if (t != null) {
      t.shutdownNow();
    }
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
