package dev.polybridge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.polybridge.BridgeException;
import dev.polybridge.ContextPool;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link BlockingContextPool} over {@link FakeContext}s. Threads meet on latches; a borrower is
 * known to be waiting when its thread is parked inside the pool. The class timeout only keeps a
 * broken pool from hanging the build: nothing here depends on how long anything takes.
 */
@Timeout(30)
class BlockingContextPoolTest {
  private final List<FakeContext> made = new CopyOnWriteArrayList<>();
  private final List<ContextPool> closedPools = new CopyOnWriteArrayList<>();

  /** Makes numbered contexts, remembering each. */
  private GuestContext make() {
    FakeContext context = new FakeContext(Language.PYTHON, made.size() + 1);
    made.add(context);
    return context;
  }

  private BlockingContextPool pool(int size) {
    return pool(size, this::make);
  }

  private BlockingContextPool pool(int size, Supplier<GuestContext> factory) {
    return new BlockingContextPool(Language.PYTHON, size, factory, closedPools::add);
  }

  // ---- lending ----

  @Test
  void poolMakesAllItsContextsUpFront() {
    BlockingContextPool pool = pool(3);

    assertEquals("[context 1, context 2, context 3]", made.toString());
    assertEquals(3, pool.size());
    assertTrue(made.stream().noneMatch(GuestContext::isClosed));
  }

  @Test
  void applyLendsAContextAndReturnsWhatTheWorkReturns() {
    BlockingContextPool pool = pool(1);

    assertEquals("ran on context 1", pool.apply(context -> "ran on " + context));
  }

  @Test
  void aContextGivenBackIsLentAgain() {
    BlockingContextPool pool = pool(1);

    GuestContext first = pool.apply(Function.identity());
    GuestContext second = pool.apply(Function.identity());

    assertSame(first, second);
    assertEquals(1, made.size());
  }

  @Test
  void borrowersAtTheSameTimeGetDifferentContexts() {
    BlockingContextPool pool = pool(2);

    List<GuestContext> both = pool.apply(a -> pool.apply(b -> List.of(a, b)));

    assertEquals("[context 1, context 2]", both.toString());
  }

  @Test
  void borrowerWaitsWhileAllContextsAreBusyAndGetsTheOneGivenBack() throws InterruptedException {
    BlockingContextPool pool = pool(1);
    Borrower waiter = new Borrower(pool);

    GuestContext held =
        pool.apply(
            context -> {
              waiter.start();
              waiter.awaitWaitingInPool();
              assertNull(waiter.got);
              return context;
            });
    waiter.join();

    assertSame(held, waiter.got);
    assertNull(waiter.failure);
    assertEquals(1, made.size());
  }

  @Test
  void everyWaiterGetsAContextInTurn() throws InterruptedException {
    BlockingContextPool pool = pool(1);
    Borrower first = new Borrower(pool);
    Borrower second = new Borrower(pool);

    pool.apply(
        context -> {
          first.start();
          second.start();
          first.awaitWaitingInPool();
          second.awaitWaitingInPool();
          return null;
        });
    first.join();
    second.join();

    assertSame(made.get(0), first.got);
    assertSame(made.get(0), second.got);
    assertEquals(1, made.size());
  }

  @Test
  void sizeIsTheNumberOfContextsAlsoWhileTheyAreBorrowed() {
    BlockingContextPool pool = pool(2);

    int sizeWhileBorrowed = pool.apply(context -> pool.size());

    assertEquals(2, sizeWhileBorrowed);
    assertEquals(2, pool.size());
  }

  @Test
  void nullWorkIsRefused() {
    BlockingContextPool pool = pool(1);

    NullPointerException e = assertThrows(NullPointerException.class, () -> pool.apply(null));

    assertEquals("work", e.getMessage());
  }

  // ---- failures inside the work ----

  @Test
  void exceptionInsideTheWorkReachesTheCallerAndTheContextGoesBack() {
    BlockingContextPool pool = pool(1);
    IllegalArgumentException boom = new IllegalArgumentException("boom");

    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                pool.apply(
                    context -> {
                      throw boom;
                    }));

    assertSame(boom, thrown);
    assertSame(made.get(0), pool.apply(Function.identity()));
    assertEquals(1, made.size());
  }

  @Test
  void errorInsideTheWorkAlsoGivesTheContextBack() {
    BlockingContextPool pool = pool(1);

    assertThrows(
        StackOverflowError.class,
        () ->
            pool.apply(
                context -> {
                  throw new StackOverflowError("deep");
                }));

    assertSame(made.get(0), pool.apply(Function.identity()));
  }

  @Test
  void contextClosedWhileBorrowedIsReplacedByTheNextBorrower() {
    BlockingContextPool pool = pool(1);

    GuestContext closed =
        pool.apply(
            context -> {
              context.close();
              return context;
            });
    assertEquals(1, made.size());
    GuestContext replacement = pool.apply(Function.identity());

    assertNotSame(closed, replacement);
    assertSame(made.get(1), replacement);
    assertFalse(replacement.isClosed());
    assertEquals(1, made.get(0).closes());
    assertSame(replacement, pool.apply(Function.identity()));
    assertEquals(2, made.size());
  }

  @Test
  void failureToReplaceAContextGoesToThatBorrowerAndTheNextOneTriesAgain() {
    List<RuntimeException> failures =
        new ArrayList<>(List.of(new IllegalStateException("no memory for a context")));
    BlockingContextPool pool =
        pool(
            1,
            () -> {
              if (made.size() == 1 && !failures.isEmpty()) {
                throw failures.remove(0);
              }
              return make();
            });
    pool.apply(
        context -> {
          context.close();
          return null;
        });

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> pool.apply(Function.identity()));

    GuestContext replacement = pool.apply(Function.identity());

    assertEquals("no memory for a context", e.getMessage());
    assertSame(made.get(1), replacement);
    assertEquals(2, made.size());
  }

  // ---- closing ----

  @Test
  void closeClosesEveryContextOnceAndTellsItsOwnerOnceAlsoWhenCalledTwice() {
    BlockingContextPool pool = pool(2);

    pool.close();
    pool.close();

    assertEquals(List.of(1, 1), made.stream().map(FakeContext::closes).toList());
    assertEquals(List.of(pool), closedPools);
  }

  @Test
  void applyAfterCloseThrowsIllegalStateExceptionNamingThePool() {
    BlockingContextPool python = pool(1);
    BlockingContextPool js =
        new BlockingContextPool(
            Language.JS, 1, () -> new FakeContext(Language.JS, 1), closedPools::add);
    python.close();
    js.close();

    IllegalStateException p =
        assertThrows(IllegalStateException.class, () -> python.apply(Function.identity()));
    IllegalStateException j =
        assertThrows(IllegalStateException.class, () -> js.apply(Function.identity()));

    assertEquals("The Python ContextPool is closed; create a new pool", p.getMessage());
    assertEquals("The JavaScript ContextPool is closed; create a new pool", j.getMessage());
  }

  @Test
  void closeDuringWorkClosesTheBorrowedContextWhichIsNotTakenBack() {
    BlockingContextPool pool = pool(2);

    GuestContext borrowed =
        pool.apply(
            context -> {
              pool.close();
              assertTrue(context.isClosed());
              return context;
            });

    assertEquals(1, ((FakeContext) borrowed).closes());
    assertEquals(List.of(1, 1), made.stream().map(FakeContext::closes).toList());
    assertThrows(IllegalStateException.class, () -> pool.apply(Function.identity()));
  }

  @Test
  void waiterIsWokenByCloseWithIllegalStateException() throws InterruptedException {
    BlockingContextPool pool = pool(1);
    Borrower waiter = new Borrower(pool);

    pool.apply(
        context -> {
          waiter.start();
          waiter.awaitWaitingInPool();
          pool.close();
          return null;
        });
    waiter.join();

    assertNull(waiter.got);
    IllegalStateException e = assertInstanceOf(IllegalStateException.class, waiter.failure);
    assertEquals("The Python ContextPool is closed; create a new pool", e.getMessage());
  }

  @Test
  void closeWhileAReplacementIsBeingMadeClosesItAndFailsThatBorrower() throws InterruptedException {
    CountDownLatch making = new CountDownLatch(1);
    CountDownLatch finishMaking = new CountDownLatch(1);
    BlockingContextPool pool =
        pool(
            1,
            () -> {
              if (!made.isEmpty()) {
                making.countDown();
                awaitUninterruptibly(finishMaking);
              }
              return make();
            });
    pool.apply(
        context -> {
          context.close();
          return null;
        });
    Borrower borrower = new Borrower(pool);

    borrower.start();
    making.await();
    pool.close();
    finishMaking.countDown();
    borrower.join();

    IllegalStateException e = assertInstanceOf(IllegalStateException.class, borrower.failure);
    assertEquals("The Python ContextPool is closed; create a new pool", e.getMessage());
    assertEquals(2, made.size());
    assertEquals(1, made.get(1).closes());
    assertEquals(List.of(pool), closedPools);
  }

  @Test
  void failingToMakeTheContextsClosesThoseAlreadyMadeAndThrows() {
    IllegalStateException refused = new IllegalStateException("third context refused");

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                pool(
                    3,
                    () -> {
                      if (made.size() == 2) {
                        throw refused;
                      }
                      return make();
                    }));

    assertSame(refused, e);
    assertEquals(List.of(1, 1), made.stream().map(FakeContext::closes).toList());
    assertEquals(List.of(), closedPools);
  }

  // ---- interrupts ----

  @Test
  void interruptedWaiterGivesUpWithABridgeExceptionAndKeepsItsInterruptFlag()
      throws InterruptedException {
    BlockingContextPool pool = pool(1);
    Borrower waiter = new Borrower(pool);

    pool.apply(
        context -> {
          waiter.start();
          waiter.awaitWaitingInPool();
          waiter.thread.interrupt();
          waiter.joinFromWork();
          return null;
        });

    assertNull(waiter.got);
    BridgeException e = assertInstanceOf(BridgeException.class, waiter.failure);
    assertEquals("Interrupted while waiting for a pooled Python context", e.getMessage());
    assertInstanceOf(InterruptedException.class, e.getCause());
    assertTrue(waiter.interruptedAfter);
    assertSame(made.get(0), pool.apply(Function.identity()));
  }

  @Test
  void interruptedThreadStillBorrowsAnIdleContextWithoutWaiting() {
    BlockingContextPool pool = pool(1);

    Thread.currentThread().interrupt();
    GuestContext got;
    boolean stillInterrupted;
    try {
      got = pool.apply(Function.identity());
    } finally {
      stillInterrupted = Thread.interrupted();
    }

    assertSame(made.get(0), got);
    assertTrue(stillInterrupted);
  }

  // ---- helpers ----

  /** One borrower on a thread of its own, keeping what it was lent or what it threw. */
  private static final class Borrower {
    final ContextPool pool;
    final Thread thread;
    volatile GuestContext got;
    volatile Throwable failure;
    volatile boolean interruptedAfter;

    Borrower(ContextPool pool) {
      this.pool = pool;
      this.thread = new Thread(this::run, "borrower");
      thread.setDaemon(true);
    }

    private void run() {
      try {
        got = pool.apply(Function.identity());
      } catch (Throwable t) {
        failure = t;
      }
      interruptedAfter = Thread.currentThread().isInterrupted();
    }

    void start() {
      thread.start();
    }

    void join() throws InterruptedException {
      thread.join();
    }

    /** {@link #join} for work lambdas, which cannot throw {@code InterruptedException}. */
    void joinFromWork() {
      try {
        thread.join();
      } catch (InterruptedException e) {
        throw new AssertionError("interrupted while joining " + thread, e);
      }
    }

    /** Returns once the thread is parked inside the pool, waiting for a context. */
    void awaitWaitingInPool() {
      while (!(thread.getState() == Thread.State.WAITING && insidePool())) {
        if (thread.getState() == Thread.State.TERMINATED) {
          fail("the borrower finished without waiting: got " + got + ", threw " + failure);
        }
        Thread.yield();
      }
    }

    private boolean insidePool() {
      return Arrays.stream(thread.getStackTrace())
          .anyMatch(
              f ->
                  f.getClassName().equals(BlockingContextPool.class.getName())
                      && f.getMethodName().equals("borrow"));
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new AssertionError("interrupted while waiting for the test", e);
    }
  }
}
