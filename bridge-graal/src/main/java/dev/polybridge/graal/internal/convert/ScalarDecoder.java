package dev.polybridge.graal.internal.convert;

import org.graalvm.polyglot.Value;

/**
 * A built-in decoder to a scalar (a number, a string, a boolean, a char) whose common case can be
 * tried on its own: {@link #tryDecode} checks and reads the value through interop only, runs no
 * guest code of the user's and makes no exception, and says {@link #NOT_CONVERTED} for anything
 * else (a null, a value of another kind), which {@link #decode} then converts or rejects.
 *
 * <p>That makes it safe to try ahead of time: a handle whose results were converted to one scalar
 * type converts the next result in the call's own entry ({@code GraalHandle}'s result speculation),
 * and a value that does not fit costs nothing but the check.
 */
public interface ScalarDecoder extends Decoder {
  /** What {@link #tryDecode} says when the value needs the full {@link #decode}. */
  Object NOT_CONVERTED = new Object();

  /**
   * The value converted, or {@link #NOT_CONVERTED} when it is not of the common kind. The caller
   * holds the context's lock.
   */
  Object tryDecode(Value value, ConversionContext context);

  /**
   * Whether this converts to a Java integer type, which a Python {@code float} never becomes: a
   * result the guest has already found to be an integer ({@code GuestSupport.invokeForInteger}) can
   * then skip that check, through {@link #tryDecodeInteger}.
   */
  default boolean integral() {
    return false;
  }

  /** {@link #tryDecode} for a value the guest has found to be an integer of its own. */
  default Object tryDecodeInteger(Value value, ConversionContext context) {
    return tryDecode(value, context);
  }
}
