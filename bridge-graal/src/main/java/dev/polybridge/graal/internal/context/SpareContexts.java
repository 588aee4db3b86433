package dev.polybridge.graal.internal.context;

import dev.polybridge.GuestContext;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Fresh sandboxed contexts made ahead of time for one-shot snippets ({@code evalIsolated}), so a
 * snippet pays only for its own evaluation while making and closing contexts runs on background
 * threads, on the cores the caller is not using. Each context serves one snippet and is then
 * closed: nothing a snippet leaves behind reaches the next one.
 *
 * <p>Callers make and close their first {@code warmUp} contexts themselves; after that up to {@code
 * spares} contexts are kept ready. When none is ready the caller makes its own rather than wait.
 * The background threads stop after a few idle seconds.
 *
 * <p>Back-pressure: callers that outrun the background threads close their used contexts themselves
 * once {@link #MAX_PENDING_CLOSES} closes are waiting, so unclosed contexts cannot pile up.
 *
 * <p>Thread-safety: safe for use from any thread.
 */
final class SpareContexts {
  /** Used contexts waiting to be closed in the background before a caller closes its own. */
  static final int MAX_PENDING_CLOSES = 8;

  private final Supplier<GuestContext> maker;
  private final int spares;

  /** How many contexts callers make and close themselves before the background threads start. */
  private final int warmUp;

  private final AtomicInteger madeByCallers = new AtomicInteger();
  private volatile boolean warm;
  private final BlockingQueue<GuestContext> ready;
  private final ThreadPoolExecutor workers;
  private final AtomicInteger pendingRefills = new AtomicInteger();
  private final AtomicInteger pendingCloses = new AtomicInteger();
  private volatile boolean closed;

  /**
   * @param maker makes one fresh context; called on background threads and on callers' threads
   * @param spares how many contexts to keep ready, and how many background threads make them
   * @param warmUp how many contexts callers make and close themselves first: until the JIT has
   *     compiled the code that makes contexts, a background thread making them takes the core the
   *     compiler needs and slows the caller down
   * @param threadName the background threads' name
   */
  SpareContexts(Supplier<GuestContext> maker, int spares, int warmUp, String threadName) {
    this.maker = maker;
    this.spares = spares;
    this.warmUp = warmUp;
    this.warm = warmUp <= 0;
    this.ready = new ArrayBlockingQueue<>(spares);
    this.workers =
        new ThreadPoolExecutor(
            spares,
            spares,
            5,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
    workers.allowCoreThreadTimeOut(true);
  }

  /** A fresh context: one made ahead of time, or, when none is ready, one made now. */
  GuestContext take() {
    if (!warm) {
      if (madeByCallers.getAndIncrement() < warmUp) {
        return maker.get();
      }
      warm = true;
    }
    GuestContext spare = ready.poll();
    refill();
    return spare != null ? spare : maker.get();
  }

  /** Closes a context {@link #take()} gave out, in the background when the workers keep up. */
  void discard(GuestContext used) {
    if (!warm || closed || pendingCloses.get() >= MAX_PENDING_CLOSES) {
      used.close();
      return;
    }
    pendingCloses.incrementAndGet();
    if (!submit(
        () -> {
          pendingCloses.decrementAndGet();
          used.close();
        })) {
      pendingCloses.decrementAndGet();
      used.close();
    }
  }

  /** Asks the workers for as many contexts as are missing from the ready ones. */
  private void refill() {
    while (!closed) {
      int pending = pendingRefills.get();
      if (ready.size() + pending >= spares) {
        return;
      }
      if (pendingRefills.compareAndSet(pending, pending + 1) && !submit(this::makeOne)) {
        pendingRefills.decrementAndGet();
        return;
      }
    }
  }

  private void makeOne() {
    try {
      GuestContext made = maker.get();
      if (closed || !ready.offer(made)) {
        made.close();
      }
    } catch (RuntimeException e) {
      // The bridge is closing (its contexts fail with IllegalStateException), or the context could
      // not be made: the caller makes its own and sees the reason there.
    } finally {
      pendingRefills.decrementAndGet();
    }
    if (closed) {
      drain();
    }
  }

  private boolean submit(Runnable task) {
    try {
      workers.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false; // shut down by close()
    }
  }

  /** Closes the ready contexts and stops the background threads. Idempotent. */
  void close() {
    closed = true;
    workers.shutdown();
    drain();
  }

  private void drain() {
    for (GuestContext c = ready.poll(); c != null; c = ready.poll()) {
      c.close();
    }
  }
}
