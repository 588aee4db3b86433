package dev.polybridge;

import java.util.Objects;
import java.util.function.Function;

/**
 * A user-supplied conversion for one Java type, in both directions or in one. Registered converters
 * are tried before the built-in ones, so they can also override a built-in conversion.
 *
 * <ul>
 *   <li>Guest to Java ({@link #toJava}): used when {@link #javaType()} is exactly the requested
 *       type ({@code as(Money.class)}, a {@code List<Money>} element, a bound method's {@code
 *       Money} result).
 *   <li>Java to guest ({@link #toGuest}): used for values of {@link #javaType()} and of its
 *       subclasses ({@code SpecialMoney extends Money}), unless a converter registered for a more
 *       specific type applies; among equally specific ones, the first registered wins.
 * </ul>
 *
 * <pre>{@code
 * TypeConverter<Money> money = TypeConverter.of(Money.class,
 *     h -> new Money(h.get("amount").as(BigDecimal.class), h.get("currency").as(String.class)),
 *     m -> Map.of("amount", m.amount(), "currency", m.currency()));
 * TypeConverter<Instant> instantsAsText = TypeConverter.toGuestOnly(Instant.class, Instant::toString);
 * Bridge bridge = Bridge.builder().converter(money).converter(instantsAsText).build();
 * }</pre>
 *
 * @param <T> the Java type converted
 */
public interface TypeConverter<T> {

  /** The Java type this converter handles. */
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

  /**
   * Whether this converter converts guest values to Java; when false, the built-in conversions
   * serve that direction. True unless overridden.
   */
  default boolean convertsToJava() {
    return true;
  }

  /**
   * Whether this converter converts Java values for the guest; when false, the built-in conversions
   * serve that direction. True unless overridden.
   */
  default boolean convertsToGuest() {
    return true;
  }

  /** A converter from two functions, one each way. */
  static <T> TypeConverter<T> of(
      Class<T> javaType,
      Function<? super Handle, ? extends T> toJava,
      Function<? super T, ?> toGuest) {
    Objects.requireNonNull(toJava, "toJava");
    Objects.requireNonNull(toGuest, "toGuest");
    return new FunctionConverter<>(javaType, toJava, toGuest);
  }

  /**
   * A converter for guest values to {@code javaType} only; Java values of it convert as built in.
   */
  static <T> TypeConverter<T> toJavaOnly(
      Class<T> javaType, Function<? super Handle, ? extends T> toJava) {
    Objects.requireNonNull(toJava, "toJava");
    return new FunctionConverter<>(javaType, toJava, null);
  }

  /** A converter for Java values of {@code javaType} (and subclasses) to the guest only. */
  static <T> TypeConverter<T> toGuestOnly(Class<T> javaType, Function<? super T, ?> toGuest) {
    Objects.requireNonNull(toGuest, "toGuest");
    return new FunctionConverter<>(javaType, null, toGuest);
  }
}
