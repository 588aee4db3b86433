package dev.polybridge.internal;

import dev.polybridge.BridgeException;
import dev.polybridge.ContextPool;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link ContextPool} of a fixed number of contexts. A borrower waits on a condition while all
 * are busy. A context that comes back closed (cancelled after a timeout, stopped by its statement
 * limit, or closed by the work itself) leaves an empty slot, which the next borrower fills with a
 * new context; so a failure to make one is reported to that borrower rather than lost in the {@code
 * finally} of someone else's work.
 *
 * <p>Thread-safety: all state is guarded by one {@link ReentrantLock} (virtual threads that wait do
 * not pin their carriers); contexts are made and closed outside it.
 */
public final class BlockingContextPool implements ContextPool {
  private final Language language;
  private final int size;
  private final Supplier<GuestContext> factory;
  private final Consumer<ContextPool> onClose;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<GuestContext> idle = new ArrayDeque<>();
  private final List<GuestContext> all = new ArrayList<>();
  private int emptySlots;
  private boolean closed;

  /**
   * Creates the pool and its contexts.
   *
   * @param factory makes one context; called {@code size} times now, and again to replace a context
   *     that came back closed
   * @param onClose told once when the pool closes
   */
  public BlockingContextPool(
      Language language, int size, Supplier<GuestContext> factory, Consumer<ContextPool> onClose) {
    this.language = Objects.requireNonNull(language, "language");
    this.size = size;
    this.factory = Objects.requireNonNull(factory, "factory");
    this.onClose = Objects.requireNonNull(onClose, "onClose");
    try {
      for (int i = 0; i < size; i++) {
        GuestContext context = factory.get();
        all.add(context);
        idle.add(context);
      }
    } catch (RuntimeException | Error e) {
      all.forEach(GuestContext::close);
      throw e;
    }
  }

  @Override
  public <R> R apply(Function<GuestContext, R> work) {
    Objects.requireNonNull(work, "work");
    GuestContext context = borrow();
    try {
      return work.apply(context);
    } finally {
      giveBack(context);
    }
  }

  private GuestContext borrow() {
    lock.lock();
    try {
      while (true) {
        checkOpen();
        GuestContext context = idle.poll();
        if (context != null) {
          return context;
        }
        if (emptySlots > 0) {
          emptySlots--;
          return refill();
        }
        changed.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BridgeException(
          "Interrupted while waiting for a pooled " + language.displayName() + " context", e);
    } finally {
      lock.unlock();
    }
  }

  /** Fills the slot the caller took: makes the context with the lock released. */
  private GuestContext refill() {
    GuestContext fresh;
    lock.unlock();
    try {
      fresh = factory.get();
    } catch (RuntimeException | Error e) {
      lock.lock();
      emptySlots++;
      changed.signal();
      throw e;
    }
    lock.lock();
    if (closed) {
      fresh.close();
      throw closedException();
    }
    all.add(fresh);
    return fresh;
  }

  private void giveBack(GuestContext context) {
    lock.lock();
    try {
      if (closed) {
        return; // close() has closed it
      }
      if (context.isClosed()) {
        all.remove(context);
        emptySlots++;
      } else {
        idle.add(context);
      }
      changed.signal();
    } finally {
      lock.unlock();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw closedException();
    }
  }

  private IllegalStateException closedException() {
    return new IllegalStateException(
        "The " + language.displayName() + " ContextPool is closed; create a new pool");
  }

  @Override
  public int size() {
    return size;
  }

  /** Closes every context of the pool, also those borrowed right now (their work is cancelled). */
  @Override
  public void close() {
    List<GuestContext> toClose;
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      toClose = List.copyOf(all);
      all.clear();
      idle.clear();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    for (GuestContext context : toClose) {
      context.close();
    }
    onClose.accept(this);
  }
}
