package dev.polybridge.graal.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.ContextPool;
import dev.polybridge.ExecutionTimeoutException;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.ResourceLimitException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many threads, platform and virtual, calling into one context; and {@link ContextPool}s. Virtual
 * threads are started by reflection, so this compiles for Java 17 and runs them on 21 and later.
 */
class ThreadsAndPoolsTest {
  static final int THREADS = 8;
  static final int CALLS = 25;

  static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    bridge = Isolation.newBridge(new ByteArrayOutputStream(), new ByteArrayOutputStream());
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  /** A context with a guest counter {@code inc()} that is not thread-safe on its own. */
  static GuestContext counterContext(Language language) {
    GuestContext context = bridge.newContext(language);
    context.exec(
        language == Language.PYTHON
            ? "n = 0\ndef inc():\n    global n\n    value = n\n    n = value + 1\n    return n"
            : "let n = 0; function inc() { const value = n; n = value + 1; return n; }");
    return context;
  }

  /** Runs {@code CALLS} calls of {@code inc} on each thread {@code start} makes; the failures. */
  static List<Throwable> hammer(Handle inc, Function<Runnable, Thread> start, int threads)
      throws InterruptedException {
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> started = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      started.add(
          start.apply(
              () -> {
                try {
                  go.await();
                  for (int i = 0; i < CALLS; i++) {
                    inc.call();
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              }));
    }
    go.countDown();
    for (Thread thread : started) {
      thread.join(TimeUnit.MINUTES.toMillis(2));
    }
    return List.copyOf(failures);
  }

  static Thread platformThread(Runnable task) {
    Thread thread = new Thread(task, "polybridge-test-caller");
    thread.start();
    return thread;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void callsFromManyPlatformThreadsIntoOneContextAreSerialized(Language language)
      throws InterruptedException {
    try (GuestContext context = counterContext(language)) {
      Handle inc = context.global("inc");
      assertEquals(List.of(), hammer(inc, ThreadsAndPoolsTest::platformThread, THREADS));
      assertEquals(THREADS * CALLS, context.global("n").as(Integer.class));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void callsFromManyVirtualThreadsIntoOneContextAreSerialized(Language language)
      throws InterruptedException {
    assumeTrue(Isolation.virtualThreadsAvailable(), "virtual threads need Java 21 or later");
    try (GuestContext context = counterContext(language)) {
      Handle inc = context.global("inc");
      assertEquals(List.of(), hammer(inc, Isolation::startVirtualThread, THREADS));
      assertEquals(THREADS * CALLS, context.global("n").as(Integer.class));
    }
  }

  @Test
  void platformAndVirtualThreadsTogetherAreSerialized() throws InterruptedException {
    assumeTrue(Isolation.virtualThreadsAvailable(), "virtual threads need Java 21 or later");
    try (GuestContext context = counterContext(Language.JS)) {
      Handle inc = context.global("inc");
      AtomicInteger next = new AtomicInteger();
      Function<Runnable, Thread> either =
          task ->
              next.getAndIncrement() % 2 == 0
                  ? platformThread(task)
                  : Isolation.startVirtualThread(task);
      assertEquals(List.of(), hammer(inc, either, THREADS));
      assertEquals(THREADS * CALLS, context.global("n").as(Integer.class));
    }
  }

  @Test
  void timeoutOnAVirtualThreadInterruptsTheGuest() throws InterruptedException {
    assumeTrue(Isolation.virtualThreadsAvailable(), "virtual threads need Java 21 or later");
    try (GuestContext context =
        bridge.newContext(
            Language.JS, ContextOptions.builder().timeout(Duration.ofMillis(300)).build())) {
      Throwable[] thrown = new Throwable[1];
      Thread thread =
          Isolation.startVirtualThread(
              () -> {
                try {
                  context.eval("while (true) {}");
                } catch (Throwable e) {
                  thrown[0] = e;
                }
              });
      thread.join(TimeUnit.MINUTES.toMillis(1));
      assertEquals(ExecutionTimeoutException.class, thrown[0].getClass());
      assertEquals(42, context.eval("6 * 7").as(Integer.class));
    }
  }

  // ---- pools ----

  @ParameterizedTest
  @EnumSource(Language.class)
  void poolRunsWorkInItsContexts(Language language) {
    try (ContextPool pool = bridge.pool(language, 2)) {
      assertEquals(2, pool.size());
      assertEquals(42, (int) pool.apply(context -> context.eval("6 * 7").as(Integer.class)));
      assertEquals(language, pool.apply(GuestContext::language));
    }
  }

  @Test
  void poolLendsEachContextToOneCallerAtATimeAndMakesTheRestWait() throws InterruptedException {
    try (ContextPool pool = bridge.pool(Language.JS, 2)) {
      AtomicInteger busy = new AtomicInteger();
      AtomicInteger mostBusy = new AtomicInteger();
      Set<GuestContext> inUse =
          Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
      Set<GuestContext> seen =
          Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        workers.add(
            platformThread(
                () -> {
                  try {
                    pool.apply(
                        context -> {
                          if (!inUse.add(context)) {
                            throw new AssertionError("a context was lent twice at once");
                          }
                          seen.add(context);
                          mostBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
                          LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
                          busy.decrementAndGet();
                          inUse.remove(context);
                          return context.eval("1").as(Integer.class);
                        });
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                }));
      }
      for (Thread worker : workers) {
        worker.join(TimeUnit.MINUTES.toMillis(1));
      }
      assertEquals(List.of(), List.copyOf(failures));
      assertEquals(2, mostBusy.get());
      assertEquals(2, seen.size());
    }
  }

  @Test
  void poolReplacesAContextClosedByItsStatementLimit() {
    ContextOptions limited = ContextOptions.builder().statementLimit(1_000).build();
    try (ContextPool pool = bridge.pool(Language.JS, 1, limited)) {
      GuestContext first = pool.apply(context -> context);
      assertThrows(
          ResourceLimitException.class, () -> pool.apply(context -> context.eval("for (;;) {}")));
      assertTrue(first.isClosed());
      GuestContext second = pool.apply(context -> context);
      assertNotSame(first, second);
      assertEquals(42, (int) pool.apply(context -> context.eval("6 * 7").as(Integer.class)));
      assertSame(second, pool.apply(context -> context));
    }
  }

  @Test
  void poolReplacesAContextCancelledAfterItsTimeout() {
    ContextOptions timed = ContextOptions.builder().timeout(Duration.ofMillis(300)).build();
    try (ContextPool pool = bridge.pool(Language.JS, 1, timed)) {
      GuestContext[] holder = new GuestContext[1];
      ExecutionTimeoutException e =
          assertThrows(
              ExecutionTimeoutException.class,
              () ->
                  pool.apply(
                      context -> {
                        holder[0] = context;
                        return context
                            .importModule(Isolation.supportModule(Language.JS))
                            .invoke("call", GuestLimitsTest.blockUntilClosed(holder));
                      }));
      assertTrue(e.contextClosed());
      assertEquals(42, (int) pool.apply(context -> context.eval("6 * 7").as(Integer.class)));
      assertNotSame(holder[0], pool.apply(context -> context));
    }
  }

  @Test
  void closingThePoolClosesItsContextsAndRefusesMoreWork() {
    ContextPool pool = bridge.pool(Language.PYTHON, 2);
    List<GuestContext> contexts = new ArrayList<>();
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        platformThread(
            () ->
                pool.apply(
                    context -> {
                      contexts.add(context);
                      holding.countDown();
                      awaitQuietly(release);
                      return null;
                    }));
    awaitQuietly(holding);
    contexts.add(pool.apply(context -> context));
    pool.close();
    pool.close();
    release.countDown();
    awaitQuietly(holder);
    assertEquals(2, contexts.size());
    assertTrue(contexts.get(0).isClosed(), "the borrowed context");
    assertTrue(contexts.get(1).isClosed(), "the idle context");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> pool.apply(context -> 1));
    assertEquals("The Python ContextPool is closed; create a new pool", e.getMessage());
  }

  @Test
  void closingThePoolWakesCallersWaitingForAContext() throws InterruptedException {
    ContextPool pool = bridge.pool(Language.JS, 1);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        platformThread(
            () ->
                pool.apply(
                    context -> {
                      holding.countDown();
                      awaitQuietly(release);
                      return null;
                    }));
    awaitQuietly(holding);
    Throwable[] waiterFailure = new Throwable[1];
    Thread waiter =
        platformThread(
            () -> {
              try {
                pool.apply(context -> 1);
              } catch (Throwable e) {
                waiterFailure[0] = e;
              }
            });
    assertTrue(
        Isolation.await(() -> waiter.getState() == Thread.State.WAITING, Duration.ofSeconds(10)));
    pool.close();
    waiter.join(TimeUnit.SECONDS.toMillis(10));
    release.countDown();
    holder.join(TimeUnit.SECONDS.toMillis(10));
    assertEquals(IllegalStateException.class, waiterFailure[0].getClass());
    assertEquals(
        "The JavaScript ContextPool is closed; create a new pool", waiterFailure[0].getMessage());
  }

  static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void awaitQuietly(Thread thread) {
    try {
      thread.join(TimeUnit.MINUTES.toMillis(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
