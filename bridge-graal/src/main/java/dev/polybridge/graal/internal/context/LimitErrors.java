package dev.polybridge.graal.internal.context;

import dev.polybridge.ContextOptions;
import dev.polybridge.ExecutionTimeoutException;
import dev.polybridge.ResourceLimitException;

/**
 * The exceptions and close reasons of guest code stopped by one of its limits, each worded in one
 * place: the statement limit (GraalVM cancels the context), the timeout and the allocation limit
 * (the watchdog interrupts the guest, and cancels the context if the guest does not stop).
 */
final class LimitErrors {
  /** Why a context is closed after its statement limit. */
  static final String STATEMENT_LIMIT_REACHED = "its statementLimit was reached";

  private LimitErrors() {}

  /** Why a context is closed after a guest ignored the interrupt of {@code reason}. */
  static String didNotStop(StopReason reason) {
    return "cancelled after its "
        + (reason == StopReason.TIMEOUT ? "timeout" : "allocation limit")
        + ": the guest did not stop when interrupted";
  }

  static ResourceLimitException statementLimit(ContextOptions options) {
    return new ResourceLimitException(
        ResourceLimitException.Limit.STATEMENTS, options.statementLimit().orElse(0), true);
  }

  /** The exception for an entry the watchdog stopped for {@code reason}. */
  static RuntimeException stopped(StopReason reason, ContextOptions options, boolean cancelled) {
    long allocationLimit = options.maxAllocatedBytes().orElse(0);
    switch (reason) {
      case TIMEOUT:
        return new ExecutionTimeoutException(options.timeout().orElseThrow(), cancelled);
      case HEAP:
        return new ResourceLimitException(
            ResourceLimitException.Limit.ALLOCATED_BYTES,
            allocationLimit,
            "Guest code was stopped because the JVM's heap was nearly full, before its"
                + " maxAllocatedBytes of "
                + allocationLimit
                + " bytes was reached"
                + (cancelled ? "; the context is closed, create a new one" : "")
                + ". Give the JVM more heap (-Xmx), or lower ContextOptions.maxAllocatedBytes(...)"
                + " so that the limit stops the guest first.");
      case ALLOCATION:
      default:
        return new ResourceLimitException(
            ResourceLimitException.Limit.ALLOCATED_BYTES, allocationLimit, cancelled);
    }
  }
}
