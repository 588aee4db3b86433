package dev.polybridge.graal.internal.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.GuestContext;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link SpareContexts} with stand-in contexts that record which thread made them and whether they
 * were closed; the real contexts are covered by the contract suites' {@code evalIsolated} tests.
 */
class SpareContextsTest {
  private static final String WORKER = "spare-contexts-test";

  /** Every context the maker made, in order, and the thread that made it. */
  private final ConcurrentLinkedQueue<Made> made = new ConcurrentLinkedQueue<>();

  private final Set<GuestContext> closed = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean bridgeClosed = new AtomicBoolean();

  private record Made(GuestContext context, String thread) {}

  private GuestContext make() {
    if (bridgeClosed.get()) {
      throw new IllegalStateException("The Bridge is closed");
    }
    GuestContext[] self = new GuestContext[1];
    self[0] =
        (GuestContext)
            Proxy.newProxyInstance(
                GuestContext.class.getClassLoader(),
                new Class<?>[] {GuestContext.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "close":
                      closed.add(self[0]);
                      return null;
                    case "isClosed":
                      return closed.contains(self[0]);
                    case "hashCode":
                      return System.identityHashCode(proxy);
                    case "equals":
                      return proxy == args[0];
                    default:
                      throw new UnsupportedOperationException(method.getName());
                  }
                });
    made.add(new Made(self[0], Thread.currentThread().getName()));
    return self[0];
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    assertTrue(condition.getAsBoolean(), what);
  }

  @Test
  void nothingIsMadeBeforeTheFirstTake() throws InterruptedException {
    SpareContexts spares = new SpareContexts(this::make, 2, 0, WORKER);
    Thread.sleep(100);

    assertEquals(0, made.size());
    spares.close();
  }

  @Test
  void firstTakeMakesItsOwnContextThenTheWorkersMakeTheSpares() throws InterruptedException {
    SpareContexts spares = new SpareContexts(this::make, 2, 0, WORKER);

    GuestContext first = spares.take();
    await(() -> made.size() == 3, "two spares made after the first take");

    Set<GuestContext> spareOnes = new HashSet<>();
    for (Made m : made) {
      if (m.context() == first) {
        assertEquals(Thread.currentThread().getName(), m.thread());
      } else {
        assertEquals(WORKER, m.thread());
        spareOnes.add(m.context());
      }
    }
    assertEquals(2, spareOnes.size());
    assertTrue(spareOnes.contains(spares.take()), "the second take gets a spare");
    spares.close();
  }

  @Test
  void callersMakeAndCloseTheWarmUpContextsThemselvesThenTheWorkersStart()
      throws InterruptedException {
    SpareContexts spares = new SpareContexts(this::make, 2, 3, WORKER);
    for (int i = 0; i < 3; i++) {
      GuestContext c = spares.take();
      spares.discard(c);
      assertTrue(closed.contains(c), "warm-up context " + i + " closed by discard itself");
    }
    Thread.sleep(100);
    assertEquals(3, made.size());
    for (Made m : made) {
      assertEquals(Thread.currentThread().getName(), m.thread());
    }

    spares.take();
    await(() -> made.size() == 6, "two spares made after the fourth take");
    assertEquals(
        2, made.stream().filter(m -> m.thread().equals(WORKER)).count(), "made by the workers");
    spares.close();
  }

  @Test
  void everyContextIsGivenOutOnceAndClosedAfterUse() throws InterruptedException {
    SpareContexts spares = new SpareContexts(this::make, 2, 0, WORKER);
    Set<GuestContext> givenOut = new HashSet<>();

    for (int i = 0; i < 50; i++) {
      GuestContext c = spares.take();
      assertTrue(givenOut.add(c), "context given out twice at take " + i);
      spares.discard(c);
    }
    spares.close();
    await(() -> closed.containsAll(givenOut), "every used context closed");
    await(() -> closed.size() == made.size(), "the spares closed with the pool");

    assertEquals(50, givenOut.size());
    assertTrue(made.size() <= 52, "at most two made ahead that were never used: " + made.size());
  }

  @Test
  void afterCloseTakeMakesItsOwnAndReportsAClosedBridge() throws InterruptedException {
    SpareContexts spares = new SpareContexts(this::make, 2, 0, WORKER);
    spares.discard(spares.take());
    await(() -> made.size() == 3, "spares made");

    bridgeClosed.set(true);
    spares.close();

    IllegalStateException e = assertThrows(IllegalStateException.class, spares::take);
    assertEquals("The Bridge is closed", e.getMessage());
    await(() -> closed.size() == 3, "used and spare contexts closed");
  }
}
