package dev.polybridge.internal;

import dev.polybridge.BridgeException;
import dev.polybridge.ContextPool;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** A {@link ContextPool} of a fixed number of contexts handed out through a blocking queue. */
public final class BlockingContextPool implements ContextPool {
  private final Language language;
  private final int size;
  private final Supplier<GuestContext> factory;
  private final Consumer<ContextPool> onClose;
  private final LinkedBlockingQueue<GuestContext> idle = new LinkedBlockingQueue<>();
  private final Set<GuestContext> all = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * Creates the pool and its contexts.
   *
   * @param factory makes one context; called {@code size} times now and again to replace a context
   *     that was closed while borrowed
   * @param onClose told once when the pool closes
   */
  public BlockingContextPool(
      Language language, int size, Supplier<GuestContext> factory, Consumer<ContextPool> onClose) {
    this.language = language;
    this.size = size;
    this.factory = factory;
    this.onClose = onClose;
    for (int i = 0; i < size; i++) {
      GuestContext context = factory.get();
      all.add(context);
      idle.add(context);
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
    try {
      while (true) {
        checkOpen();
        GuestContext context = idle.poll(50, TimeUnit.MILLISECONDS);
        if (context != null) {
          return context;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BridgeException(
          "Interrupted while waiting for a pooled " + language + " context", e);
    }
  }

  private void giveBack(GuestContext context) {
    GuestContext back = context;
    if (context.isClosed() && !closed) {
      back = factory.get();
      all.remove(context);
      all.add(back);
    }
    if (closed) {
      back.close();
    } else {
      idle.add(back);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException(
          "The " + language.displayName() + " ContextPool is closed; create a new pool");
    }
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (GuestContext context : List.copyOf(all)) {
      context.close();
    }
    idle.clear();
    onClose.accept(this);
  }
}
