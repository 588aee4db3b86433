package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;

/**
 * Strings, characters and booleans both ways. A {@code char} crosses as a one-character string, and
 * only a one-character string converts back to one.
 */
final class ScalarCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    if (type == String.class || type == Boolean.class) {
      return (v, c, p) -> v;
    }
    if (type == Character.class) {
      return (v, c, p) -> v.toString();
    }
    return null;
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw == String.class || raw == CharSequence.class) {
      return (v, c, p) -> {
        if (v.isString()) {
          return v.asString();
        }
        if (v.isNull()) {
          return null;
        }
        throw Failures.fail(
            v, c, type, p, "it is not a string; call toString() for its string form");
      };
    }
    if (raw == char.class || raw == Character.class) {
      return (v, c, p) -> {
        if (v.isNull() && !raw.isPrimitive()) {
          return null;
        }
        if (!v.isString() || v.asString().length() != 1) {
          throw Failures.fail(v, c, type, p, "only a one-character string converts to a char");
        }
        return v.asString().charAt(0);
      };
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return (v, c, p) -> {
        if (v.isNull() && !raw.isPrimitive()) {
          return null;
        }
        if (!v.isBoolean()) {
          throw Failures.fail(v, c, type, p, "it is not a boolean");
        }
        return v.asBoolean();
      };
    }
    return null;
  }
}
