package dev.polybridge.graal.internal.convert;

import dev.polybridge.BridgeException;
import dev.polybridge.ConversionException;
import dev.polybridge.TypeConverter;
import java.lang.reflect.Type;
import java.util.List;

/**
 * The user's {@link TypeConverter}s, asked before every built-in codec. Guest to Java: the first
 * converter registered for exactly the requested type. Java to guest: the converter of the most
 * specific type the value's class is assignable to (the first registered among equally specific
 * ones), so a converter for {@code Money} also serves {@code SpecialMoney}. A converter that does
 * not serve a direction leaves it to the built-in codecs.
 */
final class UserCodec implements Codec {
  private final List<TypeConverter<?>> converters;

  UserCodec(List<TypeConverter<?>> converters) {
    this.converters = List.copyOf(converters);
  }

  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    TypeConverter<?> best = null;
    for (TypeConverter<?> converter : converters) {
      if (converter.convertsToGuest()
          && converter.javaType().isAssignableFrom(type)
          && (best == null || best.javaType().isAssignableFrom(converter.javaType()))
          && (best == null || best.javaType() != converter.javaType())) {
        best = converter;
      }
    }
    if (best == null) {
      return null;
    }
    TypeConverter<?> chosen = best;
    return (value, context, path) -> {
      Object converted;
      try {
        converted = toGuest(chosen, value);
      } catch (BridgeException e) {
        throw e;
      } catch (RuntimeException e) {
        ConversionException failure =
            Failures.cannotPass(value, context, path, "the registered " + chosen + " threw " + e);
        failure.initCause(e);
        throw failure;
      }
      if (chosen.javaType().isInstance(converted)) {
        // Still the converter's own type: encode it as if no converter existed, not again.
        return registry.encodeBuiltIn(converted, context, path);
      }
      return registry.encode(converted, context, path);
    };
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    for (TypeConverter<?> converter : converters) {
      if (converter.convertsToJava() && type == converter.javaType()) {
        return (value, context, path) -> {
          if (value.isNull()) {
            return null;
          }
          try {
            return converter.toJava(context.handle(value));
          } catch (BridgeException e) {
            throw e;
          } catch (RuntimeException e) {
            ConversionException failure =
                Failures.fail(
                    value, context, type, path, "the registered " + converter + " threw " + e);
            failure.initCause(e);
            throw failure;
          }
        };
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static <T> Object toGuest(TypeConverter<T> converter, Object value) {
    return converter.toGuest((T) value);
  }
}
