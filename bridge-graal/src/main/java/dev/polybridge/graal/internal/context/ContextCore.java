package dev.polybridge.graal.internal.context;

import dev.polybridge.ContextOptions;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.graal.internal.lang.GuestSupport;
import dev.polybridge.graal.internal.lang.LanguageHost;
import java.io.OutputStream;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * One polyglot {@link Context} and the lock that serializes every entry into it. All guest work of
 * Polybridge goes through {@link #enter}: it takes the lock (a {@link ReentrantLock}, so virtual
 * threads do not pin their carriers), checks the context is open, starts the language on first use,
 * arms the watchdog for the outermost entry, and turns GraalVM's exceptions into Polybridge's.
 *
 * <p>Starting a language (GraalPy's start-up, the language's sandbox, Polybridge's helpers) happens
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
  private final Context context;
  private final String name;
  private final ContextOptions options;
  private final BridgeServices services;
  private final Consumer<ContextCore> onRelease;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<Language, GuestSupport> supports = new EnumMap<>(Language.class);
  // Weak: the cleaner's action holds this core, so a strong reference to an isolated context's
  // façade would keep it reachable and the cleaner would never run.
  private final Map<Language, WeakReference<GraalContext>> facades = new EnumMap<>(Language.class);
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

  /**
   * @param onRelease told once when the context is closed or cancelled
   */
  ContextCore(
      Context context,
      String name,
      ContextOptions options,
      BridgeServices services,
      Consumer<ContextCore> onRelease) {
    this.context = context;
    this.name = name;
    this.options = options;
    this.services = services;
    this.onRelease = onRelease;
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

  BridgeServices services() {
    return services;
  }

  /** The language support of this context for {@code language}, made on first use. */
  GuestSupport support(Language language) {
    lock.lock();
    try {
      return supports.computeIfAbsent(language, l -> GuestSupport.of(l, new Host(l)));
    } finally {
      lock.unlock();
    }
  }

  /** Called by each {@link GraalContext} over this core as it is made. */
  void register(GraalContext facade) {
    lock.lock();
    try {
      facades.put(facade.language(), new WeakReference<>(facade));
    } finally {
      lock.unlock();
    }
  }

  /**
   * A handle on a value of this context, of {@code language}'s façade (else another one); null when
   * no façade is left, which only happens while a forgotten context is being cleaned up.
   */
  Handle handle(Language language, Value value) {
    lock.lock();
    try {
      WeakReference<GraalContext> preferred = facades.get(language);
      GraalContext facade = preferred == null ? null : preferred.get();
      for (WeakReference<GraalContext> other : facades.values()) {
        facade = facade != null ? facade : other.get();
      }
      return facade == null ? null : facade.handle(value);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code action} inside the context: serialized, guarded by the watchdog, with GraalVM's
   * exceptions mapped to Polybridge's. Hot paths use {@link #begin} and {@link #end} directly, the
   * same entry without a lambda.
   *
   * @param caller the language of the façade entering; guest errors without a guest frame (a syntax
   *     error, a failed import) are reported as this language's
   */
  <T> T enter(Language caller, Supplier<T> action) {
    Watchdog.Watch watch = begin(caller);
    try {
      T result = action.get();
      returned(watch);
      return result;
    } catch (PolyglotException e) {
      throw failed(e, caller);
    } catch (IllegalStateException e) {
      throw failed(e);
    } finally {
      end(watch);
    }
  }

  /**
   * Begins an entry: takes the lock, checks the context is open, and for the outermost entry starts
   * the language and arms the watchdog. Every {@code begin} is followed by one {@link #end}, in a
   * {@code finally}; exceptions in between go through {@link #failed}.
   *
   * @return the watch to end, or null when the entry has no limit to watch
   */
  Watchdog.Watch begin(Language caller) {
    lock.lock();
    try {
      checkOpen();
      if (lock.getHoldCount() > 1) {
        return null;
      }
      start(caller);
      used = true;
      return guarded ? services.watchdog().watch(this) : null;
    } catch (PolyglotException e) {
      RuntimeException mapped;
      try {
        mapped = failed(e, caller); // may ask the guest about its exception: under the lock
      } finally {
        lock.unlock();
      }
      throw mapped;
    } catch (RuntimeException | Error e) {
      lock.unlock();
      throw e;
    }
  }

  /**
   * Called when an entry's action returned normally, before {@link #end}: throws the limit's
   * exception if the watchdog cancelled the context meanwhile. A Java callback that ignores the
   * interrupt may return just as the context is cancelled, before GraalVM's cancel reaches the
   * guest, which then returns normally too; its caller must still learn that the call was cut off.
   */
  void returned(Watchdog.Watch watch) {
    RuntimeException cancelled = watch == null ? null : cancelledByWatchdog();
    if (cancelled != null) {
      throw cancelled;
    }
  }

  /** The limit's exception when the watchdog cancelled the context during this entry, or null. */
  private RuntimeException cancelledByWatchdog() {
    StopReason stop = stopReason;
    return closed && stop != null ? LimitErrors.stopped(stop, options, true) : null;
  }

  /** Ends an entry {@link #begin} began. */
  void end(Watchdog.Watch watch) {
    try {
      if (watch != null) {
        watch.done();
        stopReason = null;
      }
    } finally {
      lock.unlock();
    }
  }

  /** The Polybridge exception for a GraalVM exception thrown inside an entry. */
  RuntimeException failed(PolyglotException e, Language caller) {
    RuntimeException stopped = stoppedByLimit(e);
    return stopped != null ? stopped : ErrorMapper.map(e, this, caller);
  }

  /**
   * GraalVM's "context is closed" after a cancel that raced with the entry, said as ours: the
   * limit's exception when the watchdog cancelled it during this entry, else the closed context's.
   */
  RuntimeException failed(IllegalStateException e) {
    if (!closed) {
      return e;
    }
    RuntimeException cancelled = cancelledByWatchdog();
    return cancelled != null ? cancelled : closedException();
  }

  /**
   * The exception for guest code stopped by one of its limits, or null when no limit stopped it.
   * Besides GraalVM's own interrupted and cancelled exceptions this covers a Java callback that
   * gave up when the interrupt reached it (an {@link InterruptedException} from a sleep, say), and
   * GraalPy reporting a statement-limit cancel as an internal error.
   */
  private RuntimeException stoppedByLimit(PolyglotException e) {
    if (statementLimitReached && !e.isHostException()) {
      return statementLimitHit();
    }
    StopReason stop = stopReason;
    if (stop == null || !(e.isInterrupted() || e.isCancelled() || e.isHostException())) {
      return null;
    }
    boolean cancelled = e.isCancelled() || closed;
    if (cancelled) {
      markCancelled(LimitErrors.didNotStop(stop));
    }
    RuntimeException out = LimitErrors.stopped(stop, options, cancelled);
    if (e.isHostException()) {
      out.addSuppressed(e.asHostException());
    }
    return out;
  }

  /**
   * Closes the context after GraalVM cancelled it at its statement limit; the exception to throw.
   */
  RuntimeException statementLimitHit() {
    markCancelled(LimitErrors.STATEMENT_LIMIT_REACHED);
    return LimitErrors.statementLimit(options);
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
    GuestSupport support = support(language);
    String home = support.languageHome();
    if (home != null) {
      ContextFactory.languageHome(home);
    }
    support.start();
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

  /** Records why the watchdog is stopping the guest; see {@link #stoppedByLimit}. */
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
      if (!lock.isHeldByCurrentThread() && lock.tryLock()) {
        try {
          context.close(); // nothing runs in it: the plain close, cheaper than a cancel
        } finally {
          lock.unlock();
        }
      } else {
        context.close(true); // guest code is running (maybe this thread's): cancel it
      }
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
    onRelease.accept(this);
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

  /** What the support of one language sees of this context. */
  private final class Host implements LanguageHost {
    private final Language language;

    Host(Language language) {
      this.language = language;
    }

    @Override
    public Context context() {
      return context;
    }

    @Override
    public void runEntry(Runnable action) {
      run(language, action);
    }

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public void onClose(Runnable hook) {
      ContextCore.this.onClose(hook);
    }

    @Override
    public ScheduledExecutorService timers() {
      return services.timers();
    }

    @Override
    public ContextOptions options() {
      return options;
    }

    @Override
    public OutputStream stdout() {
      return options.stdout().orElse(services.config.stdout());
    }

    @Override
    public OutputStream stderr() {
      return options.stderr().orElse(services.config.stderr());
    }

    @Override
    public List<Path> jsModulePath() {
      return services.config.jsModulePath();
    }
  }
}
