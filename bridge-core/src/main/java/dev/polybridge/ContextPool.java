package dev.polybridge;

import java.util.function.Function;

/**
 * A fixed set of isolated contexts of one language for parallel work, from {@link
 * Bridge#pool(Language, int)}.
 *
 * <pre>{@code
 * try (ContextPool pool = bridge.pool(Language.JS, 4)) {
 *   int n = pool.apply(js -> js.eval("6 * 7").as(Integer.class));
 * }
 * }</pre>
 *
 * <p>Work must not keep handles beyond {@code apply}: convert results to Java values inside it.
 * Globals set by one piece of work may be seen by a later one in the same context.
 *
 * <p>Thread-safety: {@code apply} may be called from any number of threads; each borrowed context
 * is used by one of them at a time.
 */
public interface ContextPool extends AutoCloseable {

  /**
   * Borrows a context for the duration of {@code work}, waiting while all are busy. A context
   * broken by a timeout or limit is replaced.
   *
   * @throws IllegalStateException if the pool or its bridge is closed
   */
  <R> R apply(Function<GuestContext, R> work);

  /** The number of contexts in the pool. */
  int size();

  /** Closes every context of the pool. Idempotent. */
  @Override
  void close();
}
