package dev.polybridge;

import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A value could not be converted to the requested type. Says which guest type, which Java type, and
 * where in a nested value the conversion failed.
 *
 * <pre>{@code
 * // Python [1, 2, "three"] as List<Integer>:
 * // ConversionException: Cannot convert Python str to java.lang.Integer at [2]: ...
 * e.guestType();   // "str"
 * e.targetType();  // class java.lang.Integer
 * e.path();        // "[2]"
 * }</pre>
 */
public class ConversionException extends BridgeException {
  private static final long serialVersionUID = 1L;

  private final String guestType;
  private final transient Type targetType;
  private final String path;

  /**
   * For backends: a failed conversion.
   *
   * @param guestType the guest type of the value that failed (or the Java class name, when
   *     converting from Java to the guest)
   * @param targetType the type that was requested
   * @param path where in the value, such as {@code "[3].name"}; empty for the value itself
   * @param message what went wrong and what to do
   */
  public ConversionException(String guestType, Type targetType, String path, String message) {
    super(message);
    this.guestType = Objects.requireNonNull(guestType, "guestType");
    this.targetType = Objects.requireNonNull(targetType, "targetType");
    this.path = Objects.requireNonNull(path, "path");
  }

  /** The guest type of the value that could not be converted. */
  public String guestType() {
    return guestType;
  }

  /** The Java type that was requested for that value. */
  public Type targetType() {
    return targetType;
  }

  /** Where in the converted value the failure is ({@code "[2]"}, {@code ".name"}), or empty. */
  public String path() {
    return path;
  }
}
