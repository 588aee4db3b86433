package dev.polybridge.graal.internal.convert;

import org.graalvm.polyglot.Value;

/**
 * Converts a guest value to one Java type. Chosen once per target type by {@link Conversions}, then
 * called for every value of that type; the caller holds the context's lock.
 */
@FunctionalInterface
public interface Decoder {
  /**
   * Converts {@code value}, which is never Java null (a missing value arrives as a guest null).
   *
   * @param path where in the outermost value this one is, for error messages
   */
  Object decode(Value value, ConversionContext context, ConversionPath path);
}
