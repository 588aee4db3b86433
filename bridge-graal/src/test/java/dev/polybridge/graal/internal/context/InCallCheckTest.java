package dev.polybridge.graal.internal.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ConversionException;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.GuestFrame;
import dev.polybridge.Handle;
import java.math.BigInteger;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Python calls whose result becomes a Java integer check it inside the call once they run compiled
 * ({@link InCallCheck}). Each test runs with that check off (the first calls of any handle) and on
 * (forced from the first call), and expects the same answers and the same refusals both ways.
 */
class InCallCheckTest {
  /** Bound to {@link #NUMBERS}: one method for each kind of result an integer type may get. */
  public interface Numbers {
    int inc(int x);

    long big();

    int half();

    Integer none();

    int nothing();

    int boolish();

    int sub();

    BigInteger huge();

    int tooBig();

    int fails();

    long text();

    int caller(IntSupplier probe);
  }

  private static final String NUMBERS =
      String.join(
          "\n",
          "import enum, sys",
          "class Numbers:",
          "    def inc(self, x): return x + 1",
          "    def big(self): return 2**40",
          "    def half(self): return 3.0",
          "    def none(self): return None",
          "    def nothing(self): return None",
          "    def boolish(self): return True",
          "    def sub(self): return enum.IntEnum('E', 'A B').B",
          "    def huge(self): return 2**70",
          "    def too_big(self): return 2**40",
          "    def fails(self): raise ValueError('no')",
          "    def text(self): return '7'",
          "    def caller(self, probe): return probe()",
          "numbers = Numbers()");

  private static Bridge bridge;
  private static GuestContext python;

  @BeforeAll
  static void openBridge() {
    bridge = Bridge.create();
    python = bridge.python();
    python.eval(NUMBERS);
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  @AfterEach
  void backToDefault() {
    InCallCheck.onAtOnce(false);
  }

  /** A new proxy (so a new handle, whose check starts as {@code inCall} says). */
  private static Numbers numbers(boolean inCall) {
    InCallCheck.onAtOnce(inCall);
    return python.global("numbers").as(Numbers.class);
  }

  private static String refusal(Runnable call) {
    return assertThrows(ConversionException.class, call::run).getMessage();
  }

  @ParameterizedTest(name = "checked in the call: {0}")
  @ValueSource(booleans = {false, true})
  void integersConvertAsTheyAre(boolean inCall) {
    Numbers n = numbers(inCall);
    assertEquals(42, n.inc(41));
    assertEquals(1099511627776L, n.big());
    assertEquals(new BigInteger("1180591620717411303424"), n.huge());
    assertNull(n.none());
  }

  /**
   * 1 when the guest calls this from inside {@link
   * dev.polybridge.graal.internal.lang.GuestSupport#invokeForInteger}, the invoke that checks its
   * result in the guest; 0 when from a plain invoke or call. The checking functions are internal
   * guest code, which Python's own frames do not show, so the Java stack tells.
   */
  private static final IntSupplier CHECKED_INVOKE =
      () ->
          StackWalker.getInstance()
                  .walk(s -> s.anyMatch(f -> f.getMethodName().equals("invokeForInteger")))
              ? 1
              : 0;

  @ParameterizedTest(name = "checked in the call: {0}")
  @ValueSource(booleans = {false, true})
  void whenOnTheInvokeGoesThroughTheCheckingHelper(boolean inCall) {
    assertEquals(inCall ? 1 : 0, numbers(inCall).caller(CHECKED_INVOKE));
    Handle n = python.global("numbers");
    // no profile yet, so never checked inside
    assertEquals(0, n.invoke("caller", CHECKED_INVOKE).as(int.class));
    // the profile expects int now
    assertEquals(inCall ? 1 : 0, n.invoke("caller", CHECKED_INVOKE).as(int.class));
  }

  @Test
  void callsKeepTheirSeparateCheck() {
    InCallCheck.onAtOnce(true);
    Handle f = python.eval("lambda probe: probe()");
    assertEquals(0, f.call(CHECKED_INVOKE).as(int.class));
    assertEquals(0, f.call(CHECKED_INVOKE).as(int.class));
  }

  @ParameterizedTest(name = "checked in the call: {0}")
  @ValueSource(booleans = {false, true})
  void anIntSubclassIsAnInteger(boolean inCall) {
    assertEquals(2, numbers(inCall).sub());
  }

  @ParameterizedTest(name = "checked in the call: {0}")
  @ValueSource(booleans = {false, true})
  void whatIsNoFittingIntegerIsRefusedAsBefore(boolean inCall) {
    Numbers n = numbers(inCall);
    assertEquals(
        "Cannot convert Python float 3.0 to int: it is a float, not an integer; ask for double",
        refusal(n::half));
    assertEquals(
        "Cannot convert Python NoneType to int: a primitive cannot be null; ask for the boxed type",
        refusal(n::nothing));
    assertEquals("Cannot convert Python bool True to int: it is not a number", refusal(n::boolish));
    assertEquals(
        "Cannot convert Python int 1099511627776 to int: it does not fit in an int; ask for long"
            + " or BigInteger",
        refusal(n::tooBig));
    assertEquals("Cannot convert Python str 7 to long: it is not a number", refusal(n::text));
  }

  @ParameterizedTest(name = "checked in the call: {0}")
  @ValueSource(booleans = {false, true})
  void aGuestErrorShowsOnlyTheUsersFrame(boolean inCall) {
    Numbers n = numbers(inCall);
    GuestException e = assertThrows(GuestException.class, n::fails);
    assertEquals("ValueError: no", e.getMessage());
    assertEquals(List.of("fails"), e.guestStackTrace().stream().map(GuestFrame::function).toList());
  }

  @ParameterizedTest(name = "checked in the call: {0}")
  @ValueSource(booleans = {false, true})
  void handleResultsExpectedToBeIntegersAreCheckedTheSame(boolean inCall) {
    InCallCheck.onAtOnce(inCall);
    Handle o = python.eval("__import__('types').SimpleNamespace(same=lambda x: x)");
    assertEquals(1, o.invoke("same", 1).as(int.class)); // the profile now expects int
    Handle two = o.invoke("same", 2);
    assertTrue(((GraalHandle) two).convertedAhead());
    assertEquals(2, two.as(int.class));
    Handle half = o.invoke("same", 3.0);
    assertFalse(((GraalHandle) half).convertedAhead());
    assertEquals(
        "Cannot convert Python float 3.0 to int: it is a float, not an integer; ask for double",
        refusal(() -> half.as(int.class)));
    assertEquals(
        "Cannot convert Python int 2199023255552 to int: it does not fit in an int; ask for long"
            + " or BigInteger",
        refusal(() -> o.invoke("same", 2L << 40).as(int.class)));
    Handle list = o.invoke("same", List.of(1, 2));
    assertFalse(((GraalHandle) list).convertedAhead());
    assertEquals("list", list.typeName());
    assertEquals(3.0, half.as(double.class));
    assertEquals(List.of(1, 2), list.as(List.class));
  }

  @Test
  void theCheckStaysOffForTheFirstWindowOfCalls() {
    InCallCheck check = new InCallCheck();
    for (int i = 0; i < InCallCheck.WINDOW; i++) {
      assertFalse(check.on(), "on at call " + i);
    }
  }

  @Test
  void theCheckComesOnOnceAWindowOfCallsIsFast() {
    InCallCheck check = new InCallCheck();
    int calls = 0;
    // A window of these calls takes well under FAST_NANOS; a hundred slow windows in a row would
    // take a stalled machine.
    while (!check.on()) {
      calls++;
      assertTrue(calls < 100 * InCallCheck.WINDOW, "still off after " + calls + " calls");
    }
    assertTrue(calls >= 2 * InCallCheck.WINDOW - 1, "on after " + calls + " calls");
    assertTrue(check.on());
  }

  @Test
  void aSlowWindowTurnsTheCheckOffUntilEnoughFastWindowsHavePassed() throws InterruptedException {
    InCallCheck check = new InCallCheck();
    int calls = 0;
    while (!check.on()) {
      calls++;
      assertTrue(calls < 100 * InCallCheck.WINDOW, "still off after " + calls + " calls");
    }
    for (int i = 1; i < InCallCheck.WINDOW; i++) {
      assertTrue(check.on(), "off at call " + i + " of a window");
    }
    Thread.sleep(InCallCheck.FAST_NANOS / 1_000_000 + 1); // this window is slow
    assertFalse(check.on());
    for (int i = 0; i < InCallCheck.FIRST_BACKOFF * InCallCheck.WINDOW; i++) {
      assertFalse(check.on(), "on again after " + i + " calls");
    }
    calls = 0;
    while (!check.on()) {
      calls++;
      assertTrue(calls < 100 * InCallCheck.WINDOW, "still off after " + calls + " more calls");
    }
  }
}
