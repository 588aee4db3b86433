package dev.polybridge.graal.internal;

import dev.polybridge.ConversionException;
import dev.polybridge.Handle;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.graalvm.polyglot.Value;

/**
 * The built-in guest-to-Java conversions, one small factory per type family, in the order {@link
 * ToJava} tries them. Each factory answers null for a type that is not its family.
 *
 * <p>The mapping (the README's conversion table): integers to {@code int}/{@code long}/{@code
 * short}/{@code byte}/{@code BigInteger} exactly (a value that does not fit fails, never
 * truncates); numbers to {@code double}/{@code float}; strings to {@code String}/{@code char};
 * booleans; bytes, bytearray, Uint8Array and ArrayBuffer to {@code byte[]}; list, tuple and Array
 * to {@code List}, {@code Collection}, {@code Iterable} and arrays; dict and object to {@code Map};
 * any iterable to {@code Set}; None/null/undefined to {@code null} or {@code Optional.empty()};
 * strings to enums by name; dicts and objects to records by component name. {@code Object} gets the
 * natural Java type ({@link #natural}).
 */
final class Decoders {
  private Decoders() {}

  static final List<Decoder.Factory> BUILT_IN =
      List.of(
          Decoders::handles,
          Decoders::natural,
          Decoders::numbers,
          Decoders::strings,
          Decoders::booleans,
          Decoders::bytes,
          Decoders::optionals,
          DecimalCodec::decoder,
          TimeCodec::decoder,
          Decoders::lists,
          Decoders::arrays,
          Decoders::maps,
          Decoders::sets,
          LazyIteration::decoder,
          FutureCodec::decoder,
          Decoders::enums,
          Decoders::records,
          Decoders::interfaces,
          Decoders::classes);

  static ConversionException fail(
      Value value, GraalContext context, Type target, ConversionPath path, String why) {
    String guestType = context.support().typeName(value);
    String at = ConversionPath.text(path);
    return new ConversionException(
        guestType,
        target,
        at,
        "Cannot convert "
            + context.language().displayName()
            + " "
            + guestType
            + (value.isNull() ? "" : " " + preview(value, context))
            + " to "
            + target.getTypeName()
            + (at.isEmpty() ? "" : " at " + at)
            + ": "
            + why);
  }

  private static String preview(Value value, GraalContext context) {
    try {
      String s = context.support().str(value);
      return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    } catch (RuntimeException e) {
      return "";
    }
  }

  // ---- Handle and Value: no conversion ----

  private static Decoder handles(Type type, Class<?> raw, ToJava registry) {
    if (raw == Handle.class) {
      return (v, c, p) -> c.handle(v);
    }
    if (raw == Value.class) {
      return (v, c, p) -> v;
    }
    return null;
  }

  // ---- Object: the natural Java type ----

  private static Decoder natural(Type type, Class<?> raw, ToJava registry) {
    return raw == Object.class ? Decoders::natural : null;
  }

  /**
   * The natural Java form of a guest value: integers as Integer, Long or BigInteger by size, other
   * numbers as Double, strings, booleans, lists as List, dicts and plain objects as Map (insertion
   * order kept), null as null, anything else as a Handle.
   */
  static Object natural(Value v, GraalContext c, ConversionPath p) {
    if (v.isNull()) {
      return null;
    }
    if (v.isString()) {
      return v.asString();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isNumber()) {
      return naturalNumber(v, c);
    }
    if (v.isHostObject()) {
      return v.asHostObject();
    }
    if (v.isProxyObject()) {
      Object proxy = v.asProxyObject();
      return proxy instanceof JavaFunction ? ((JavaFunction) proxy).target() : proxy;
    }
    GuestSupport s = c.support();
    if (s.isList(v)) {
      List<Object> list = new ArrayList<>((int) v.getArraySize());
      for (long i = 0; i < v.getArraySize(); i++) {
        list.add(natural(v.getArrayElement(i), c, ConversionPath.index(p, i)));
      }
      return list;
    }
    if (s.isDict(v)) {
      Map<Object, Object> map = new LinkedHashMap<>();
      forEachEntry(
          v,
          c,
          (k, val) -> {
            Object key = natural(k, c, p);
            map.put(key, natural(val, c, ConversionPath.key(p, key)));
          });
      return map;
    }
    return c.handle(v);
  }

  private static Object naturalNumber(Value v, GraalContext c) {
    if (c.support().isFloat(v)) {
      return v.asDouble();
    }
    if (v.fitsInInt()) {
      return v.asInt();
    }
    if (v.fitsInLong()) {
      return v.asLong();
    }
    if (v.fitsInBigInteger()) {
      return v.asBigInteger();
    }
    return v.asDouble();
  }

  /** Calls {@code action} for each entry of a dict, Map, or plain object, in order. */
  static void forEachEntry(Value v, GraalContext c, EntryAction action) {
    if (v.hasHashEntries()) {
      Value keys = v.getHashKeysIterator();
      while (keys.hasIteratorNextElement()) {
        Value key = keys.getIteratorNextElement();
        action.accept(key, v.getHashValue(key));
      }
      return;
    }
    for (String key : v.getMemberKeys()) {
      action.accept(c.context().asValue(key), v.getMember(key));
    }
  }

  /** One entry of a dict or object. */
  @FunctionalInterface
  interface EntryAction {
    void accept(Value key, Value value);
  }

  // ---- numbers: exact, range-checked ----

  private static Decoder numbers(Type type, Class<?> raw, ToJava registry) {
    if (raw == int.class || raw == Integer.class) {
      return integral(type, raw.isPrimitive(), "an int", Value::fitsInInt, Value::asInt);
    }
    if (raw == long.class || raw == Long.class) {
      return integral(type, raw.isPrimitive(), "a long", Value::fitsInLong, Value::asLong);
    }
    if (raw == short.class || raw == Short.class) {
      return integral(type, raw.isPrimitive(), "a short", Value::fitsInShort, Value::asShort);
    }
    if (raw == byte.class || raw == Byte.class) {
      return integral(type, raw.isPrimitive(), "a byte", Value::fitsInByte, Value::asByte);
    }
    if (raw == BigInteger.class) {
      return integral(type, false, "a BigInteger", Value::fitsInBigInteger, Value::asBigInteger);
    }
    if (raw == double.class || raw == Double.class) {
      return floating(type, raw.isPrimitive(), "a double", Value::fitsInDouble, Value::asDouble);
    }
    if (raw == float.class || raw == Float.class) {
      return floating(type, raw.isPrimitive(), "a float", Value::fitsInFloat, Value::asFloat);
    }
    if (raw == Number.class) {
      return (v, c, p) -> {
        if (v.isNull()) {
          return null;
        }
        if (!v.isNumber()) {
          throw fail(v, c, type, p, "it is not a number");
        }
        return naturalNumber(v, c);
      };
    }
    return null;
  }

  private static Decoder integral(
      Type type,
      boolean primitive,
      String what,
      java.util.function.Predicate<Value> fits,
      java.util.function.Function<Value, Object> get) {
    return new Integral(type, primitive, what, fits, get);
  }

  /**
   * A decoder to a Java integer type. {@link #decodeInteger} serves elements of a sequence the
   * guest has already found to hold only integers ({@link GuestSupport#onlyIntegers}), skipping the
   * per-element float check, which in Python is two guest operations.
   */
  private static final class Integral implements Decoder {
    private final Type type;
    private final boolean primitive;
    private final String what;
    private final java.util.function.Predicate<Value> fits;
    private final java.util.function.Function<Value, Object> get;

    Integral(
        Type type,
        boolean primitive,
        String what,
        java.util.function.Predicate<Value> fits,
        java.util.function.Function<Value, Object> get) {
      this.type = type;
      this.primitive = primitive;
      this.what = what;
      this.fits = fits;
      this.get = get;
    }

    Object decodeInteger(Value v, GraalContext c, ConversionPath p) {
      return fits.test(v) ? get.apply(v) : decode(v, c, p);
    }

    @Override
    public Object decode(Value v, GraalContext c, ConversionPath p) {
      // The common case in as few guest operations as possible; only numbers fit.
      if (fits.test(v) && !c.support().isFloat(v)) {
        return get.apply(v);
      }
      if (v.isNull()) {
        if (primitive) {
          throw fail(v, c, type, p, "a primitive cannot be null; ask for the boxed type");
        }
        return null;
      }
      if (!v.isNumber()) {
        throw fail(v, c, type, p, "it is not a number");
      }
      if (c.support().isFloat(v)) {
        throw fail(v, c, type, p, "it is a float, not an integer; ask for double");
      }
      if (!fits.test(v)) {
        throw fail(
            v,
            c,
            type,
            p,
            v.fitsInBigInteger()
                ? "it does not fit in "
                    + what
                    + "; ask for "
                    + (what.equals("a long") ? "BigInteger" : "long or BigInteger")
                : "it is not an integer; ask for double");
      }
      return get.apply(v);
    }
  }

  /**
   * The decoder for the elements of {@code sequence}: {@code element}, or its faster form when the
   * elements are integers the guest has checked all at once.
   */
  private static Decoder elements(Decoder element, Value sequence, GraalContext c) {
    if (element instanceof Integral && c.support().onlyIntegers(sequence)) {
      return ((Integral) element)::decodeInteger;
    }
    return element;
  }

  private static Decoder floating(
      Type type,
      boolean primitive,
      String what,
      java.util.function.Predicate<Value> fits,
      java.util.function.Function<Value, Object> get) {
    return (v, c, p) -> {
      if (fits.test(v)) { // only numbers fit
        return get.apply(v);
      }
      if (v.isNull()) {
        if (primitive) {
          throw fail(v, c, type, p, "a primitive cannot be null; ask for the boxed type");
        }
        return null;
      }
      if (!v.isNumber()) {
        throw fail(v, c, type, p, "it is not a number");
      }
      if (!fits.test(v)) {
        throw fail(v, c, type, p, "it cannot be represented exactly as " + what);
      }
      return get.apply(v);
    };
  }

  // ---- strings and chars ----

  private static Decoder strings(Type type, Class<?> raw, ToJava registry) {
    if (raw == String.class || raw == CharSequence.class) {
      return (v, c, p) -> {
        if (v.isString()) {
          return v.asString();
        }
        if (v.isNull()) {
          return null;
        }
        throw fail(v, c, type, p, "it is not a string; call toString() for its string form");
      };
    }
    if (raw == char.class || raw == Character.class) {
      return (v, c, p) -> {
        if (v.isNull() && !raw.isPrimitive()) {
          return null;
        }
        if (!v.isString() || v.asString().length() != 1) {
          throw fail(v, c, type, p, "only a one-character string converts to a char");
        }
        return v.asString().charAt(0);
      };
    }
    return null;
  }

  // ---- booleans ----

  private static Decoder booleans(Type type, Class<?> raw, ToJava registry) {
    if (raw != boolean.class && raw != Boolean.class) {
      return null;
    }
    return (v, c, p) -> {
      if (v.isNull() && !raw.isPrimitive()) {
        return null;
      }
      if (!v.isBoolean()) {
        throw fail(v, c, type, p, "it is not a boolean");
      }
      return v.asBoolean();
    };
  }

  // ---- bytes ----

  private static Decoder bytes(Type type, Class<?> raw, ToJava registry) {
    if (raw != byte[].class) {
      return null;
    }
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      if (v.hasBufferElements()) {
        byte[] out = new byte[Math.toIntExact(v.getBufferSize())];
        v.readBuffer(0, out, 0, out.length);
        return out;
      }
      if (v.hasMember("buffer") && v.hasMember("byteOffset") && v.hasArrayElements()) {
        Value buffer = v.getMember("buffer");
        if (buffer != null && buffer.hasBufferElements()) {
          byte[] out = new byte[Math.toIntExact(v.getMember("byteLength").asLong())];
          buffer.readBuffer(v.getMember("byteOffset").asLong(), out, 0, out.length);
          return out;
        }
      }
      if (v.hasArrayElements() && !v.isString()) {
        byte[] out = new byte[Math.toIntExact(v.getArraySize())];
        for (int i = 0; i < out.length; i++) {
          Value e = v.getArrayElement(i);
          if (!e.isNumber() || !e.fitsInInt() || e.asInt() < -128 || e.asInt() > 255) {
            throw fail(e, c, byte.class, ConversionPath.index(p, i), "it is not a byte value");
          }
          out[i] = (byte) e.asInt();
        }
        return out;
      }
      throw fail(v, c, type, p, "it is not bytes, a bytearray, a typed array or a list of bytes");
    };
  }

  // ---- Optional ----

  private static Decoder optionals(Type type, Class<?> raw, ToJava registry) {
    if (raw != Optional.class) {
      return null;
    }
    Decoder inner = registry.decoder(ToJava.typeArgument(type, 0));
    return (v, c, p) -> v.isNull() ? Optional.empty() : Optional.ofNullable(inner.decode(v, c, p));
  }

  // ---- lists, arrays, sets ----

  private static Decoder lists(Type type, Class<?> raw, ToJava registry) {
    if (raw != List.class
        && raw != Collection.class
        && raw != Iterable.class
        && raw != ArrayList.class) {
      return null;
    }
    Decoder element = registry.decoder(ToJava.typeArgument(type, 0));
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      List<Object> out = new ArrayList<>();
      Decoder each = elements(element, v, c);
      forEachElement(
          v, c, type, p, (e, i) -> out.add(each.decode(e, c, ConversionPath.index(p, i))));
      return out;
    };
  }

  private static Decoder arrays(Type type, Class<?> raw, ToJava registry) {
    if (!raw.isArray() || raw == byte[].class) {
      return null;
    }
    Class<?> component = raw.getComponentType();
    Type componentType =
        type instanceof java.lang.reflect.GenericArrayType
            ? ((java.lang.reflect.GenericArrayType) type).getGenericComponentType()
            : component;
    Decoder element = registry.decoder(componentType);
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      List<Object> items = new ArrayList<>();
      Decoder each = elements(element, v, c);
      forEachElement(
          v, c, type, p, (e, i) -> items.add(each.decode(e, c, ConversionPath.index(p, i))));
      Object array = Array.newInstance(component, items.size());
      for (int i = 0; i < items.size(); i++) {
        Array.set(array, i, items.get(i));
      }
      return array;
    };
  }

  private static Decoder sets(Type type, Class<?> raw, ToJava registry) {
    if (raw != Set.class && raw != LinkedHashSet.class) {
      return null;
    }
    Decoder element = registry.decoder(ToJava.typeArgument(type, 0));
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      Set<Object> out = new LinkedHashSet<>();
      forEachElement(
          v, c, type, p, (e, i) -> out.add(element.decode(e, c, ConversionPath.index(p, i))));
      return out;
    };
  }

  /** Calls {@code action} for each element of an array-like or iterable guest value. */
  static void forEachElement(
      Value v, GraalContext c, Type type, ConversionPath p, ElementAction action) {
    if (v.hasArrayElements() && !v.isString()) {
      long size = v.getArraySize();
      for (long i = 0; i < size; i++) {
        action.accept(v.getArrayElement(i), i);
      }
      return;
    }
    if (v.hasIterator() || v.isIterator()) {
      Value it = v.isIterator() ? v : v.getIterator();
      long i = 0;
      while (it.hasIteratorNextElement()) {
        action.accept(it.getIteratorNextElement(), i++);
      }
      return;
    }
    throw fail(v, c, type, p, "it is not a list, array or other iterable");
  }

  /** One element of a list or iterable. */
  @FunctionalInterface
  interface ElementAction {
    void accept(Value element, long index);
  }

  // ---- maps ----

  private static Decoder maps(Type type, Class<?> raw, ToJava registry) {
    if (raw != Map.class && raw != LinkedHashMap.class) {
      return null;
    }
    Decoder keys = registry.decoder(ToJava.typeArgument(type, 0));
    Decoder values = registry.decoder(ToJava.typeArgument(type, 1));
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      if (!v.hasHashEntries() && !c.support().isDict(v)) {
        throw fail(v, c, type, p, "it is not a dict or object");
      }
      Map<Object, Object> out = new LinkedHashMap<>();
      forEachEntry(
          v,
          c,
          (k, val) -> {
            Object key = keys.decode(k, c, p);
            out.put(key, values.decode(val, c, ConversionPath.key(p, key)));
          });
      return out;
    };
  }

  // ---- enums, by name ----

  private static Decoder enums(Type type, Class<?> raw, ToJava registry) {
    if (!raw.isEnum()) {
      return null;
    }
    Object[] constants = raw.getEnumConstants();
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      if (v.isString()) {
        String name = v.asString();
        for (Object constant : constants) {
          if (((Enum<?>) constant).name().equals(name)) {
            return constant;
          }
        }
        for (Object constant : constants) {
          if (((Enum<?>) constant).name().equalsIgnoreCase(name)) {
            return constant;
          }
        }
      }
      throw fail(
          v, c, type, p, "expected the name of one of " + java.util.Arrays.toString(constants));
    };
  }

  // ---- records, by component name ----

  private static Decoder records(Type type, Class<?> raw, ToJava registry) {
    if (!raw.isRecord()) {
      return null;
    }
    return RecordCodec.decoder(raw, registry);
  }

  // ---- any other class: not bindable ----

  private static Decoder classes(Type type, Class<?> raw, ToJava registry) {
    if (raw.isInterface() || raw.isPrimitive() || raw.isArray()) {
      return null;
    }
    return (v, c, p) -> c.bind(v, raw); // the binder refuses a class with a BindingException
  }

  // ---- interfaces: functional interfaces and proxies ----

  private static Decoder interfaces(Type type, Class<?> raw, ToJava registry) {
    if (!raw.isInterface()) {
      return null;
    }
    return (v, c, p) -> v.isNull() ? null : c.bind(v, raw);
  }
}
