package dev.polybridge.graal.internal.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ConversionException;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.TypeConverter;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link ResultProfile}: once a handle's results have gone to one scalar type, the next result is
 * converted in the call's own entry. Every test checks that what {@code as(...)} answers, and what
 * it refuses, is what it was without the profile.
 */
class ResultProfileTest {
  private static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    bridge = Bridge.create();
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  private static GuestContext context(Language language) {
    return language == Language.PYTHON ? bridge.python() : bridge.js();
  }

  private static Handle eval(Language language, String python, String js) {
    return context(language).eval(language == Language.PYTHON ? python : js);
  }

  private static boolean ahead(Handle h) {
    return ((GraalHandle) h).convertedAhead();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void resultsAreConvertedAheadOnceTheyWentToOneType(Language language) {
    Handle inc = eval(language, "lambda x: x + 1", "(x) => x + 1");
    Handle first = inc.call(1);
    assertFalse(ahead(first));
    assertEquals(2, first.as(int.class));
    for (int i = 2; i < 6; i++) {
      Handle r = inc.call(i);
      assertTrue(ahead(r));
      assertEquals(i + 1, r.as(int.class));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aResultConvertedAheadIsStillAHandleOnItsValue(Language language) {
    Handle inc = eval(language, "lambda x: x + 1", "(x) => x + 1");
    inc.call(0).as(int.class);
    Handle r = inc.call(41);
    assertTrue(ahead(r));
    assertEquals(language == Language.PYTHON ? "int" : "number", r.typeName());
    assertEquals("42", r.toString());
    assertEquals(42L, r.as(long.class));
    assertEquals(42.0, r.as(double.class));
    assertEquals(42, r.as(int.class));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aSecondTypeTurnsTheProfileOff(Language language) {
    Handle inc = eval(language, "lambda x: x + 1", "(x) => x + 1");
    assertEquals(2, inc.call(1).as(int.class));
    assertEquals(3L, inc.call(2).as(long.class));
    Handle r = inc.call(3);
    assertFalse(ahead(r));
    assertEquals(4, r.as(int.class));
    assertFalse(ahead(inc.call(4)));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aTypeThatIsNoScalarIsNeverConvertedAhead(Language language) {
    Handle pair = eval(language, "lambda x: {'n': x}", "(x) => ({n: x})");
    assertEquals(Map.of("n", 1), pair.call(1).as(Map.class));
    Handle r = pair.call(2);
    assertFalse(ahead(r));
    assertEquals(Map.of("n", 2), r.as(Map.class));
  }

  @Test
  void aPythonFloatIsStillRefusedAsAnInt() {
    Handle f = bridge.python().eval("lambda x: float(x) if x == 4 else x / 2 if x == 3 else x");
    assertEquals(1, f.call(1).as(int.class));
    assertEquals(2, f.call(2).as(int.class));
    Handle half = f.call(3);
    assertFalse(ahead(half));
    ConversionException e = assertThrows(ConversionException.class, () -> half.as(int.class));
    assertEquals(
        "Cannot convert Python float 1.5 to int: it is a float, not an integer; ask for double",
        e.getMessage());
    Handle whole = f.call(4);
    assertFalse(ahead(whole));
    ConversionException e2 = assertThrows(ConversionException.class, () -> whole.as(int.class));
    assertEquals(
        "Cannot convert Python float 4.0 to int: it is a float, not an integer; ask for double",
        e2.getMessage());
    assertEquals(4.0, whole.as(double.class));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aNullResultConvertsAsBefore(Language language) {
    Handle f = eval(language, "lambda x: None if x == 0 else x", "(x) => x === 0 ? null : x");
    assertEquals(1, f.call(1).as(Integer.class));
    Handle none = f.call(0);
    assertFalse(ahead(none));
    assertNull(none.as(Integer.class));
    ConversionException e = assertThrows(ConversionException.class, () -> none.as(int.class));
    assertEquals(
        "Cannot convert "
            + language.displayName()
            + (language == Language.PYTHON ? " NoneType" : " null")
            + " to int: a primitive cannot be null; ask for the boxed type",
        e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void stringsAndBooleansAreConvertedAhead(Language language) {
    Handle shout = eval(language, "lambda s: s + '!'", "(s) => s + '!'");
    assertEquals("a!", shout.call("a").as(String.class));
    Handle b = shout.call("b");
    assertTrue(ahead(b));
    assertEquals("b!", b.as(String.class));

    Handle even = eval(language, "lambda x: x % 2 == 0", "(x) => x % 2 === 0");
    assertEquals(true, even.call(2).as(boolean.class));
    Handle odd = even.call(3);
    assertTrue(ahead(odd));
    assertEquals(false, odd.as(boolean.class));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aResultOfAnotherKindIsRefusedAsBefore(Language language) {
    Handle f = eval(language, "lambda x: 'many' if x > 9 else x", "(x) => x > 9 ? 'many' : x");
    assertEquals(1, f.call(1).as(int.class));
    Handle many = f.call(10);
    assertFalse(ahead(many));
    ConversionException e = assertThrows(ConversionException.class, () -> many.as(int.class));
    assertEquals(
        "Cannot convert "
            + language.displayName()
            + (language == Language.PYTHON ? " str" : " string")
            + " many to int: it is not a number",
        e.getMessage());
    assertEquals("many", many.as(String.class));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void methodCallsReadsAndKeywordCallsAreProfiledToo(Language language) {
    Handle point =
        eval(
            language,
            "type('P', (), {'x': 3, 'scale': lambda self, k=2: 3 * k})()",
            "({x: 3, scale(k) { return 3 * (k ?? 2); }})");
    assertEquals(6, point.invoke("scale", 2).as(int.class));
    Handle nine = point.invoke("scale", 3);
    assertTrue(ahead(nine));
    assertEquals(9, nine.as(int.class));
    assertEquals(3, point.get("x").as(int.class)); // same profile, same type

    Handle twelve = point.invoke("scale", 4);
    assertTrue(ahead(twelve));
    assertEquals(12, twelve.as(int.class));
    if (language == Language.PYTHON) {
      Handle scale = point.get("scale");
      assertEquals(15, scale.callKw(Map.of("k", 5)).as(int.class));
      Handle kw = scale.callKw(Map.of("k", 7));
      assertTrue(ahead(kw));
      assertEquals(21, kw.as(int.class));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aResultConvertedAheadIsRefusedOnceItsContextIsClosed(Language language) {
    GuestContext isolated = bridge.newContext(language);
    Handle inc = isolated.eval(language == Language.PYTHON ? "lambda x: x + 1" : "(x) => x + 1");
    inc.call(1).as(int.class);
    Handle r = inc.call(2);
    assertTrue(ahead(r));
    String name = isolated.toString().replaceAll("^GuestContext\\[|\\]$", ""); // numbered
    assertTrue(name.startsWith("isolated " + language.displayName() + " context #"), name);
    isolated.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.as(int.class));
    assertEquals(
        "The " + name + " is closed; values and handles from it can no longer be used",
        e.getMessage());
  }

  @Test
  void aUserConverterForTheTypeIsNeverBypassed() {
    TypeConverter<String> loud =
        TypeConverter.toJavaOnly(String.class, h -> h.toString().toUpperCase());
    try (Bridge own = Bridge.builder().converter(loud).build()) {
      Handle shout = own.js().eval("(s) => s + '!'");
      assertEquals("A!", shout.call("a").as(String.class));
      Handle b = shout.call("b");
      assertFalse(ahead(b));
      assertEquals("B!", b.as(String.class));
    }
  }
}
