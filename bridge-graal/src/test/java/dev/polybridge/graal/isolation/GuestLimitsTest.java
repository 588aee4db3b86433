package dev.polybridge.graal.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.ExecutionTimeoutException;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.ResourceLimitException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Timeouts, statement limits, the allocation limit and output streams of isolated contexts, written
 * once and run per language by {@link PythonLimitsTest} and {@link JsLimitsTest}. The guest code
 * lives in {@code escapes/support/isolation_support.py|js}.
 *
 * <p>Timeout tests assert what happened and that the context works afterwards, never how long it
 * took.
 */
abstract class GuestLimitsTest {
  /**
   * Long enough for a new context to import the support module on a loaded machine (the imports run
   * under the timeout too), short enough for the tests that wait for it.
   */
  static final Duration TIMEOUT = Duration.ofMillis(2000);

  static final long ALLOCATION_LIMIT = 16L << 20;

  static final String TIMEOUT_INTERRUPTED =
      "Guest code ran longer than its timeout of 2000 ms and was interrupted; the context is still"
          + " usable. Raise ContextOptions.timeout(...) if the work needs longer.";
  static final String TIMEOUT_CANCELLED =
      "Guest code ran longer than its timeout of 2000 ms and was cancelled; the context is closed,"
          + " create a new one. Raise ContextOptions.timeout(...) if the work needs longer.";

  static final ByteArrayOutputStream bridgeOut = new ByteArrayOutputStream();
  static final ByteArrayOutputStream bridgeErr = new ByteArrayOutputStream();
  static Bridge bridge;

  /** Whether this class's bridge has imported the support module once, without limits. */
  static boolean supportParsed;

  @BeforeAll
  static void openBridge() {
    bridge = Isolation.newBridge(bridgeOut, bridgeErr);
    supportParsed = false;
  }

  /**
   * The first import of the support module parses it and the standard library modules it uses,
   * which on a loaded machine can take longer than {@link #TIMEOUT}; the limited contexts of the
   * tests share the bridge's engine and reuse that parse, so their imports stay well inside it.
   */
  @BeforeEach
  void parseTheSupportModuleOnceWithoutLimits() {
    if (!supportParsed) {
      try (GuestContext context = bridge.newContext(language())) {
        support(context);
      }
      supportParsed = true;
    }
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  // ---- what a language supplies ----

  abstract Language language();

  /** A statement that prints {@code text} and a newline to standard output. */
  abstract String printOut(String text);

  /** A statement that prints {@code text} and a newline to standard error. */
  abstract String printErr(String text);

  /** Three single statements, each counted once by a statement limit. */
  abstract List<String> singleStatements();

  /** A loop of a million statements. */
  abstract String millionStatements();

  /** An expression allocating well under {@link #ALLOCATION_LIMIT}, of value 1000. */
  abstract String smallAllocation();

  // ---- helpers ----

  GuestContext newContext(ContextOptions options) {
    return bridge.newContext(language(), options);
  }

  GuestContext withTimeout() {
    return newContext(ContextOptions.builder().timeout(TIMEOUT).build());
  }

  Handle support(GuestContext context) {
    return context.importModule(Isolation.supportModule(language()));
  }

  String name(String snake) {
    return Isolation.name(language(), snake);
  }

  void assertUsable(GuestContext context) {
    assertFalse(context.isClosed(), "the context should still be open");
    assertEquals(42, context.eval("6 * 7").as(Integer.class));
  }

  static void assertInterruptedByTimeout(ExecutionTimeoutException e) {
    assertEquals(TIMEOUT, e.timeout());
    assertFalse(e.contextClosed());
    assertEquals(TIMEOUT_INTERRUPTED, e.getMessage());
  }

  /**
   * A guest-callable Java function that cannot be interrupted: it waits, clearing every interrupt,
   * until the watchdog gives up and closes the context.
   */
  static Runnable blockUntilClosed(GuestContext[] holder) {
    return () -> {
      long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!holder[0].isClosed() && System.nanoTime() < end) {
        Thread.interrupted();
        LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
      }
    };
  }

  static void assertClosedBecause(GuestContext context, Language language, String reason) {
    assertTrue(context.isClosed());
    IllegalStateException closed =
        assertThrows(IllegalStateException.class, () -> context.eval("1"));
    assertTrue(
        closed
            .getMessage()
            .matches(
                "The isolated "
                    + language.displayName()
                    + " context #\\d+ is closed \\("
                    + Pattern.quote(reason)
                    + "\\); values and handles from it can no longer be used"),
        closed.getMessage());
  }

  static void assertCancelledByTimeout(ExecutionTimeoutException e) {
    assertEquals(TIMEOUT, e.timeout());
    assertTrue(e.contextClosed());
    assertEquals(TIMEOUT_CANCELLED, e.getMessage());
  }

  public interface Spinner {
    void spin();
  }

  // ---- timeouts ----

  @Test
  void evalPastItsTimeoutIsInterruptedAndTheContextStillWorks() {
    try (GuestContext context = withTimeout()) {
      Handle mod = support(context);
      ExecutionTimeoutException e =
          assertThrows(
              ExecutionTimeoutException.class,
              () ->
                  context.eval(
                      language() == Language.PYTHON ? "while True:\n    pass" : "while (true) {}"));
      assertInterruptedByTimeout(e);
      assertUsable(context);
      assertEquals(3, mod.invoke(name("call_times"), (Runnable) () -> {}, 3).as(Integer.class));
    }
  }

  @Test
  void callOfAGuestFunctionPastItsTimeoutIsInterrupted() {
    try (GuestContext context = withTimeout()) {
      Handle spin = support(context).get("spin");
      assertInterruptedByTimeout(assertThrows(ExecutionTimeoutException.class, spin::call));
      assertUsable(context);
    }
  }

  @Test
  void invokeOfAGuestMethodPastItsTimeoutIsInterrupted() {
    try (GuestContext context = withTimeout()) {
      Handle spinner = support(context).get("Spinner").newInstance();
      assertInterruptedByTimeout(
          assertThrows(ExecutionTimeoutException.class, () -> spinner.invoke("spin")));
      assertUsable(context);
    }
  }

  @Test
  void proxyMethodCallPastItsTimeoutIsInterrupted() {
    try (GuestContext context = withTimeout()) {
      Spinner spinner = support(context).get("Spinner").newInstance().as(Spinner.class);
      assertInterruptedByTimeout(assertThrows(ExecutionTimeoutException.class, spinner::spin));
      assertUsable(context);
    }
  }

  @Test
  void conversionThatRunsGuestCodePastItsTimeoutIsInterrupted() {
    try (GuestContext context = withTimeout()) {
      Handle mod = support(context);
      Handle endless = mod.invoke("endless");
      assertInterruptedByTimeout(
          assertThrows(ExecutionTimeoutException.class, () -> endless.as(List.class)));
      Handle spinner = mod.get("Spinner").newInstance();
      assertInterruptedByTimeout(assertThrows(ExecutionTimeoutException.class, spinner::toString));
      assertUsable(context);
    }
  }

  @Test
  void guestCallingBackIntoJavaCountsAsOneEntryAgainstTheTimeout() {
    try (GuestContext context = withTimeout()) {
      Handle callTimes = support(context).get(name("call_times"));
      // Each callback is short; together they outlast the timeout, which covers the whole call.
      Runnable pause = () -> LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
      assertInterruptedByTimeout(
          assertThrows(ExecutionTimeoutException.class, () -> callTimes.call(pause, 1_000)));
      // Separate entries each get the whole timeout.
      for (int i = 0; i < 3; i++) {
        assertEquals(2, callTimes.call(pause, 2).as(Integer.class));
      }
    }
  }

  @Test
  void guestThatCatchesTheInterruptIsStillStoppedAndTheContextStillWorks() {
    try (GuestContext context = withTimeout()) {
      Handle swallow = support(context).get(name("swallow_interrupts"));
      assertInterruptedByTimeout(assertThrows(ExecutionTimeoutException.class, swallow::call));
      assertUsable(context);
    }
  }

  @Test
  void javaCallbackThatIgnoresTheInterruptIsCancelledAfterTheGracePeriod() {
    GuestContext[] holder = new GuestContext[1];
    holder[0] = withTimeout();
    Handle call = support(holder[0]).get("call");
    assertCancelledByTimeout(
        assertThrows(ExecutionTimeoutException.class, () -> call.call(blockUntilClosed(holder))));
    assertClosedBecause(
        holder[0],
        language(),
        "cancelled after its timeout: the guest did not stop when interrupted");
  }

  @Test
  void javaCallbackThatGivesUpWhenInterruptedEndsInTheTimeout() {
    try (GuestContext context = withTimeout()) {
      Handle call = support(context).get("call");
      Runnable sleepy =
          () -> {
            try {
              Thread.sleep(Duration.ofHours(1).toMillis());
            } catch (InterruptedException e) {
              throw new IllegalStateException("interrupted", e);
            }
          };
      ExecutionTimeoutException e =
          assertThrows(ExecutionTimeoutException.class, () -> call.call(sleepy));
      assertInterruptedByTimeout(e);
      assertEquals("interrupted", e.getSuppressed()[0].getMessage());
      assertUsable(context);
    }
  }

  // ---- statement limit ----

  @Test
  void statementsUpToTheLimitRunAndTheNextOneClosesTheContext() {
    GuestContext context = newContext(ContextOptions.builder().statementLimit(3).build());
    for (String statement : singleStatements()) {
      context.exec(statement);
    }
    ResourceLimitException e =
        assertThrows(ResourceLimitException.class, () -> context.exec(singleStatements().get(0)));
    assertEquals(ResourceLimitException.Limit.STATEMENTS, e.limit());
    assertEquals(3, e.value());
    assertEquals(
        "Guest code exceeded its statementLimit of 3 statements and was stopped; the context is"
            + " closed, create a new one. Raise ContextOptions.statementLimit(...) if the work"
            + " needs more.",
        e.getMessage());
    assertClosedBecause(context, language(), "its statementLimit was reached");
  }

  @Test
  void loopPastTheStatementLimitIsStoppedWithResourceLimitException() {
    try (GuestContext context =
        newContext(ContextOptions.builder().statementLimit(10_000).build())) {
      ResourceLimitException e =
          assertThrows(ResourceLimitException.class, () -> context.exec(millionStatements()));
      assertEquals(ResourceLimitException.Limit.STATEMENTS, e.limit());
      assertEquals(10_000, e.value());
      assertTrue(context.isClosed());
    }
  }

  @Test
  void importingSupportModulesCountsOnlyTheirOwnStatements() {
    try (GuestContext context = newContext(ContextOptions.builder().statementLimit(200).build())) {
      // Start-up, Polybridge's helpers and the standard library are not the caller's statements.
      assertEquals(
          3,
          support(context).get(name("call_times")).call((Runnable) () -> {}, 3).as(Integer.class));
    }
  }

  // ---- allocation limit ----

  @Test
  void allocationPastTheLimitIsStoppedAndTheContextStillWorks() {
    try (GuestContext context =
        newContext(ContextOptions.builder().maxAllocatedBytes(ALLOCATION_LIMIT).build())) {
      Handle bomb = support(context).get("bomb");
      ResourceLimitException e = assertThrows(ResourceLimitException.class, bomb::call);
      assertEquals(ResourceLimitException.Limit.ALLOCATED_BYTES, e.limit());
      assertEquals(ALLOCATION_LIMIT, e.value());
      assertEquals(
          "Guest code exceeded its maxAllocatedBytes of 16777216 bytes and was stopped. Raise"
              + " ContextOptions.maxAllocatedBytes(...) if the work needs more.",
          e.getMessage());
      assertUsable(context);
    }
  }

  @Test
  void allocationWithinTheLimitRuns() {
    try (GuestContext context =
        newContext(ContextOptions.builder().maxAllocatedBytes(ALLOCATION_LIMIT).build())) {
      for (int i = 0; i < 5; i++) {
        assertEquals(1000, context.eval(smallAllocation()).as(Integer.class));
      }
    }
  }

  // ---- output ----

  @Test
  void printGoesToTheStreamsOfTheContextsOptions() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ContextOptions options = ContextOptions.builder().stdout(out).stderr(err).build();
    try (GuestContext context = newContext(options);
        GuestContext other = newContext(ContextOptions.sandboxed())) {
      context.exec(printOut("to out"));
      context.exec(printErr("to err"));
      other.exec(printOut("other"));
    }
    assertEquals("to out\n", out.toString(StandardCharsets.UTF_8));
    assertEquals("to err\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printGoesToTheBridgesStreamsByDefault() {
    String marker = "bridge-default-" + language().id();
    try (GuestContext context = bridge.newContext(language())) {
      context.exec(printOut(marker + "-out"));
      context.exec(printErr(marker + "-err"));
    }
    assertTrue(
        bridgeOut.toString(StandardCharsets.UTF_8).contains(marker + "-out\n"),
        bridgeOut.toString(StandardCharsets.UTF_8));
    assertTrue(
        bridgeErr.toString(StandardCharsets.UTF_8).contains(marker + "-err\n"),
        bridgeErr.toString(StandardCharsets.UTF_8));
    assertFalse(bridgeOut.toString(StandardCharsets.UTF_8).contains(marker + "-err"));
  }
}
