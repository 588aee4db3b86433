package dev.polybridge.graal.internal;

import dev.polybridge.ContextOptions;
import dev.polybridge.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * One polyglot {@link Context} and the lock that serializes every entry into it. All guest work of
 * Polybridge goes through {@link #enter}: it takes the lock (a {@link ReentrantLock}, so virtual
 * threads do not pin their carriers), checks the context is open, arms the watchdog for the
 * outermost entry, and turns GraalVM's exceptions into Polybridge's.
 *
 * <p>The shared context of a bridge hosts both languages in one polyglot context, so handles pass
 * between them; isolated contexts host one.
 */
final class ContextCore {
  private final Context context;
  private final String name;
  private final ContextOptions options;
  private final GraalBackend backend;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<Language, GuestSupport> supports = new EnumMap<>(Language.class);
  private final boolean guarded;
  private volatile boolean closed;
  private volatile String closedBecause;

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
      Watchdog.Watch watch =
          guarded && lock.getHoldCount() == 1 ? backend.watchdog().watch(this) : null;
      try {
        return action.get();
      } catch (PolyglotException e) {
        throw ErrorMapper.map(e, this, caller);
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

  /** Like {@link #enter(Language, Supplier)} for actions without a result. */
  void run(Language caller, Runnable action) {
    enter(
        caller,
        () -> {
          action.run();
          return null;
        });
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

  StopReason stopReason() {
    return stopReason;
  }

  /** Marks the context closed after GraalVM cancelled it (a limit, or an uninterruptible guest). */
  void markCancelled(String because) {
    if (!closed) {
      closedBecause = because;
      closed = true;
      backend.forget(this);
    }
  }

  /** Closes the context, cancelling guest code that is still running. Idempotent. */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      context.close(true);
    } catch (PolyglotException | IllegalStateException e) {
      // Already cancelled or closing: nothing is left to release.
    }
    backend.forget(this);
  }

  /** Why the watchdog stopped guest code. */
  enum StopReason {
    TIMEOUT,
    ALLOCATION
  }
}
