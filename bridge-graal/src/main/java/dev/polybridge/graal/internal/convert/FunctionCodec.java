package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;

/**
 * Functions and interfaces. A Java lambda, or an object of a {@code @FunctionalInterface}, becomes
 * a guest callable ({@link JavaFunction}). Back, a guest value asked for as an interface becomes a
 * proxy of it (a function for a callable and a single-method interface, else attribute by
 * attribute); a class that is not one of the conversion table's is refused by the binder with a
 * {@link dev.polybridge.BindingException}.
 */
final class FunctionCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    if (!JavaFunction.isFunction(type)) {
      return null;
    }
    return (v, c, p) -> JavaFunction.of(v, c);
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw.isInterface()) {
      return (v, c, p) -> v.isNull() ? null : c.bind(v, raw);
    }
    if (raw.isPrimitive() || raw.isArray()) {
      return null;
    }
    return (v, c, p) -> c.bind(v, raw); // the binder refuses a class with a BindingException
  }
}
