package dev.polybridge;

import java.time.Duration;
import java.util.Objects;

/**
 * Guest code ran past the context's {@link ContextOptions.Builder#timeout(Duration) timeout} and
 * was stopped. The context stays usable unless {@link #contextClosed()} says the guest could not be
 * interrupted and the context had to be cancelled.
 *
 * <pre>{@code
 * try {
 *   js.eval("while (true) {}");
 * } catch (ExecutionTimeoutException e) {
 *   e.timeout();   // PT1S
 * }
 * }</pre>
 */
public class ExecutionTimeoutException extends BridgeException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;
  private final boolean contextClosed;

  /** For backends: the timeout fired. */
  public ExecutionTimeoutException(Duration timeout, boolean contextClosed) {
    super(
        "Guest code ran longer than its timeout of "
            + Objects.requireNonNull(timeout, "timeout").toMillis()
            + " ms and was "
            + (contextClosed
                ? "cancelled; the context is closed, create a new one"
                : "interrupted; the context is still usable")
            + ". Raise ContextOptions.timeout(...) if the work needs longer.");
    this.timeout = timeout;
    this.contextClosed = contextClosed;
  }

  /** The limit that was exceeded. */
  public Duration timeout() {
    return timeout;
  }

  /** True when the guest could not be interrupted and its context was closed. */
  public boolean contextClosed() {
    return contextClosed;
  }
}
