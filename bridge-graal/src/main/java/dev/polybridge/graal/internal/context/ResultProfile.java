package dev.polybridge.graal.internal.context;

import dev.polybridge.graal.internal.convert.ScalarDecoder;
import java.lang.reflect.Type;

/**
 * What the results of one handle's operations ({@code call}, {@code invoke}, {@code get}, ...) have
 * been converted to, so that the next result can be converted in the operation's own entry: {@code
 * f.call(x).as(int.class)} then enters the context once, not twice. Only built-in scalar
 * conversions are tried ahead ({@link ScalarDecoder}: interop checks and reads, no guest code, no
 * exception), and only while every result so far went to the same type; a second type, or a type
 * that is not a scalar, turns the profile off for good.
 *
 * <p>A result converted ahead keeps its guest value, so every other operation on it behaves as
 * before, and {@code as(...)} to any other type converts as usual.
 *
 * <p>Thread-safety: updated without a lock on purpose. The expectation is one immutable object, so
 * a reader sees a whole one; a lost update only costs a conversion done in the second entry.
 */
final class ResultProfile {
  /** One type and its decoder. */
  static final class Expectation {
    final Type type;
    final ScalarDecoder decoder;

    private Expectation(Type type, ScalarDecoder decoder) {
      this.type = type;
      this.decoder = decoder;
    }
  }

  private static final Expectation OFF = new Expectation(null, null);

  private Expectation expected;

  /** The type to convert the next result to, or null when there is none. */
  Expectation expected() {
    Expectation e = expected;
    return e == OFF ? null : e;
  }

  /** Records that a result was converted to {@code type} in an entry of its own. */
  void converted(Type type, GraalContext context) {
    Expectation e = expected;
    if (e == null) {
      ScalarDecoder d = context.scalarDecoder(type);
      expected = d == null ? OFF : new Expectation(type, d);
    } else if (e != OFF && e.type != type) {
      expected = OFF;
    }
  }
}
