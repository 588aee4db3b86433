package dev.polybridge.graal.internal.convert;

import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * {@code BigDecimal} both ways. Python: {@code decimal.Decimal}, exactly. JavaScript has no decimal
 * type, so a {@code BigDecimal} arrives as its exact string ({@code "12.50"}), as JSON libraries
 * carry money; back, strings and numbers convert ({@code 0.1} to {@code 0.1}, by its shortest
 * decimal form).
 */
final class DecimalCodec implements Codec {
  @Override
  public Encoder encoder(Class<?> type, Conversions registry) {
    return type == BigDecimal.class ? (v, c, p) -> c.support().decimal((BigDecimal) v) : null;
  }

  @Override
  public Decoder decoder(Type type, Class<?> raw, Conversions registry) {
    if (raw != BigDecimal.class) {
      return null;
    }
    return (v, c, p) -> {
      if (v.isNull()) {
        return null;
      }
      String text = c.support().decimalText(v);
      if (text != null) {
        return new BigDecimal(text);
      }
      try {
        if (v.isString()) {
          return new BigDecimal(v.asString().trim());
        }
      } catch (NumberFormatException e) {
        throw Failures.fail(v, c, type, p, "the string is not a decimal number");
      }
      if (v.isNumber()) {
        if (!c.support().isFloat(v) && v.fitsInBigInteger()) {
          return new BigDecimal(v.asBigInteger());
        }
        if (v.fitsInDouble()) {
          return BigDecimal.valueOf(v.asDouble());
        }
      }
      throw Failures.fail(v, c, type, p, "it is not a Decimal, number or decimal string");
    };
  }
}
