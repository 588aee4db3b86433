package dev.polybridge.graal.internal;

import org.graalvm.polyglot.Value;

/**
 * Converts a guest value to one Java type. Chosen once per target type by {@link ToJava}, then
 * called for every value of that type; the caller holds the context's lock.
 */
@FunctionalInterface
interface Decoder {
  /**
   * Converts {@code value}, which is never Java null (a missing value arrives as a guest null).
   *
   * @param path where in the outermost value this one is, for error messages
   */
  Object decode(Value value, GraalContext context, ConversionPath path);

  /** Makes the decoder of one type family, or returns null when the type is not its family. */
  @FunctionalInterface
  interface Factory {
    Decoder create(java.lang.reflect.Type type, Class<?> raw, ToJava registry);
  }
}
