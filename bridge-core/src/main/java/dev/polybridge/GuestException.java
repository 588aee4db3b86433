package dev.polybridge;

import java.util.List;
import java.util.Objects;

/**
 * The guest raised an exception (Python) or threw a value (JavaScript).
 *
 * <pre>{@code
 * try {
 *   py.eval("1 / 0");
 * } catch (GuestException e) {
 *   e.guestType();        // "ZeroDivisionError"
 *   e.guestMessage();     // "division by zero"
 *   e.guestStackTrace();  // the Python frames, innermost first
 * }
 * }</pre>
 *
 * <p>{@link #guestObject()} is a handle on what was raised or thrown, for its custom fields.
 *
 * <p>{@link #getStackTrace()} interleaves the guest frames with the Java frames, so a printed stack
 * trace shows where in the Python or JavaScript code the error happened, above the Java call that
 * entered the guest. A guest frame reads {@code at module.function(file:line)}.
 */
public class GuestException extends BridgeException {
  private static final long serialVersionUID = 1L;

  private final Language language;
  private final String guestType;
  private final String guestMessage;
  private final transient List<GuestFrame> guestStackTrace;
  private final transient Handle guestObject;

  /**
   * For backends: a guest exception.
   *
   * @param language the language that raised
   * @param guestType the guest's exception type, such as {@code "ZeroDivisionError"}
   * @param guestMessage the guest's message, possibly empty
   * @param guestStackTrace the guest frames, innermost first
   * @param stackTrace the combined guest and Java frames, or null to keep the Java frames
   */
  public GuestException(
      Language language,
      String guestType,
      String guestMessage,
      List<GuestFrame> guestStackTrace,
      StackTraceElement[] stackTrace) {
    this(language, guestType, guestMessage, guestStackTrace, stackTrace, null);
  }

  /**
   * For backends: a guest exception with a handle on the guest's exception object.
   *
   * @param language the language that raised
   * @param guestType the guest's exception type, such as {@code "ZeroDivisionError"}
   * @param guestMessage the guest's message, possibly empty
   * @param guestStackTrace the guest frames, innermost first
   * @param stackTrace the combined guest and Java frames, or null to keep the Java frames
   * @param guestObject the guest's exception object (what was raised or thrown), or null
   */
  // setStackTrace in the constructor is intended: the guest frames belong to the exception from
  // the start. (JDK 21+ javac warns that the call could reach a subclass override.)
  @SuppressWarnings("this-escape")
  public GuestException(
      Language language,
      String guestType,
      String guestMessage,
      List<GuestFrame> guestStackTrace,
      StackTraceElement[] stackTrace,
      Handle guestObject) {
    super(guestMessage.isEmpty() ? guestType : guestType + ": " + guestMessage);
    this.language = Objects.requireNonNull(language, "language");
    this.guestType = guestType;
    this.guestMessage = guestMessage;
    this.guestStackTrace = List.copyOf(guestStackTrace);
    this.guestObject = guestObject;
    if (stackTrace != null) {
      setStackTrace(stackTrace);
    }
  }

  /** The language that raised. */
  public Language language() {
    return language;
  }

  /** The guest's exception type: {@code "ValueError"}, {@code "TypeError"}... */
  public String guestType() {
    return guestType;
  }

  /** The guest's message: Python {@code str(e)}, JavaScript {@code error.message}. */
  public String guestMessage() {
    return guestMessage;
  }

  /** The guest frames, innermost first, each with file, line and function. */
  public List<GuestFrame> guestStackTrace() {
    return guestStackTrace == null ? List.of() : guestStackTrace;
  }

  /**
   * A handle on the guest's exception object: what Python raised or JavaScript threw, with its
   * custom fields. Valid while its context is open; afterwards its operations throw {@link
   * IllegalStateException}. Null only for an exception made without one (or deserialized).
   *
   * <pre>{@code
   * catch (GuestException e) {
   *   int status = e.guestObject().get("status").as(Integer.class);   // raise HttpError(status=404)
   * }
   * }</pre>
   */
  public Handle guestObject() {
    return guestObject;
  }
}
