package dev.polybridge.graal.internal.context;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.graalvm.polyglot.PolyglotException;

/**
 * Stops guest code past its timeout or allocation limit: one scheduler thread per bridge, not a
 * thread per call. An entry with limits gets a {@link Watch}: a one-shot timer for the timeout, and
 * a periodic sample of the bytes the entering thread has allocated and of the heap ({@link
 * HeapGuard}). When one trips, the guest is interrupted and the context stays usable; if it does
 * not stop within {@link #GRACE} (it is stuck in a Java callback, say), the context is cancelled
 * and closed.
 *
 * <p>Interrupting waits for the guest to unwind, so it runs on a separate, usually empty pool of
 * stopper threads; the scheduler never blocks and other entries' timers stay on time.
 *
 * <p>Thread-safety: {@link #watch} is called by entering threads, the rest by the watchdog's own
 * threads; a {@link Watch}'s lock orders a stop against the end of its entry.
 */
final class Watchdog {
  /** How long an interrupted guest gets to stop before its context is cancelled. */
  static final Duration GRACE = Duration.ofSeconds(2);

  private static final long SAMPLE_MILLIS = 5;
  private static final AtomicInteger COUNT = new AtomicInteger();

  private final ScheduledThreadPoolExecutor scheduler;
  private final ThreadPoolExecutor stopper;
  private final com.sun.management.ThreadMXBean threads;

  Watchdog() {
    String name = "polybridge-watchdog-" + COUNT.incrementAndGet();
    scheduler = new ScheduledThreadPoolExecutor(1, daemon(name));
    scheduler.setRemoveOnCancelPolicy(true);
    stopper =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            5,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemon(name + "-stop"));
    threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
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
                        () -> watch.trip(StopReason.TIMEOUT), t.toNanos(), TimeUnit.NANOSECONDS));
    core.options()
        .maxAllocatedBytes()
        .ifPresent(limit -> watch.sampler = sampleAllocations(watch, limit));
    return watch;
  }

  /**
   * Samples the entering thread's allocated bytes against {@code limit}, and the heap. A virtual
   * thread's allocations are not reported by the JVM (-1); for it only the heap is watched.
   */
  private ScheduledFuture<?> sampleAllocations(Watch watch, long limit) {
    long threadId = Thread.currentThread().getId();
    long start = threads.getThreadAllocatedBytes(threadId);
    return scheduler.scheduleWithFixedDelay(
        () -> {
          if (start >= 0 && threads.getThreadAllocatedBytes(threadId) - start > limit) {
            watch.trip(StopReason.ALLOCATION);
          } else if (HeapGuard.exhausted()) {
            watch.trip(StopReason.HEAP);
          }
        },
        SAMPLE_MILLIS,
        SAMPLE_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  /** Stops the threads; a guest being interrupted right now is left to its context's close. */
  void shutdown() {
    scheduler.shutdownNow();
    stopper.shutdownNow();
  }

  /** One guarded entry. */
  final class Watch {
    private final ContextCore core;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean tripped = new AtomicBoolean();
    private volatile boolean done;
    private volatile ScheduledFuture<?> timer;
    private volatile ScheduledFuture<?> sampler;

    private Watch(ContextCore core) {
      this.core = core;
    }

    /** On the scheduler thread: a limit was hit; hands the stop to a stopper thread. */
    private void trip(StopReason reason) {
      if (done || !tripped.compareAndSet(false, true)) {
        return;
      }
      cancelTimers();
      try {
        stopper.execute(() -> stop(reason));
      } catch (RejectedExecutionException e) {
        // The bridge is closing, which closes the context too.
      }
    }

    /** On a stopper thread: interrupts the guest, or cancels its context if that fails. */
    private void stop(StopReason reason) {
      lock.lock();
      try {
        if (done) {
          return;
        }
        core.stopping(reason);
        try {
          core.context().interrupt(GRACE);
        } catch (TimeoutException e) {
          core.markCancelled(LimitErrors.didNotStop(reason));
          core.context().close(true);
        }
      } catch (PolyglotException | IllegalStateException e) {
        // The context closed meanwhile: nothing left to stop.
      } finally {
        lock.unlock();
      }
    }

    /** Called by the entering thread when the entry ends; waits for a stop in progress. */
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
