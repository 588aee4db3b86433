package dev.polybridge.graal.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.ContextPool;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Closing: the bridge closes everything it made and stops its watchdog; anything used after close
 * says what was closed; a {@link java.lang.ref.Cleaner} closes contexts nobody closed; thousands of
 * contexts leave neither heap nor threads behind. Tests that close their bridge make their own.
 */
class LifecycleTest {
  static final long MIB = 1L << 20;
  static final String WATCHDOG = "polybridge-watchdog-";

  /** For the tests that do not close their bridge. */
  static Bridge shared;

  @BeforeAll
  static void openBridge() {
    shared = newBridge();
  }

  @AfterAll
  static void closeBridge() {
    shared.close();
  }

  static Bridge newBridge() {
    return Isolation.newBridge(new ByteArrayOutputStream(), new ByteArrayOutputStream());
  }

  static void assertClosed(String messageRegex, Executable use) {
    IllegalStateException e = assertThrows(IllegalStateException.class, use);
    assertTrue(Pattern.matches(messageRegex, e.getMessage()), e.getMessage());
  }

  static final String BRIDGE_CLOSED =
      "The Bridge is closed; create a new one with Bridge.create\\(\\)";
  static final String SHARED_CLOSED =
      Pattern.quote(
          "The shared context is closed (its Bridge was closed); values and handles from it can no"
              + " longer be used");

  static String isolatedClosed(Language language, String because) {
    return "The isolated "
        + language.displayName()
        + " context #\\d+ is closed"
        + (because == null ? "" : " \\(" + Pattern.quote(because) + "\\)")
        + Pattern.quote("; values and handles from it can no longer be used");
  }

  /** The bridge's watchdog scheduler threads, not its stopper threads. */
  static Set<Thread> watchdogThreads() {
    return Isolation.threadsNamed(WATCHDOG).stream()
        .filter(t -> !t.getName().endsWith("-stop"))
        .collect(Collectors.toSet());
  }

  @Test
  void closingTheBridgeClosesEveryContextAndPoolAndStopsTheWatchdog() throws Exception {
    Set<Thread> before = watchdogThreads();
    Bridge bridge = newBridge();
    Handle pythonList = bridge.python().eval("[1, 2]");
    Handle jsArray = bridge.js().eval("[1, 2]");
    GuestContext isolated =
        bridge.newContext(
            Language.JS, ContextOptions.builder().timeout(Duration.ofSeconds(30)).build());
    Handle isolatedValue = isolated.eval("({a: 1})");
    ContextPool pool = bridge.pool(Language.JS, 2);
    GuestContext pooled = pool.apply(context -> context);
    Set<Thread> watchdogs = watchdogThreads();
    watchdogs.removeAll(before);
    assertEquals(1, watchdogs.size(), "one watchdog thread for the bridge: " + watchdogs);

    bridge.close();
    bridge.close();

    assertTrue(isolated.isClosed());
    assertTrue(pooled.isClosed());
    assertClosed(SHARED_CLOSED, () -> pythonList.size());
    assertClosed(SHARED_CLOSED, () -> jsArray.as(List.class));
    assertClosed(isolatedClosed(Language.JS, "its Bridge was closed"), () -> isolated.eval("1"));
    assertClosed(isolatedClosed(Language.JS, "its Bridge was closed"), isolatedValue::toString);
    assertClosed(
        Pattern.quote("The JavaScript ContextPool is closed; create a new pool"),
        () -> pool.apply(context -> 1));
    for (Thread watchdog : watchdogs) {
      watchdog.join(TimeUnit.SECONDS.toMillis(10));
      assertFalse(watchdog.isAlive(), watchdog.getName() + " still runs");
    }
  }

  @Test
  void oneWatchdogThreadServesEveryGuardedEntryOfABridge() throws InterruptedException {
    Set<Thread> before = watchdogThreads();
    try (Bridge bridge = newBridge()) {
      ContextOptions guarded =
          ContextOptions.builder()
              .timeout(Duration.ofSeconds(30))
              .maxAllocatedBytes(64 * MIB)
              .build();
      List<Thread> callers = new ArrayList<>();
      List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < 4; t++) {
        GuestContext context = bridge.newContext(Language.JS, guarded);
        Thread caller =
            new Thread(
                () -> {
                  try {
                    for (int i = 0; i < 20; i++) {
                      context.eval(
                          "(() => { let s = 0; for (let i = 0; i < 1000; i++) { s += i; } return s; })()");
                    }
                  } catch (Throwable e) {
                    failures.add(e);
                  }
                });
        caller.start();
        callers.add(caller);
      }
      for (Thread caller : callers) {
        caller.join(TimeUnit.MINUTES.toMillis(1));
      }
      assertEquals(List.of(), failures);
      Set<Thread> mine = watchdogThreads();
      mine.removeAll(before);
      assertEquals(1, mine.size(), "watchdog threads: " + mine);
    }
  }

  @Test
  void usingTheBridgeAfterCloseThrowsIllegalStateException() {
    Bridge bridge = newBridge();
    bridge.close();
    assertClosed(BRIDGE_CLOSED, bridge::python);
    assertClosed(BRIDGE_CLOSED, bridge::js);
    assertClosed(BRIDGE_CLOSED, () -> bridge.newContext(Language.JS));
    assertClosed(BRIDGE_CLOSED, () -> bridge.evalIsolated(Language.JS, "1", Integer.class));
    assertClosed(BRIDGE_CLOSED, () -> bridge.pool(Language.JS, 1));
    assertClosed(BRIDGE_CLOSED, bridge::runtime);
  }

  @Test
  void usingAClosedContextOrItsHandlesThrowsIllegalStateExceptionNamingTheContext() {
    for (Language language : Language.values()) {
      GuestContext context = shared.newContext(language);
      Handle number = context.eval("41");
      context.close();
      context.close();
      assertTrue(context.isClosed());
      String closed = isolatedClosed(language, null);
      assertClosed(closed, () -> context.eval("1"));
      assertClosed(closed, () -> context.exec("1"));
      assertClosed(closed, () -> context.global("x"));
      assertClosed(closed, () -> context.setGlobal("x", 1));
      assertClosed(closed, () -> context.toGuest(1));
      assertClosed(closed, () -> context.importModule(Isolation.supportModule(language)));
      assertClosed(closed, () -> number.as(Integer.class));
      assertClosed(closed, number::toString);
      assertClosed(closed, () -> number.get("real"));
    }
  }

  @Test
  void closingAContextCancelsGuestCodeRunningInIt() throws InterruptedException {
    GuestContext context = shared.newContext(Language.JS);
    CountDownLatch running = new CountDownLatch(1);
    context.setGlobal("started", (Runnable) running::countDown);
    Throwable[] thrown = new Throwable[1];
    Thread runner =
        new Thread(
            () -> {
              try {
                context.eval("started(); while (true) {}");
              } catch (Throwable e) {
                thrown[0] = e;
              }
            });
    runner.start();
    assertTrue(running.await(1, TimeUnit.MINUTES));
    context.close();
    runner.join(TimeUnit.MINUTES.toMillis(1));
    assertEquals(IllegalStateException.class, thrown[0].getClass(), String.valueOf(thrown[0]));
    assertTrue(
        Pattern.matches(isolatedClosed(Language.JS, null), thrown[0].getMessage()),
        thrown[0].getMessage());
  }

  @Test
  void contextsNobodyClosedAreClosedOnceUnreachable() {
    shared.newContext(Language.JS).close(); // warm up
    long baseline = Isolation.heapAfterGc();
    for (int i = 0; i < 50; i++) {
      // Each holds 4 MB in its globals and is dropped without close().
      shared.newContext(Language.JS).exec("globalThis.keep = new Array(500000).fill(1.5);");
    }
    boolean released =
        Isolation.await(
            () -> Isolation.heapAfterGc() - baseline < 40 * MIB, Duration.ofSeconds(60));
    assertTrue(
        released,
        "heap grew by " + (Isolation.heapAfterGc() - baseline) / MIB + " MiB for 200 MB dropped");
  }

  @Test
  void twoThousandJsContextsCreatedAndClosedLeaveNoHeapGrowthAndNoThreads() {
    assertCreatingContextsLeavesNothing(Language.JS, 2_000);
  }

  @Test
  void fortyPythonContextsCreatedAndClosedLeaveNoHeapGrowthAndNoThreads() {
    assertCreatingContextsLeavesNothing(Language.PYTHON, 40);
  }

  private static void assertCreatingContextsLeavesNothing(Language language, int count) {
    Bridge bridge = shared;
    for (int i = 0; i < 3; i++) {
      try (GuestContext context = bridge.newContext(language)) {
        context.eval("1 + 1");
      }
    }
    long baseline = Isolation.heapAfterGc();
    Set<Thread> threadsBefore = new HashSet<>(Thread.getAllStackTraces().keySet());
    for (int i = 0; i < count; i++) {
      try (GuestContext context = bridge.newContext(language)) {
        assertEquals(2, context.eval("1 + 1").as(Integer.class));
      }
    }
    long growth = Isolation.heapAfterGc() - baseline;
    List<String> newThreads = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!threadsBefore.contains(t) && t.isAlive() && !isJvmOrCompilerThread(t)) {
        newThreads.add(t.getName());
      }
    }
    System.out.printf(
        "%d %s contexts created and closed: heap growth %.1f MiB, new threads %s%n",
        count, language.displayName(), growth / (double) MIB, newThreads);
    assertTrue(growth < 40 * MIB, "heap grew by " + growth / MIB + " MiB");
    assertEquals(List.of(), newThreads);
  }

  /** Threads the JVM or GraalVM's compiler start on their own, which no context owns. */
  private static boolean isJvmOrCompilerThread(Thread t) {
    String name = t.getName();
    return name.startsWith("TruffleCompilerThread")
        || name.startsWith("JVMCI")
        || name.equals("Attach Listener")
        || name.startsWith("surefire-forkedjvm");
  }

  @Test
  void guestOutputGoesToSystemOutAndSystemErrUnlessConfigured() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
      try (Bridge bridge = Bridge.create();
          GuestContext js = bridge.newContext(Language.JS)) {
        js.exec("console.log('js to System.out'); console.error('js to System.err');");
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertTrue(
        capturedOut.toString(StandardCharsets.UTF_8).contains("js to System.out\n"),
        capturedOut.toString(StandardCharsets.UTF_8));
    assertTrue(
        capturedErr.toString(StandardCharsets.UTF_8).contains("js to System.err\n"),
        capturedErr.toString(StandardCharsets.UTF_8));
  }
}
