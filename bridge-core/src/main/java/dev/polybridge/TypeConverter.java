package dev.polybridge;

import java.util.Objects;
import java.util.function.Function;

/**
 * A user-supplied conversion for one Java type, both directions. Registered converters are tried
 * before the built-in ones, so they can also override a built-in conversion.
 *
 * <pre>{@code
 * TypeConverter<Money> money = TypeConverter.of(Money.class,
 *     h -> new Money(h.get("amount").as(BigDecimal.class), h.get("currency").as(String.class)),
 *     m -> Map.of("amount", m.amount(), "currency", m.currency()));
 * Bridge bridge = Bridge.builder().converter(money).build();
 * }</pre>
 *
 * @param <T> the Java type converted
 */
public interface TypeConverter<T> {

  /** The Java type this converter handles (exactly this class, not its subclasses). */
  Class<T> javaType();

  /**
   * Converts a guest value to Java. Called when {@code javaType()} is the requested target.
   *
   * @param guest the guest value; never a null handle (those convert to {@code null})
   */
  T toJava(Handle guest);

  /**
   * Converts a Java value to something the bridge can pass to the guest: a value of the conversion
   * table (a {@code Map}, {@code List}, {@code String}...) or a {@link Handle}.
   *
   * @param value the Java value; never null
   */
  Object toGuest(T value);

  /** A converter from two functions. */
  static <T> TypeConverter<T> of(
      Class<T> javaType,
      Function<? super Handle, ? extends T> toJava,
      Function<? super T, ?> toGuest) {
    Objects.requireNonNull(javaType, "javaType");
    Objects.requireNonNull(toJava, "toJava");
    Objects.requireNonNull(toGuest, "toGuest");
    return new TypeConverter<T>() {
      @Override
      public Class<T> javaType() {
        return javaType;
      }

      @Override
      public T toJava(Handle guest) {
        return toJava.apply(guest);
      }

      @Override
      public Object toGuest(T value) {
        return toGuest.apply(value);
      }

      @Override
      public String toString() {
        return "TypeConverter<" + javaType.getName() + ">";
      }
    };
  }
}
