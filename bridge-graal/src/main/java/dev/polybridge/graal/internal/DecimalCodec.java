package dev.polybridge.graal.internal;

import dev.polybridge.Language;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import org.graalvm.polyglot.Value;

/**
 * {@code BigDecimal} both ways. Python: {@code decimal.Decimal}, exactly. JavaScript has no decimal
 * type, so a {@code BigDecimal} arrives as its exact string ({@code "12.50"}), as JSON libraries
 * carry money; back, strings and numbers convert ({@code 0.1} to {@code 0.1}, by its shortest
 * decimal form).
 */
final class DecimalCodec {
  private DecimalCodec() {}

  static Object encode(BigDecimal v, GraalContext context) {
    if (context.language() == Language.PYTHON) {
      return context.support().helper("make_decimal").execute(v.toString());
    }
    return v.toString();
  }

  static Decoder decoder(Type type, Class<?> raw, ToJava registry) {
    if (raw != BigDecimal.class) {
      return null;
    }
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      if (c.language() == Language.PYTHON && v.hasMembers()) {
        Value text = c.support().helper("decimal_text").execute(v);
        if (!text.isNull()) {
          return new BigDecimal(text.asString());
        }
      }
      try {
        if (v.isString()) {
          return new BigDecimal(v.asString().trim());
        }
      } catch (NumberFormatException e) {
        throw Decoders.fail(v, c, type, p, "the string is not a decimal number");
      }
      if (v.isNumber()) {
        if (!c.support().isFloat(v) && v.fitsInBigInteger()) {
          return new BigDecimal(v.asBigInteger());
        }
        if (v.fitsInDouble()) {
          return BigDecimal.valueOf(v.asDouble());
        }
      }
      throw Decoders.fail(v, c, type, p, "it is not a Decimal, number or decimal string");
    };
  }
}
