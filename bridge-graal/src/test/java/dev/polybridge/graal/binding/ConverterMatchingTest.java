package dev.polybridge.graal.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.Handle;
import dev.polybridge.TypeConverter;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which user {@link TypeConverter} applies: Java to guest, the one for the most specific type the
 * value is an instance of (subclasses included); guest to Java, the one for exactly the requested
 * type; a converter of one direction leaves the other to the built-in conversions.
 */
class ConverterMatchingTest {
  /** Money of any kind; its converters are for this class. */
  static class Money {
    final long cents;

    Money(long cents) {
      this.cents = cents;
    }
  }

  /** A subclass no converter names. */
  static final class GiftMoney extends Money {
    GiftMoney(long cents) {
      super(cents);
    }
  }

  /** A subclass with a converter of its own. */
  static final class Euro extends Money {
    Euro(long cents) {
      super(cents);
    }
  }

  static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    bridge =
        Bridge.builder()
            .converter(
                TypeConverter.of(
                    Money.class,
                    h -> new Money(h.getItem("cents").as(Long.class)),
                    m -> Map.of("cents", m.cents)))
            .converter(TypeConverter.toGuestOnly(Euro.class, e -> "EUR " + e.cents))
            .converter(TypeConverter.toGuestOnly(LocalDate.class, d -> "day " + d))
            .converter(
                TypeConverter.toJavaOnly(
                    StringBuilder.class, h -> new StringBuilder(h.as(String.class))))
            .build();
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  private static String reprInPython(Object javaValue) {
    return bridge.python().eval("repr").call(javaValue).as(String.class);
  }

  @Test
  void converterForAClassAlsoServesItsSubclasses() {
    assertEquals("{'cents': 250}", reprInPython(new GiftMoney(250)));
  }

  @Test
  void theMostSpecificConverterWins() {
    assertEquals("'EUR 99'", reprInPython(new Euro(99)));
    assertEquals("{'cents': 7}", reprInPython(new Money(7)));
  }

  @Test
  void toGuestOnlyConverterReplacesTheBuiltInEncodingButNotTheDecoding() {
    assertEquals("'day 2024-05-01'", reprInPython(LocalDate.of(2024, 5, 1)));
    assertEquals(
        LocalDate.of(2024, 5, 1),
        bridge.python().eval("__import__('datetime').date(2024, 5, 1)").as(LocalDate.class));
  }

  @Test
  void toJavaOnlyConverterDecodesAndLeavesEncodingToTheBuiltIns() {
    Handle text = bridge.python().eval("'abc'");

    assertEquals("abc", text.as(StringBuilder.class).toString());
  }

  @Test
  void decodingUsesOnlyTheConverterOfTheRequestedType() {
    Money m = bridge.python().eval("{'cents': 5}").as(Money.class);

    assertEquals(5, m.cents);
  }

  @Test
  void oneDirectionConvertersSayWhichDirectionTheyServe() {
    TypeConverter<Euro> euro = TypeConverter.toGuestOnly(Euro.class, e -> "x");
    TypeConverter<Euro> parse = TypeConverter.toJavaOnly(Euro.class, h -> new Euro(1));

    assertTrue(euro.convertsToGuest());
    assertFalse(euro.convertsToJava());
    assertTrue(parse.convertsToJava());
    assertFalse(parse.convertsToGuest());
    assertEquals("TypeConverter<" + Euro.class.getName() + ", to guest only>", euro.toString());
  }
}
