package dev.polybridge.graal.internal.convert;

/**
 * Converts Java values of one class to something the polyglot API accepts as an argument: a
 * primitive box, a String, a {@link org.graalvm.polyglot.Value} of the context, or a proxy. Chosen
 * once per class by {@link Conversions}, then called for every value of that class; the caller
 * holds the context's lock.
 */
@FunctionalInterface
public interface Encoder {
  /**
   * Converts {@code value}, which is never null and always of the class this encoder was chosen
   * for.
   *
   * @param path where in the outermost value this one is, for error messages
   */
  Object encode(Object value, ConversionContext context, ConversionPath path);
}
