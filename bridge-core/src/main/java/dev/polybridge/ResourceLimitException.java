package dev.polybridge;

import java.util.Objects;

/**
 * Guest code hit a statement or allocation limit of its {@link ContextOptions} and was stopped.
 *
 * <pre>{@code
 * catch (ResourceLimitException e) {
 *   if (e.limit() == ResourceLimitException.Limit.ALLOCATED_BYTES) ...
 * }
 * }</pre>
 */
public class ResourceLimitException extends BridgeException {
  private static final long serialVersionUID = 1L;

  /** Which limit was hit. */
  public enum Limit {
    /** {@link ContextOptions.Builder#statementLimit(long)}; the context is closed afterwards. */
    STATEMENTS("statementLimit"),
    /** {@link ContextOptions.Builder#maxAllocatedBytes(long)}. */
    ALLOCATED_BYTES("maxAllocatedBytes");

    private final String optionName;

    Limit(String optionName) {
      this.optionName = optionName;
    }

    /** The {@link ContextOptions.Builder} method that sets this limit. */
    public String optionName() {
      return optionName;
    }
  }

  private final Limit limit;
  private final long value;

  /** For backends: {@code limit} of {@code value} was exceeded. */
  public ResourceLimitException(Limit limit, long value, boolean contextClosed) {
    super(
        "Guest code exceeded its "
            + Objects.requireNonNull(limit, "limit").optionName()
            + " of "
            + value
            + (limit == Limit.ALLOCATED_BYTES ? " bytes" : " statements")
            + " and was stopped"
            + (contextClosed ? "; the context is closed, create a new one" : "")
            + ". Raise ContextOptions."
            + limit.optionName()
            + "(...) if the work needs more.");
    this.limit = limit;
    this.value = value;
  }

  /**
   * For backends: the guest ran under {@code limit} of {@code value} and was stopped for a reason
   * that {@code message} explains (the JVM's heap filling up before the limit was reached, say).
   */
  public ResourceLimitException(Limit limit, long value, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.limit = Objects.requireNonNull(limit, "limit");
    this.value = value;
  }

  /** Which limit was hit. */
  public Limit limit() {
    return limit;
  }

  /** The configured value of the limit. */
  public long value() {
    return value;
  }
}
