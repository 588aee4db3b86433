package dev.polybridge.graal.internal.context;

import dev.polybridge.graal.internal.convert.Conversions;
import dev.polybridge.spi.BridgeConfig;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What the contexts of one bridge share: its configuration, its converters, and the threads made on
 * first use (the watchdog of limited entries, the JavaScript timer thread). Handed to each {@link
 * ContextCore}, so no context calls back into {@link GraalBackend}.
 *
 * <p>Thread-safety: safe for use from any thread; the threads are made under a lock.
 */
final class BridgeServices {
  final BridgeConfig config;
  final Conversions conversions;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Watchdog watchdog;
  private volatile ScheduledThreadPoolExecutor timers;

  BridgeServices(BridgeConfig config) {
    this.config = config;
    this.conversions = new Conversions(config.converters());
  }

  /** The watchdog of entries with a timeout or allocation limit, made on first use. */
  Watchdog watchdog() {
    Watchdog w = watchdog;
    return w != null ? w : once(() -> watchdog == null ? watchdog = new Watchdog() : watchdog);
  }

  /** The one thread that fires the JS timers of this bridge's contexts, made on first use. */
  ScheduledExecutorService timers() {
    ScheduledThreadPoolExecutor t = timers;
    return t != null ? t : once(() -> timers == null ? timers = newTimers() : timers);
  }

  private <T> T once(Supplier<T> make) {
    lock.lock();
    try {
      return make.get();
    } finally {
      lock.unlock();
    }
  }

  private static ScheduledThreadPoolExecutor newTimers() {
    ScheduledThreadPoolExecutor created =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread thread = new Thread(r, "polybridge-timers");
              thread.setDaemon(true);
              return thread;
            });
    created.setRemoveOnCancelPolicy(true);
    return created;
  }

  /** Stops the threads. */
  void shutdown() {
    Watchdog w = watchdog;
    if (w != null) {
      w.shutdown();
    }
    ScheduledThreadPoolExecutor t = timers;
    if (t != null) {
      t.shutdownNow();
    }
  }
}
