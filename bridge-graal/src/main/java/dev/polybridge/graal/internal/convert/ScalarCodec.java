package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import org.graalvm.polyglot.Value;

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
      return new StringDecoder(type);
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
      return new BooleanDecoder(type, raw.isPrimitive());
    }
    return null;
  }

  private static final class StringDecoder implements ScalarDecoder {
    private final Type type;

    StringDecoder(Type type) {
      this.type = type;
    }

    @Override
    public Object tryDecode(Value v, ConversionContext c) {
      return v.isString() ? v.asString() : NOT_CONVERTED;
    }

    @Override
    public Object decode(Value v, ConversionContext c, ConversionPath p) {
      if (v.isString()) {
        return v.asString();
      }
      if (v.isNull()) {
        return null;
      }
      throw Failures.fail(v, c, type, p, "it is not a string; call toString() for its string form");
    }
  }

  private static final class BooleanDecoder implements ScalarDecoder {
    private final Type type;
    private final boolean primitive;

    BooleanDecoder(Type type, boolean primitive) {
      this.type = type;
      this.primitive = primitive;
    }

    @Override
    public Object tryDecode(Value v, ConversionContext c) {
      return v.isBoolean() ? v.asBoolean() : NOT_CONVERTED;
    }

    @Override
    public Object decode(Value v, ConversionContext c, ConversionPath p) {
      if (v.isBoolean()) {
        return v.asBoolean();
      }
      if (v.isNull() && !primitive) {
        return null;
      }
      throw Failures.fail(v, c, type, p, "it is not a boolean");
    }
  }
}
