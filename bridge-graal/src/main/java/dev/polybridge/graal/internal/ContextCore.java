package dev.polybridge.graal.internal;

import dev.polybridge.ContextOptions;
import dev.polybridge.ExecutionTimeoutException;
import dev.polybridge.Language;
import dev.polybridge.ResourceLimitException;
import java.lang.ref.Cleaner;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * One polyglot {@link Context} and the lock that serializes every entry into it. All guest work of
 * Polybridge goes through {@link #enter}: it takes the lock (a {@link ReentrantLock}, so virtual
 * threads do not pin their carriers), checks the context is open, starts the language on first use,
 * arms the watchdog for the outermost entry, and turns GraalVM's exceptions into Polybridge's.
 *
 * <p>Starting a language (GraalPy's start-up, Polybridge's helpers, the Python sandbox) happens
 * outside the watchdog: a timeout limits the caller's guest code, and an interrupted start-up would
 * leave a half-initialised interpreter behind.
 *
 * <p>The shared context of a bridge hosts both languages in one polyglot context, so handles pass
 * between them; isolated contexts host one.
 *
 * <p>Thread-safety: every method may be called from any thread; guest work is serialized by the
 * lock, and {@link #close} may be called while another thread runs guest code (it cancels it).
 */
final class ContextCore {
  /**
   * Run once in every Python context before any guest code. GraalPy implements {@code signal} with
   * the JVM's own signals, so guest code could stop or reconfigure the host process.
   */
  private static final Source PYTHON_SANDBOX =
      Source.newBuilder(
              "python", GuestSupport.resource("sandbox.py"), GuestSupport.HELPER_SOURCE_NAME)
          .internal(true)
          .cached(true)
          .buildLiteral();

  /** The Python home, whose standard library a statement limit does not count. */
  private static final Source PYTHON_HOME =
      Source.newBuilder(
              "python", "__import__('__graalpython__').home", GuestSupport.HELPER_SOURCE_NAME)
          .internal(true)
          .cached(true)
          .buildLiteral();

  private final Context context;
  private final String name;
  private final ContextOptions options;
  private final GraalBackend backend;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<Language, GuestSupport> supports = new EnumMap<>(Language.class);
  private final List<Runnable> closeHooks = new CopyOnWriteArrayList<>();
  private final Set<Language> started = EnumSet.noneOf(Language.class);
  private final boolean guarded;
  private volatile boolean closed;
  private volatile String closedBecause;
  private volatile Cleaner.Cleanable cleanable;

  /** Whether guest code of the user has run; until then start-up may reset the statement count. */
  private boolean used;

  /** Set by GraalVM's limit callback: the context has used up its statement limit. */
  private volatile boolean statementLimitReached;

  /** Why the watchdog stopped the current entry, or null; read when the guest unwinds. */
  private volatile StopReason stopReason;

  ContextCore(Context context, String name, ContextOptions options, GraalBackend backend) {
    this.context = context;
    this.name = name;
    this.options = options;
    this.backend = backend;
    this.guarded = options.timeout().isPresent() || options.maxAllocatedBytes().isPresent();
  }

  Context context() {
    return context;
  }

  String name() {
    return name;
  }

  ContextOptions options() {
    return options;
  }

  GraalBackend backend() {
    return backend;
  }

  /** The language support of this context for {@code language}, made on first use. */
  GuestSupport support(Language language) {
    lock.lock();
    try {
      return supports.computeIfAbsent(
          language, l -> l == Language.PYTHON ? new PythonSupport(this) : new JsSupport(this));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code action} inside the context: serialized, guarded by the watchdog, with GraalVM's
   * exceptions mapped to Polybridge's.
   *
   * @param caller the language of the façade entering; guest errors without a guest frame (a syntax
   *     error, a failed import) are reported as this language's
   */
  <T> T enter(Language caller, Supplier<T> action) {
    lock.lock();
    try {
      checkOpen();
      boolean outermost = lock.getHoldCount() == 1;
      Watchdog.Watch watch = null;
      try {
        if (outermost) {
          start(caller);
          used = true;
          watch = guarded ? backend.watchdog().watch(this) : null;
        }
        return action.get();
      } catch (PolyglotException e) {
        RuntimeException stopped = stoppedByLimit(e);
        throw stopped != null ? stopped : ErrorMapper.map(e, this, caller);
      } catch (IllegalStateException e) {
        // GraalVM's "context is closed" after a cancel that raced with this entry.
        if (!closed) {
          throw e;
        }
        throw closedException();
      } finally {
        if (watch != null) {
          watch.done();
          stopReason = null;
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * The exception for guest code stopped by one of its limits, or null when no limit stopped it.
   * Besides GraalVM's own interrupted and cancelled exceptions this covers a Java callback that
   * gave up when the interrupt reached it (an {@link InterruptedException} from a sleep, say), and
   * GraalPy reporting a statement-limit cancel as an internal error.
   */
  private RuntimeException stoppedByLimit(PolyglotException e) {
    if (statementLimitReached && !e.isHostException()) {
      markCancelled("its statementLimit was reached");
      return new ResourceLimitException(
          ResourceLimitException.Limit.STATEMENTS, options.statementLimit().orElse(0), true);
    }
    StopReason stop = stopReason;
    if (stop == null || !(e.isInterrupted() || e.isCancelled() || e.isHostException())) {
      return null;
    }
    boolean cancelled = e.isCancelled() || closed;
    if (cancelled) {
      markCancelled(
          "cancelled after its "
              + (stop == StopReason.TIMEOUT ? "timeout" : "allocation limit")
              + ": the guest did not stop when interrupted");
    }
    long allocationLimit = options.maxAllocatedBytes().orElse(0);
    RuntimeException out;
    if (stop == StopReason.TIMEOUT) {
      out = new ExecutionTimeoutException(options.timeout().orElseThrow(), cancelled);
    } else if (stop == StopReason.HEAP) {
      out =
          new ResourceLimitException(
              ResourceLimitException.Limit.ALLOCATED_BYTES,
              allocationLimit,
              "Guest code was stopped because the JVM's heap was nearly full, before its"
                  + " maxAllocatedBytes of "
                  + allocationLimit
                  + " bytes was reached"
                  + (cancelled ? "; the context is closed, create a new one" : "")
                  + ". Give the JVM more heap (-Xmx), or lower ContextOptions.maxAllocatedBytes(...)"
                  + " so that the limit stops the guest first.");
    } else {
      out =
          new ResourceLimitException(
              ResourceLimitException.Limit.ALLOCATED_BYTES, allocationLimit, cancelled);
    }
    if (e.isHostException()) {
      out.addSuppressed(e.asHostException());
    }
    return out;
  }

  /** Like {@link #enter(Language, Supplier)} for actions without a result. */
  void run(Language caller, Runnable action) {
    enter(
        caller,
        () -> {
          action.run();
          return null;
        });
  }

  /**
   * Starts {@code language} now rather than on first use, so isolated contexts and pools are ready
   * when they are handed out.
   */
  void startNow(Language language) {
    run(language, () -> {});
  }

  /** Under the lock, outside the watchdog: starts the language once. */
  private void start(Language language) {
    if (started.contains(language)) {
      return;
    }
    context.initialize(language.id());
    if (language == Language.PYTHON) {
      ContextFactory.languageHome(context.eval(PYTHON_HOME).asString());
      context.eval(PYTHON_SANDBOX);
    }
    support(language).helpers();
    started.add(language);
    if (!used && options.statementLimit().isPresent()) {
      // Start-up statements are Polybridge's and GraalPy's, not the caller's.
      context.resetLimits();
    }
  }

  boolean isHeldByCurrentThread() {
    return lock.isHeldByCurrentThread();
  }

  void checkOpen() {
    if (closed) {
      throw closedException();
    }
  }

  IllegalStateException closedException() {
    String why = closedBecause == null ? "" : " (" + closedBecause + ")";
    return new IllegalStateException(
        "The " + name + " is closed" + why + "; values and handles from it can no longer be used");
  }

  boolean isClosed() {
    return closed;
  }

  /** Records why the watchdog is stopping the guest; see {@link ErrorMapper}. */
  void stopping(StopReason reason) {
    stopReason = reason;
  }

  /** Called on the guest's thread when GraalVM stops the guest at its statement limit. */
  void statementLimitReached() {
    statementLimitReached = true;
  }

  /** The safety net that closes this core when its context object is garbage-collected. */
  void cleanWith(Cleaner.Cleanable cleanable) {
    this.cleanable = cleanable;
    if (closed) {
      cleanable.clean();
    }
  }

  /** Marks the context closed after GraalVM cancelled it (a limit, or an uninterruptible guest). */
  void markCancelled(String because) {
    if (!closed) {
      closedBecause = because;
      closed = true;
      released();
    }
  }

  /** Closes the context, cancelling guest code that is still running. Idempotent. */
  void close() {
    close(null);
  }

  /**
   * Closes the context, cancelling guest code that is still running, and says why in later {@link
   * IllegalStateException}s. Idempotent.
   */
  void close(String because) {
    if (closed) {
      return;
    }
    closedBecause = because;
    closed = true;
    try {
      context.close(true);
    } catch (PolyglotException | IllegalStateException e) {
      // Already cancelled or closing: nothing is left to release.
    }
    released();
  }

  /** Runs {@code hook} when the context closes (pending JS timers are cancelled this way). */
  void onClose(Runnable hook) {
    closeHooks.add(hook);
    if (closed) {
      hook.run();
    }
  }

  private void released() {
    backend.forget(this);
    for (Runnable hook : closeHooks) {
      hook.run();
    }
    closeHooks.clear();
    if (lock.tryLock()) { // a thread still unwinding from the cancel keeps them until it is done
      try {
        // Drop cached guest values: a user still holding the GuestContext must not keep the closed
        // context's guest heap alive.
        for (GuestSupport support : supports.values()) {
          support.release();
        }
      } finally {
        lock.unlock();
      }
    }
    Cleaner.Cleanable c = cleanable;
    if (c != null) {
      // Unregisters the safety net, so a closed core is not kept reachable by the cleaner.
      c.clean();
    }
  }

  /** Why the watchdog stopped guest code. */
  enum StopReason {
    /** The entry ran past {@link ContextOptions#timeout()}. */
    TIMEOUT,
    /** The entering thread allocated more than {@link ContextOptions#maxAllocatedBytes()}. */
    ALLOCATION,
    /** The JVM's heap was nearly full during an entry with an allocation limit. */
    HEAP
  }
}
