package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.graalvm.polyglot.Value;

/**
 * Numbers both ways, exactly. Java's boxes pass as they are, except a {@code long} or {@code
 * BigInteger} too large for a plain guest number (beyond 2^53 in JavaScript), which becomes a big
 * integer (JavaScript {@code BigInt}). Back, integers convert to {@code int}, {@code long}, {@code
 * short}, {@code byte} and {@code BigInteger} only when they fit (never truncated), and a Python
 * {@code float} is never taken for an integer.
 */
final class NumberCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    if (type == Integer.class
        || type == Double.class
        || type == Float.class
        || type == Short.class
        || type == Byte.class) {
      return (v, c, p) -> v;
    }
    if (type == Long.class) {
      return (v, c, p) -> {
        long l = (Long) v;
        return c.support().isExactInteger(l) ? v : c.support().bigInteger(Long.toString(l));
      };
    }
    if (type == BigInteger.class) {
      return (v, c, p) -> {
        BigInteger b = (BigInteger) v;
        return b.bitLength() < 64 && c.support().isExactInteger(b.longValue())
            ? (Object) b.longValue()
            : c.support().bigInteger(b.toString());
      };
    }
    return null;
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw == int.class || raw == Integer.class) {
      return new Integral(type, raw.isPrimitive(), "an int", Value::fitsInInt, Value::asInt);
    }
    if (raw == long.class || raw == Long.class) {
      return new Integral(type, raw.isPrimitive(), "a long", Value::fitsInLong, Value::asLong);
    }
    if (raw == short.class || raw == Short.class) {
      return new Integral(type, raw.isPrimitive(), "a short", Value::fitsInShort, Value::asShort);
    }
    if (raw == byte.class || raw == Byte.class) {
      return new Integral(type, raw.isPrimitive(), "a byte", Value::fitsInByte, Value::asByte);
    }
    if (raw == BigInteger.class) {
      return new Integral(
          type, false, "a BigInteger", Value::fitsInBigInteger, Value::asBigInteger);
    }
    if (raw == double.class || raw == Double.class) {
      return new Floating(
          type, raw.isPrimitive(), "a double", Value::fitsInDouble, Value::asDouble);
    }
    if (raw == float.class || raw == Float.class) {
      return new Floating(type, raw.isPrimitive(), "a float", Value::fitsInFloat, Value::asFloat);
    }
    if (raw == Number.class) {
      return (v, c, p) -> {
        if (v.isNull()) {
          return null;
        }
        if (!v.isNumber()) {
          throw Failures.fail(v, c, type, p, "it is not a number");
        }
        return naturalNumber(v, c);
      };
    }
    return null;
  }

  /** A guest number as Double, or Integer, Long or BigInteger by size. */
  static Object naturalNumber(Value v, ConversionContext c) {
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

  /**
   * The decoder for the elements of {@code sequence}: {@code element}, or its faster form when the
   * elements are integers the guest has checked all at once.
   */
  static Decoder forElementsOf(Decoder element, Value sequence, ConversionContext c) {
    if (element instanceof Integral && c.support().onlyIntegers(sequence)) {
      return ((Integral) element)::decodeInteger;
    }
    return element;
  }

  /**
   * A decoder to one Java number type: the type, whether it is primitive (a null cannot become
   * one), its name for messages ("an int"), and the interop test and read for it. {@link #decode}
   * tries the common case ({@link #tryDecode}), then takes a null, refuses what is not a number,
   * and leaves the other numbers to {@link #decodeNumber}.
   */
  private abstract static class ToJavaNumber implements ScalarDecoder {
    final Type type;
    final boolean primitive;
    final String what;
    final Predicate<Value> fits;
    final Function<Value, Object> get;

    ToJavaNumber(
        Type type,
        boolean primitive,
        String what,
        Predicate<Value> fits,
        Function<Value, Object> get) {
      this.type = type;
      this.primitive = primitive;
      this.what = what;
      this.fits = fits;
      this.get = get;
    }

    @Override
    public final Object decode(Value v, ConversionContext c, ConversionPath p) {
      Object quick = tryDecode(v, c);
      if (quick != NOT_CONVERTED) {
        return quick;
      }
      if (v.isNull()) {
        if (primitive) {
          throw Failures.fail(v, c, type, p, "a primitive cannot be null; ask for the boxed type");
        }
        return null;
      }
      if (!v.isNumber()) {
        throw Failures.fail(v, c, type, p, "it is not a number");
      }
      return decodeNumber(v, c, p);
    }

    /** A number {@link #tryDecode} did not take: converted, or refused with the reason. */
    abstract Object decodeNumber(Value v, ConversionContext c, ConversionPath p);
  }

  /**
   * A decoder to a Java integer type. {@link #decodeInteger} serves elements of a sequence the
   * guest has already found to hold only integers ({@code GuestSupport.onlyIntegers}), skipping the
   * per-element float check.
   */
  private static final class Integral extends ToJavaNumber {
    Integral(
        Type type,
        boolean primitive,
        String what,
        Predicate<Value> fits,
        Function<Value, Object> get) {
      super(type, primitive, what, fits, get);
    }

    Object decodeInteger(Value v, ConversionContext c, ConversionPath p) {
      return fits.test(v) ? get.apply(v) : decode(v, c, p);
    }

    @Override
    public boolean integral() {
      return true;
    }

    @Override
    public Object tryDecodeInteger(Value v, ConversionContext c) {
      return fits.test(v) ? get.apply(v) : NOT_CONVERTED;
    }

    @Override
    public Object tryDecode(Value v, ConversionContext c) {
      // The common case in as few guest operations as possible; only numbers fit.
      return fits.test(v) && !c.support().isFloat(v) ? get.apply(v) : NOT_CONVERTED;
    }

    @Override
    Object decodeNumber(Value v, ConversionContext c, ConversionPath p) {
      if (c.support().isFloat(v)) {
        throw Failures.fail(v, c, type, p, "it is a float, not an integer; ask for double");
      }
      if (!fits.test(v)) {
        throw Failures.fail(
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

  /** A decoder to {@code double} or {@code float}: any number that converts exactly. */
  private static final class Floating extends ToJavaNumber {
    Floating(
        Type type,
        boolean primitive,
        String what,
        Predicate<Value> fits,
        Function<Value, Object> get) {
      super(type, primitive, what, fits, get);
    }

    @Override
    public Object tryDecode(Value v, ConversionContext c) {
      return fits.test(v) ? get.apply(v) : NOT_CONVERTED; // only numbers fit
    }

    @Override
    Object decodeNumber(Value v, ConversionContext c, ConversionPath p) {
      if (!fits.test(v)) {
        throw Failures.fail(v, c, type, p, "it cannot be represented exactly as " + what);
      }
      return get.apply(v);
    }
  }
}
