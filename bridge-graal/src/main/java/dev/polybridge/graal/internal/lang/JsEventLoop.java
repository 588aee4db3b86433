package dev.polybridge.graal.internal.lang;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The timers of one JavaScript context: {@code setTimeout}, {@code setInterval}, {@code
 * clearTimeout} (which clears either), and {@code queueMicrotask}. Embedded GraalJS has none; the
 * Node layer wraps these in node's shapes when it loads.
 *
 * <p>Timers wait on the bridge's timer scheduler (one thread, so callbacks fire in due-time order
 * and nothing busy-waits); a due callback runs under the context's own lock, like any other entry,
 * and the promise jobs it queues run when it returns. A callback that throws is reported on the
 * context's stderr and the loop goes on. Closing the context cancels its pending timers.
 */
final class JsEventLoop {
  private final LanguageHost host;
  private final ScheduledExecutorService scheduler;
  private final OutputStream stderr;

  /** Timers neither cleared nor done. A timer is live before it is scheduled: it may fire first. */
  private final Set<Integer> live = ConcurrentHashMap.newKeySet();

  /** The scheduled runs of live timers, for clearing them. */
  private final Map<Integer, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

  private final AtomicInteger ids = new AtomicInteger();
  private volatile boolean closed;

  JsEventLoop(LanguageHost host) {
    this.host = host;
    this.scheduler = host.timers();
    this.stderr = host.stderr();
  }

  /**
   * The timer functions and {@code queueMicrotask}, for the Node layer to define as the context's
   * globals (see {@code bootstrap.js}). {@code microtasks} queues one microtask (a helper, loaded
   * when first called).
   */
  ProxyObject functions(ProxyExecutable microtasks) {
    return ProxyObject.fromMap(
        Map.of(
            "queueMicrotask", microtasks,
            "setTimeout", (ProxyExecutable) args -> start(args, false),
            "setInterval", (ProxyExecutable) args -> start(args, true),
            "clearTimeout", (ProxyExecutable) this::clear));
  }

  private Object start(Value[] args, boolean repeat) {
    if (args.length == 0 || !args[0].canExecute()) {
      throw new IllegalArgumentException(
          (repeat ? "setInterval" : "setTimeout") + " needs a function as its first argument");
    }
    Value callback = args[0];
    long delay = 0;
    if (args.length > 1 && args[1].isNumber() && args[1].fitsInDouble()) {
      delay = Math.max(0, (long) args[1].asDouble());
    }
    Object[] extra = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new Object[0];
    int id = ids.incrementAndGet();
    live.add(id);
    schedule(id, callback, extra, delay, repeat);
    return id;
  }

  private void schedule(int id, Value callback, Object[] extra, long delay, boolean repeat) {
    if (closed) {
      return;
    }
    try {
      pending.put(
          id,
          scheduler.schedule(
              () -> fire(id, callback, extra, delay, repeat), delay, TimeUnit.MILLISECONDS));
      if (!live.contains(id)) {
        pending.remove(id); // it fired, or was cleared, before it was recorded
      }
    } catch (RejectedExecutionException e) {
      forget(id); // the bridge is closing
    }
  }

  private void fire(int id, Value callback, Object[] extra, long delay, boolean repeat) {
    if (closed || !live.contains(id)) {
      return;
    }
    try {
      host.runEntry(() -> callback.execute(extra));
    } catch (RuntimeException e) {
      if (host.isClosed()) {
        close(); // the context closed while the timer waited
        return;
      }
      report(e);
    }
    if (repeat && live.contains(id)) {
      schedule(id, callback, extra, Math.max(delay, 1), true);
    } else {
      forget(id);
    }
  }

  private Object clear(Value[] args) {
    if (args.length > 0 && args[0].isNumber() && args[0].fitsInInt()) {
      int id = args[0].asInt();
      ScheduledFuture<?> f = pending.get(id);
      forget(id);
      if (f != null) {
        f.cancel(false);
      }
    }
    return null;
  }

  private void forget(int id) {
    live.remove(id);
    pending.remove(id);
  }

  private void report(RuntimeException e) {
    try {
      stderr.write(
          ("Uncaught exception in a timer callback: " + e.getMessage() + System.lineSeparator())
              .getBytes(StandardCharsets.UTF_8));
      stderr.flush();
    } catch (IOException ignored) {
      // Nowhere left to report to.
    }
  }

  /** Cancels every pending timer; later setTimeout calls do nothing. */
  void close() {
    closed = true;
    live.clear();
    for (ScheduledFuture<?> f : pending.values()) {
      f.cancel(false);
    }
    pending.clear();
  }
}
