package dev.polybridge.graal.internal.convert;

import dev.polybridge.ConversionException;
import dev.polybridge.TypeConverter;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Value;

/**
 * The converter registry of one bridge, both directions: an ordered list of {@link Codec}s (the
 * user's {@link TypeConverter}s first, then the built-in families), asked once per Java class for
 * its {@link Encoder} and once per requested type for its {@link Decoder}; the answers are cached,
 * so a class or type is looked up once, not per value.
 *
 * <p>Nesting is bounded: a value more than {@link #MAX_DEPTH} levels deep, or one that contains
 * itself, fails with a {@link ConversionException} whose path shows where ({@code [0][0][0]...}),
 * and the context stays usable.
 *
 * <p>Thread-safety: safe for use from any thread; conversions themselves run under a context's
 * lock.
 */
public final class Conversions {
  /** The deepest nesting converted, in either direction. */
  public static final int MAX_DEPTH = 1000;

  /** How many types {@link #decoder} finds by identity before asking its map. */
  private static final int RECENT = 8;

  /** The built-in families, in the order they are asked. */
  private static final List<Codec> BUILT_IN =
      List.of(
          new PassThroughCodec(),
          new NaturalCodec(),
          new NumberCodec(),
          new ScalarCodec(),
          new BytesCodec(),
          new OptionalCodec(),
          new DecimalCodec(),
          new TimeCodec(),
          new SetCodec(),
          new MapCodec(),
          new ListCodec(),
          new IterationCodec(),
          new FutureCodec(),
          new EnumCodec(),
          new RecordCodec(),
          new FunctionCodec());

  private final List<Codec> codecs;
  private final boolean userConverters;
  private final ConcurrentHashMap<Type, Decoder> decoders = new ConcurrentHashMap<>();

  /**
   * The first {@link #RECENT} types asked for and their decoders, in pairs, found by identity
   * before the map is asked: most programs convert to a few types, and this skips hashing them.
   */
  private volatile Object[] recent = new Object[0];

  private final ClassValue<Encoder> encoders =
      new ClassValue<>() {
        @Override
        protected Encoder computeValue(Class<?> type) {
          return createEncoder(type, 0);
        }
      };
  private final ClassValue<Encoder> builtInEncoders =
      new ClassValue<>() {
        @Override
        protected Encoder computeValue(Class<?> type) {
          return createEncoder(type, codecs.size() - BUILT_IN.size());
        }
      };

  public Conversions(List<TypeConverter<?>> converters) {
    List<Codec> all = new ArrayList<>();
    userConverters = !converters.isEmpty();
    if (userConverters) {
      all.add(new UserCodec(converters));
    }
    all.addAll(BUILT_IN);
    this.codecs = List.copyOf(all);
  }

  // ---- Java to guest ----

  /**
   * Converts a Java value passed in (an argument, {@code set}, {@code setGlobal}, {@code toGuest})
   * to a native guest value: the outermost conversion, which reports a too-deep or cyclic value.
   */
  public Object encode(Object value, ConversionContext context) {
    try {
      return encode(value, context, ConversionPath.ROOT);
    } catch (ConversionPath.TooDeep e) {
      throw Failures.passTooDeep(value, context, e.path, e.cyclic);
    } catch (StackOverflowError e) {
      throw Failures.passTooDeep(value, context, ConversionPath.ROOT, false);
    }
  }

  /** Converts a value nested at {@code path}; codecs call this for elements. */
  public Object encode(Object value, ConversionContext context, ConversionPath path) {
    if (value == null) {
      return context.support().javaNull();
    }
    if (passesAsIs(value)) {
      return value;
    }
    return encoders.get(value.getClass()).encode(value, context, path);
  }

  /**
   * Whether a non-null value passes to the guest as it is: a String, Integer, Double or Boolean
   * when no user converter could claim it. Lets codecs skip making a path for such elements.
   */
  boolean passesAsIs(Object value) {
    Class<?> c = value.getClass();
    return !userConverters
        && (c == String.class || c == Integer.class || c == Double.class || c == Boolean.class);
  }

  /** Converts a value with the built-in codecs only (a user converter's own result). */
  Object encodeBuiltIn(Object value, ConversionContext context, ConversionPath path) {
    return builtInEncoders.get(value.getClass()).encode(value, context, path);
  }

  /** The encoder of {@code type}, found once. */
  public Encoder encoder(Class<?> type) {
    return encoders.get(type);
  }

  /** The encoder of {@code type} that the codecs after {@code codec} offer. */
  Encoder encoderAfter(Codec codec, Class<?> type) {
    return createEncoder(type, codecs.indexOf(codec) + 1);
  }

  private Encoder createEncoder(Class<?> type, int from) {
    for (int i = from; i < codecs.size(); i++) {
      Encoder e = codecs.get(i).encoder(type, this);
      if (e != null) {
        return e;
      }
    }
    return Conversions::hostObjectOrFail;
  }

  private static Object hostObjectOrFail(Object v, ConversionContext c, ConversionPath p) {
    if (c.allowsHostAccess()) {
      return v;
    }
    throw Failures.cannotPass(
        v,
        c,
        p,
        "it has no conversion and this context does not allow host access. Register a"
            + " TypeConverter for it on Bridge.builder().converter(...), convert it to a Map or"
            + " List first, or allow host access with ContextOptions.allowHostAccess(true).");
  }

  // ---- guest to Java ----

  /**
   * Converts a guest value to {@code type}: the outermost conversion, which reports a too-deep or
   * cyclic value. The caller holds the context's lock.
   *
   * @param path where the value is, when it is itself part of something (an argument); else ROOT
   */
  public Object decode(Value value, Type type, ConversionContext context, ConversionPath path) {
    try {
      return decoder(type).decode(value, context, path);
    } catch (ConversionPath.TooDeep e) {
      throw Failures.tooDeep(value, context, type, e.path, e.cyclic);
    } catch (StackOverflowError e) {
      throw Failures.tooDeep(value, context, type, path, false);
    }
  }

  /** The decoder to {@code type}, found once. */
  public Decoder decoder(Type type) {
    Object[] r = recent;
    for (int i = 0; i < r.length; i += 2) {
      if (r[i] == type) {
        return (Decoder) r[i + 1];
      }
    }
    Decoder d = decoders.get(type);
    if (d == null) {
      d = createDecoder(type);
      Decoder raced = decoders.putIfAbsent(type, d);
      d = raced != null ? raced : d;
    }
    if (r.length < 2 * RECENT) {
      Object[] more = Arrays.copyOf(r, r.length + 2);
      more[r.length] = type;
      more[r.length + 1] = d;
      recent = more; // a lost race only drops an entry, which the map still has
    }
    return d;
  }

  /**
   * The built-in scalar decoder to {@code type}, or null when {@code type} is no scalar or a user
   * converter claims it: what a handle may try on results ahead of time ({@link ScalarDecoder}).
   */
  public ScalarDecoder scalarDecoder(Type type) {
    Decoder d = decoder(type);
    return d instanceof ScalarDecoder ? (ScalarDecoder) d : null;
  }

  private Decoder createDecoder(Type type) {
    Type resolved = resolve(type);
    Class<?> raw = rawType(resolved);
    for (Codec codec : codecs) {
      Decoder d = codec.decoder(resolved, raw, this);
      if (d != null) {
        return d;
      }
    }
    return (value, context, path) -> {
      throw Failures.fail(
          value,
          context,
          type,
          path,
          "there is no conversion to this type; register a TypeConverter for it on"
              + " Bridge.builder().converter(...), or ask for Handle");
    };
  }

  // ---- types ----

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
