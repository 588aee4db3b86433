package dev.polybridge.graal.internal;

import dev.polybridge.BridgeException;
import dev.polybridge.ConversionException;
import dev.polybridge.TypeConverter;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Value;

/**
 * The guest-to-Java converter registry of one bridge. For each requested Java type the factories
 * are asked in order (the user's {@link TypeConverter}s first, then the built-in families of {@link
 * Decoders}) and the first decoder offered is cached, so a type is looked up once, not per value.
 */
final class ToJava {
  private final List<Decoder.Factory> factories = new ArrayList<>();
  private final ConcurrentHashMap<Type, Decoder> cache = new ConcurrentHashMap<>();

  ToJava(List<TypeConverter<?>> userConverters) {
    for (TypeConverter<?> converter : userConverters) {
      factories.add(userFactory(converter));
    }
    factories.addAll(Decoders.BUILT_IN);
  }

  /** Converts {@code value} to {@code type}; the caller holds the context's lock. */
  Object decode(Value value, Type type, GraalContext context, ConversionPath path) {
    return decoder(type).decode(value, context, path);
  }

  Decoder decoder(Type type) {
    Decoder d = cache.get(type);
    if (d == null) {
      d = create(type);
      Decoder raced = cache.putIfAbsent(type, d);
      d = raced != null ? raced : d;
    }
    return d;
  }

  private Decoder create(Type type) {
    Type resolved = resolve(type);
    Class<?> raw = rawType(resolved);
    for (Decoder.Factory factory : factories) {
      Decoder d = factory.create(resolved, raw, this);
      if (d != null) {
        return d;
      }
    }
    return (value, context, path) -> {
      throw Decoders.fail(
          value,
          context,
          type,
          path,
          "there is no conversion to this type; register a TypeConverter for it on"
              + " Bridge.builder().converter(...), or ask for Handle");
    };
  }

  private static Decoder.Factory userFactory(TypeConverter<?> converter) {
    return (type, raw, registry) ->
        type == converter.javaType()
            ? (value, context, path) -> {
              if (value.isNull()) {
                return null;
              }
              try {
                return converter.toJava(context.handle(value));
              } catch (BridgeException e) {
                throw e;
              } catch (RuntimeException e) {
                ConversionException failure =
                    Decoders.fail(
                        value, context, type, path, "the registered " + converter + " threw " + e);
                failure.initCause(e);
                throw failure;
              }
            }
            : null;
  }

  /** Replaces wildcards and type variables by their bounds. */
  static Type resolve(Type type) {
    if (type instanceof WildcardType) {
      Type[] upper = ((WildcardType) type).getUpperBounds();
      return upper.length == 0 ? Object.class : resolve(upper[0]);
    }
    if (type instanceof TypeVariable) {
      Type[] bounds = ((TypeVariable<?>) type).getBounds();
      return bounds.length == 0 ? Object.class : resolve(bounds[0]);
    }
    return type;
  }

  static Class<?> rawType(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    if (type instanceof GenericArrayType) {
      Class<?> component = rawType(resolve(((GenericArrayType) type).getGenericComponentType()));
      return java.lang.reflect.Array.newInstance(component, 0).getClass();
    }
    return Object.class;
  }

  /** The {@code index}th type argument of a parameterized type, or Object for a raw one. */
  static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType) {
      return resolve(((ParameterizedType) type).getActualTypeArguments()[index]);
    }
    return Object.class;
  }
}
