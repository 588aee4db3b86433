package dev.polybridge.graal.internal.context;

/**
 * When one handle's invokes whose result becomes a Java integer check it inside the invoke ({@code
 * GuestSupport.invokeForInteger}) rather than in a guest operation of its own. That saves the
 * operation once compiled (a Python proxy's {@code int} method: 98 ns against 152 after 60 s), but
 * runs one more guest function, interpreted until the compiler gets to it: switched on from the
 * first call, that method still took 10,300-10,600 ns a call at second 10 of a fresh JVM, against
 * 360-440 ns without.
 *
 * <p>So the check is on only while invokes are fast: {@link #WINDOW} of them in under {@link
 * #FAST_NANOS} (1 µs each), which only compiled code does. A slow window while on (the helper still
 * interpreted) turns it off again for {@link #FIRST_BACKOFF} fast windows, twice as many after each
 * further slow one, up to {@link #MAX_BACKOFF}; by the next try the compiler has usually got to the
 * helper, since its first calls queued it.
 *
 * <p>Thread-safety: unsynchronized on purpose, read before the invoke takes the context's lock:
 * threads racing on one handle only mis-time a window, which turns the check on or off a window
 * early or late.
 */
final class InCallCheck {
  /** How many invokes are timed together. */
  static final int WINDOW = 10_000;

  /** {@link #WINDOW} invokes in less than this (1 µs each) run compiled. */
  static final long FAST_NANOS = 10_000_000L;

  /** Fast windows to wait after the first slow window with the check on. */
  static final int FIRST_BACKOFF = 64;

  /** The longest wait, in fast windows: about 6 s of invokes at 150 ns. */
  static final int MAX_BACKOFF = 4_096;

  /** For tests: every new check is on from its first call. */
  private static volatile boolean onAtOnce;

  private boolean on = onAtOnce;
  private int calls;
  private long windowStart;
  private int wait;
  private int backoff = FIRST_BACKOFF;

  /** Whether this invoke should check inside the invoke; counts it. */
  boolean on() {
    if (++calls < WINDOW) {
      return on;
    }
    long now = System.nanoTime();
    boolean fast = windowStart != 0 && now - windowStart < FAST_NANOS;
    windowStart = now;
    calls = 0;
    if (on && !fast) {
      on = false;
      wait = backoff;
      backoff = Math.min(2 * backoff, MAX_BACKOFF);
    } else if (!on && fast) {
      if (wait > 0) {
        wait--;
      } else {
        on = true;
      }
    }
    return on;
  }

  /** For tests: whether checks made from now on are on from their first call. */
  static void onAtOnce(boolean value) {
    onAtOnce = value;
  }
}
