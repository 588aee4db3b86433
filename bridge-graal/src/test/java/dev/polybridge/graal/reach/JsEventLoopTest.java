package dev.polybridge.graal.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.Language;
import dev.polybridge.TypeRef;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** setTimeout, setInterval, their clear functions and queueMicrotask in JavaScript contexts. */
class JsEventLoopTest {
  private static final TypeRef<CompletableFuture<Object>> FUTURE = new TypeRef<>() {};
  private static Bridge bridge;

  @BeforeAll
  static void open() {
    bridge = Bridge.create();
  }

  @AfterAll
  static void close() {
    bridge.close();
  }

  @Test
  void aPromiseResolvedByATimerCompletesTheFuture() throws Exception {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      CompletableFuture<Object> f =
          js.eval("new Promise(ok => setTimeout(() => ok(40 + 2), 20))").as(FUTURE);
      assertEquals(42, f.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void aRejectedPromiseCompletesTheFutureWithTheGuestError() throws Exception {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      CompletableFuture<Object> f =
          js.eval("new Promise((ok, fail) => setTimeout(() => fail(new RangeError('late')), 5))")
              .as(FUTURE);
      ExecutionException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
      GuestException cause = (GuestException) e.getCause();
      assertEquals("RangeError", cause.guestType());
      assertEquals("late", cause.guestMessage());
    }
  }

  @Test
  void everyTimerFiresEvenWhenItIsDueBeforeSetTimeoutReturns() throws Exception {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      CompletableFuture<Object> f =
          js.eval(
                  "new Promise(done => { let n = 0;"
                      + "  for (let i = 0; i < 2000; i++) {"
                      + "    setTimeout(() => { if (++n === 2000) done(n); }, 0); } })")
              .as(FUTURE);
      assertEquals(2000, f.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void timersFireInDueTimeOrderAndClearedOnesNever() throws Exception {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      CompletableFuture<Object> f =
          js.eval(
                  "new Promise(done => {"
                      + "  const seen = [];"
                      + "  setTimeout(() => seen.push('late'), 60);"
                      + "  setTimeout(() => seen.push('early'), 10);"
                      + "  const never = setTimeout(() => seen.push('cleared'), 30);"
                      + "  clearTimeout(never);"
                      + "  queueMicrotask(() => seen.push('microtask'));"
                      + "  setTimeout(() => done(seen), 120);"
                      + "})")
              .as(FUTURE);
      assertEquals(List.of("microtask", "early", "late"), f.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void anIntervalRepeatsUntilCleared() throws Exception {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      CompletableFuture<Object> f =
          js.eval(
                  "new Promise(done => { let n = 0;"
                      + "  const id = setInterval(() => { n++; if (n === 3) { clearInterval(id);"
                      + "    setTimeout(() => done(n), 50); } }, 5); })")
              .as(FUTURE);
      assertEquals(3, f.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void aThrowingCallbackIsReportedOnStderrAndTheLoopGoesOn() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (GuestContext js =
        bridge.newContext(Language.JS, ContextOptions.builder().stderr(err).build())) {
      CompletableFuture<Object> f =
          js.eval(
                  "new Promise(done => {"
                      + "  setTimeout(() => { throw new TypeError('tick failed'); }, 5);"
                      + "  setTimeout(() => done('still running'), 40);"
                      + "})")
              .as(FUTURE);
      assertEquals("still running", f.get(30, TimeUnit.SECONDS));
    }
    assertEquals(
        "Uncaught exception in a timer callback: TypeError: tick failed" + System.lineSeparator(),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void closingTheContextCancelsItsPendingTimers() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch fired = new CountDownLatch(1);
    GuestContext js = bridge.newContext(Language.JS);
    js.setGlobal(
        "record",
        (Runnable)
            () -> {
              calls.incrementAndGet();
              fired.countDown();
            });
    js.exec("setTimeout(() => record(), 150);");
    js.close();
    assertFalse(fired.await(500, TimeUnit.MILLISECONDS), "a cancelled timer fired");
    assertEquals(0, calls.get());
  }

  @Test
  void timersExistBeforeAnyCodeRuns() {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      assertTrue(js.global("setTimeout").isCallable());
    }
  }
}
