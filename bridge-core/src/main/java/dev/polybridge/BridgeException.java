package dev.polybridge;

/**
 * The root of Polybridge's exceptions. Unchecked.
 *
 * <pre>{@code
 * try {
 *   mod.invoke("run");
 * } catch (GuestException e) {          // the guest raised
 *   log.error("{} failed: {}", e.guestType(), e.guestMessage(), e);
 * } catch (BridgeException e) {         // timeouts, limits, conversions, bindings
 *   ...
 * }
 * }</pre>
 */
public class BridgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public BridgeException(String message) {
    super(message);
  }

  /** An exception with a message and a cause. */
  public BridgeException(String message, Throwable cause) {
    super(message, cause);
  }
}
