package dev.polybridge.graal.internal;

import dev.polybridge.graal.internal.ContextCore.StopReason;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.graalvm.polyglot.PolyglotException;

/**
 * One scheduler thread per bridge that stops guest code past its timeout or allocation limit. An
 * entry with limits gets a {@link Watch}: a one-shot timer for the timeout, and a periodic sample
 * of the bytes the entering thread has allocated. When one trips, the guest is interrupted (the
 * context stays usable); if it does not stop within {@link #GRACE}, the context is cancelled.
 */
final class Watchdog {
  /** How long an interrupted guest gets to stop before its context is cancelled. */
  static final Duration GRACE = Duration.ofSeconds(2);

  private static final long SAMPLE_MILLIS = 5;

  private final ScheduledThreadPoolExecutor scheduler;
  private final com.sun.management.ThreadMXBean threads;

  Watchdog() {
    scheduler =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "polybridge-watchdog");
              t.setDaemon(true);
              return t;
            });
    scheduler.setRemoveOnCancelPolicy(true);
    threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  }

  /** Starts watching the current thread's entry into {@code core}. */
  Watch watch(ContextCore core) {
    Watch watch = new Watch(core);
    core.options()
        .timeout()
        .ifPresent(
            t ->
                watch.timer =
                    scheduler.schedule(
                        () -> watch.stop(StopReason.TIMEOUT), t.toNanos(), TimeUnit.NANOSECONDS));
    core.options()
        .maxAllocatedBytes()
        .ifPresent(
            limit -> {
              long threadId = Thread.currentThread().getId();
              long start = threads.getThreadAllocatedBytes(threadId);
              if (start >= 0) {
                watch.sampler =
                    scheduler.scheduleWithFixedDelay(
                        () -> {
                          long now = threads.getThreadAllocatedBytes(threadId);
                          if (now - start > limit) {
                            watch.stop(StopReason.ALLOCATION);
                          }
                        },
                        SAMPLE_MILLIS,
                        SAMPLE_MILLIS,
                        TimeUnit.MILLISECONDS);
              }
            });
    return watch;
  }

  void shutdown() {
    scheduler.shutdownNow();
  }

  /** One guarded entry. */
  static final class Watch {
    private final ContextCore core;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean done;
    private volatile ScheduledFuture<?> timer;
    private volatile ScheduledFuture<?> sampler;

    private Watch(ContextCore core) {
      this.core = core;
    }

    /** Called by the watchdog thread: stops the guest, by interrupt or else by cancel. */
    private void stop(StopReason reason) {
      lock.lock();
      try {
        if (done || core.stopReason() != null) {
          return;
        }
        core.stopping(reason);
        cancelTimers();
        try {
          core.context().interrupt(GRACE);
        } catch (TimeoutException e) {
          core.markCancelled(
              reason == StopReason.TIMEOUT
                  ? "cancelled after its timeout: the guest did not stop when interrupted"
                  : "cancelled after its allocation limit: the guest did not stop when interrupted");
          core.context().close(true);
        }
      } catch (PolyglotException | IllegalStateException e) {
        // The context closed meanwhile: nothing left to stop.
      } finally {
        lock.unlock();
      }
    }

    /** Called by the entering thread when the entry ends. */
    void done() {
      lock.lock();
      try {
        done = true;
        cancelTimers();
      } finally {
        lock.unlock();
      }
    }

    private void cancelTimers() {
      ScheduledFuture<?> t = timer;
      if (t != null) {
        t.cancel(false);
      }
      ScheduledFuture<?> s = sampler;
      if (s != null) {
        s.cancel(false);
      }
    }
  }
}
