package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.LongBuffer;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
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
      return new Integral(
          type,
          raw.isPrimitive(),
          "an int",
          Value::fitsInInt,
          Value::asInt,
          x -> x == (int) x ? (Object) (int) x : null);
    }
    if (raw == long.class || raw == Long.class) {
      return new Integral(
          type, raw.isPrimitive(), "a long", Value::fitsInLong, Value::asLong, Long::valueOf);
    }
    if (raw == short.class || raw == Short.class) {
      return new Integral(
          type,
          raw.isPrimitive(),
          "a short",
          Value::fitsInShort,
          Value::asShort,
          x -> x == (short) x ? (Object) (short) x : null);
    }
    if (raw == byte.class || raw == Byte.class) {
      return new Integral(
          type,
          raw.isPrimitive(),
          "a byte",
          Value::fitsInByte,
          Value::asByte,
          x -> x == (byte) x ? (Object) (byte) x : null);
    }
    if (raw == BigInteger.class) {
      return new Integral(
          type,
          false,
          "a BigInteger",
          Value::fitsInBigInteger,
          Value::asBigInteger,
          BigInteger::valueOf);
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

  /** How many elements one guest call reads at most: a 512 KiB buffer, however long the list. */
  private static final int INTEGERS_PER_READ = 65_536;

  /**
   * Decodes the leading elements of {@code sequence} (of {@code size}) into {@code out} from reads
   * of whole runs of integers ({@code GuestSupport.integers}), when {@code element} is a Java
   * integer type; returns how many it decoded, from 0 (not a list of integers, or not an integer
   * type) to {@code size}. The caller decodes the rest one by one. An integer outside the Java
   * type's range is decoded one by one too, so it fails with the usual message and path.
   */
  static long decodeIntegers(
      Decoder element,
      Value sequence,
      long size,
      List<Object> out,
      ConversionContext c,
      ConversionPath p) {
    if (!(element instanceof Integral)) {
      return 0;
    }
    Integral integral = (Integral) element;
    long done = 0;
    while (done < size) {
      long stop = Math.min(size, done + INTEGERS_PER_READ);
      LongBuffer run = c.support().integers(sequence, done, stop);
      if (run == null || run.remaining() != stop - done) {
        return done;
      }
      for (int k = 0; k < run.remaining(); k++) {
        Object x = integral.fromLong(run.get(k));
        if (x == null) {
          long i = done + k;
          x = integral.decode(sequence.getArrayElement(i), c, ConversionPath.index(p, i, sequence));
        }
        out.add(x);
      }
      done = stop;
    }
    return done;
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
   * A decoder to a Java integer type. {@link #fromLong} serves the integers of a sequence the guest
   * has read out all at once ({@link #decodeIntegers}).
   */
  private static final class Integral extends ToJavaNumber {
    private final LongFunction<Object> fromLong;

    Integral(
        Type type,
        boolean primitive,
        String what,
        Predicate<Value> fits,
        Function<Value, Object> get,
        LongFunction<Object> fromLong) {
      super(type, primitive, what, fits, get);
      this.fromLong = fromLong;
    }

    /** A guest integer as this Java type, or null when it is out of the type's range. */
    Object fromLong(long x) {
      return fromLong.apply(x);
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
