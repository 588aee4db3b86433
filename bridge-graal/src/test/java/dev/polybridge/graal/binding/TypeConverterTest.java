package dev.polybridge.graal.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.Bridge;
import dev.polybridge.ConversionException;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.TypeConverter;
import dev.polybridge.TypeRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * User {@link TypeConverter}s, registered on {@code Bridge.builder().converter(...)}, in both
 * directions and both languages: they come before the built-in conversions, apply wherever their
 * type appears (elements, values, record components, bound interfaces, lambda parameters), and the
 * earlier of two registrations for one type wins.
 */
class TypeConverterTest {

  /** A plain class outside the conversion table. */
  static final class Money {
    final BigDecimal amount;
    final String currency;

    Money(BigDecimal amount, String currency) {
      this.amount = Objects.requireNonNull(amount, "amount");
      this.currency = Objects.requireNonNull(currency, "currency");
    }

    Money(String amount, String currency) {
      this(new BigDecimal(amount), currency);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Money
          && ((Money) o).amount.equals(amount)
          && ((Money) o).currency.equals(currency);
    }

    @Override
    public int hashCode() {
      return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
      return amount.toPlainString() + " " + currency;
    }
  }

  record Invoice(String id, Money total) {}

  /** A record, which the built-in conversion would take from a dict: the converters come first. */
  record Celsius(double degrees) {}

  /** A user's functional interface: its parameter type survives compilation, unlike a lambda's. */
  @FunctionalInterface
  interface MoneyFormatter {
    String format(Money money);
  }

  interface Wallet {
    Money getBalance();

    Money deposit(Money money);
  }

  static final TypeConverter<Money> MONEY =
      TypeConverter.of(
          Money.class,
          h -> {
            String currency = h.getItem("currency").as(String.class);
            if (currency.length() != 3) {
              throw new IllegalArgumentException(
                  "currency must be a 3-letter code, got " + currency);
            }
            return new Money(h.getItem("amount").as(BigDecimal.class), currency);
          },
          m -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("amount", m.amount.toPlainString());
            map.put("currency", m.currency);
            return map;
          });

  static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  static final TypeConverter<LocalDate> LOCAL_DATE =
      TypeConverter.of(
          LocalDate.class,
          h -> LocalDate.parse(h.as(String.class), DAY_MONTH_YEAR),
          d -> d.format(DAY_MONTH_YEAR));

  static final TypeConverter<Celsius> CELSIUS =
      TypeConverter.of(Celsius.class, h -> new Celsius(h.as(double.class)), Celsius::degrees);

  static final TypeConverter<Celsius> LATER_CELSIUS =
      TypeConverter.of(Celsius.class, h -> new Celsius(-273.15), c -> "absolute zero");

  static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    bridge =
        BindingFixtures.bridgeBuilder()
            .converter(MONEY)
            .converter(LOCAL_DATE)
            .converter(CELSIUS)
            .converter(LATER_CELSIUS)
            .build();
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  static GuestContext context(Language language) {
    return BindingFixtures.shared(bridge, language);
  }

  /** The guest's compact JSON of a value, to see exactly what a Java value became. */
  static String json(Language language, Object value) {
    String dumps =
        language == Language.PYTHON
            ? "lambda x: __import__('json').dumps(x, separators=(',', ':'))"
            : "(x) => JSON.stringify(x)";
    return context(language).eval(dumps).call(new Object[] {value}).as(String.class);
  }

  static String dictType(Language language) {
    return language == Language.PYTHON ? "dict" : "Object";
  }

  static final Money TWELVE_FIFTY = new Money("12.50", "EUR");

  // ---- guest to Java ----

  @ParameterizedTest
  @EnumSource(Language.class)
  void guestValueBecomesAJavaValueThroughTheUserConverter(Language language) {
    Money money =
        context(language).eval("({'amount': '12.50', 'currency': 'EUR'})").as(Money.class);

    assertEquals(TWELVE_FIFTY, money);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void userConverterAppliesToListElementsMapValuesAndRecordComponents(Language language) {
    GuestContext guest = context(language);

    List<Money> list =
        guest
            .eval("[{'amount': '1.00', 'currency': 'EUR'}, {'amount': '2', 'currency': 'USD'}]")
            .as(new TypeRef<List<Money>>() {});
    Map<String, Money> map =
        guest
            .eval("({'rent': {'amount': '900', 'currency': 'EUR'}})")
            .as(new TypeRef<Map<String, Money>>() {});
    Invoice invoice =
        guest
            .eval("({'id': 'A1', 'total': {'amount': '12.50', 'currency': 'EUR'}})")
            .as(Invoice.class);

    assertEquals(List.of(new Money("1.00", "EUR"), new Money("2", "USD")), list);
    assertEquals(Map.of("rent", new Money("900", "EUR")), map);
    assertEquals(new Invoice("A1", TWELVE_FIFTY), invoice);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void guestNullBecomesNullWithoutAskingTheConverter(Language language) {
    assertNull(
        context(language).eval(language == Language.PYTHON ? "None" : "null").as(Money.class));
  }

  // ---- Java to guest ----

  @ParameterizedTest
  @EnumSource(Language.class)
  void javaValueBecomesAGuestValueThroughTheUserConverter(Language language) {
    Handle guest = context(language).toGuest(TWELVE_FIFTY);

    assertEquals(dictType(language), guest.typeName());
    assertEquals("{\"amount\":\"12.50\",\"currency\":\"EUR\"}", json(language, TWELVE_FIFTY));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void userConverterAppliesToJavaElementsValuesAndComponents(Language language) {
    assertEquals(
        "[{\"amount\":\"12.50\",\"currency\":\"EUR\"}]", json(language, List.of(TWELVE_FIFTY)));
    assertEquals(
        "{\"rent\":{\"amount\":\"12.50\",\"currency\":\"EUR\"}}",
        json(language, Map.of("rent", TWELVE_FIFTY)));
    assertEquals(
        "{\"id\":\"A1\",\"total\":{\"amount\":\"12.50\",\"currency\":\"EUR\"}}",
        json(language, new Invoice("A1", TWELVE_FIFTY)));
  }

  // ---- converters come first; the earliest registration wins ----

  @ParameterizedTest
  @EnumSource(Language.class)
  void userConverterOverridesTheBuiltInConversionOfItsType(Language language) {
    Handle date = context(language).toGuest(LocalDate.of(2024, 5, 1));

    assertEquals(
        LocalDate.of(2024, 5, 1), context(language).eval("'01/05/2024'").as(LocalDate.class));
    assertEquals(language == Language.PYTHON ? "str" : "string", date.typeName());
    assertEquals("01/05/2024", date.as(String.class));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void converterForARecordComesBeforeTheBuiltInRecordConversion(Language language) {
    assertEquals(new Celsius(21.5), context(language).eval("21.5").as(Celsius.class));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void earlierRegistrationForTheSameTypeWinsBothWays(Language language) {
    Handle guest = context(language).toGuest(new Celsius(21.5));

    assertEquals(new Celsius(-3.0), context(language).eval("-3.0").as(Celsius.class));
    assertEquals(21.5, guest.as(Double.class));
  }

  // ---- bound interfaces and lambdas ----

  @ParameterizedTest
  @EnumSource(Language.class)
  void userConverterAppliesToBoundMethodArgumentsAndResults(Language language) {
    Wallet wallet =
        BindingFixtures.module(bridge, language).get("Wallet").newInstance().as(Wallet.class);

    assertEquals(new Money("5.00", "EUR"), wallet.getBalance());
    assertEquals(new Money("17.50", "EUR"), wallet.deposit(TWELVE_FIFTY));
    assertEquals(new Money("17.50", "EUR"), wallet.getBalance());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void javaLambdaParameterIsConvertedByTheUserConverter(Language language) {
    MoneyFormatter addOne = m -> m.amount.add(BigDecimal.ONE) + " " + m.currency;
    String callWithMoney =
        language == Language.PYTHON
            ? "lambda f: f({'amount': '1.50', 'currency': 'EUR'})"
            : "(f) => f({'amount': '1.50', 'currency': 'EUR'})";

    assertEquals("2.50 EUR", context(language).eval(callWithMoney).call(addOne).as(String.class));
  }

  // ---- failures ----

  @ParameterizedTest
  @EnumSource(Language.class)
  void failingUserConverterBecomesAConversionExceptionNamingWhere(Language language) {
    Handle list =
        context(language)
            .eval("[{'amount': '1', 'currency': 'EUR'}, {'amount': '2', 'currency': 'euro'}]");

    ConversionException e =
        assertThrows(ConversionException.class, () -> list.as(new TypeRef<List<Money>>() {}));

    assertEquals("[1]", e.path());
    assertEquals(dictType(language), e.guestType());
    assertEquals(Money.class, e.targetType());
    IllegalArgumentException cause = assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertEquals("currency must be a 3-letter code, got euro", cause.getMessage());
  }
}
