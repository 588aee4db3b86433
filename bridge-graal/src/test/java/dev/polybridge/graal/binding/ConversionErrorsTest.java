package dev.polybridge.graal.binding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.ConversionException;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.TypeRef;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

/**
 * What a failed conversion says, in both languages: the guest type, the Java type, where in a
 * nested value it failed ({@code [2]}, {@code .name}, {@code ['key']}), and what to do next.
 */
class ConversionErrorsTest {

  record Person(String name, int age) {}

  record Tagged(String name, List<Integer> tags) {}

  enum Color {
    RED,
    GREEN
  }

  /** A Java class outside the conversion table, with no converter. */
  static final class Widget {}

  static final String WIDGET = Widget.class.getName();

  static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    bridge = BindingFixtures.bridgeBuilder().build();
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  static GuestContext context(Language language) {
    return BindingFixtures.shared(bridge, language);
  }

  static String stringType(Language language) {
    return language == Language.PYTHON ? "str" : "string";
  }

  static String intType(Language language) {
    return language == Language.PYTHON ? "int" : "number";
  }

  static String dictType(Language language) {
    return language == Language.PYTHON ? "dict" : "Object";
  }

  static String nullType(Language language) {
    return language == Language.PYTHON ? "NoneType" : "null";
  }

  static String nullLiteral(Language language) {
    return language == Language.PYTHON ? "None" : "null";
  }

  static ConversionException refusal(Language language, String literal, Type type) {
    return assertThrows(
        ConversionException.class, () -> context(language).eval(literal).as(TypeRef.of(type)));
  }

  static void assertRefusal(
      ConversionException e, String guestType, Type targetType, String path, String message) {
    assertEquals(message, e.getMessage());
    assertEquals(guestType, e.guestType());
    assertEquals(targetType, e.targetType());
    assertEquals(path, e.path());
  }

  // ---- paths ----

  @ParameterizedTest
  @EnumSource(Language.class)
  void listElementThatFailsIsNamedByItsIndex(Language language) {
    ConversionException e =
        refusal(language, "[1, 2, 'three']", new TypeRef<List<Integer>>() {}.type());

    assertRefusal(
        e,
        stringType(language),
        Integer.class,
        "[2]",
        "Cannot convert "
            + language.displayName()
            + " "
            + stringType(language)
            + " three to java.lang.Integer at [2]: it is not a number");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void mapValueThatFailsIsNamedByItsKey(Language language) {
    ConversionException e =
        refusal(language, "({'a': 1, 'b': 'x'})", new TypeRef<Map<String, Integer>>() {}.type());

    assertRefusal(
        e,
        stringType(language),
        Integer.class,
        "['b']",
        "Cannot convert "
            + language.displayName()
            + " "
            + stringType(language)
            + " x to java.lang.Integer at ['b']: it is not a number");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void recordComponentThatFailsIsNamedAfterADot(Language language) {
    ConversionException e = refusal(language, "({'name': 5, 'age': 3})", Person.class);

    assertRefusal(
        e,
        intType(language),
        String.class,
        ".name",
        "Cannot convert "
            + language.displayName()
            + " "
            + intType(language)
            + " 5 to java.lang.String at .name: it is not a string; call toString() for its"
            + " string form");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void failureDeepInANestedValueNamesTheWholePath(Language language) {
    ConversionException e =
        refusal(
            language,
            "[{'name': 'a', 'tags': [1, 2]}, {'name': 'b', 'tags': [3, 'x']}]",
            new TypeRef<List<Tagged>>() {}.type());

    assertRefusal(
        e,
        stringType(language),
        Integer.class,
        "[1].tags[1]",
        "Cannot convert "
            + language.displayName()
            + " "
            + stringType(language)
            + " x to java.lang.Integer at [1].tags[1]: it is not a number");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void nullWhereAPrimitiveIsWantedNamesKeyAndIndex(Language language) {
    ConversionException e =
        refusal(
            language,
            "({'a': [1], 'b': [2, " + nullLiteral(language) + "]})",
            new TypeRef<Map<String, int[]>>() {}.type());

    assertRefusal(
        e,
        nullType(language),
        int.class,
        "['b'][1]",
        "Cannot convert "
            + language.displayName()
            + " "
            + nullType(language)
            + " to int at ['b'][1]: a primitive cannot be null; ask for the boxed type");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void missingPrimitiveRecordComponentIsNamed(Language language) {
    ConversionException e = refusal(language, "({'name': 'Ada'})", Person.class);

    String preview = language == Language.PYTHON ? "{'name': 'Ada'}" : "[object Object]";
    assertRefusal(
        e,
        dictType(language),
        Person.class,
        ".age",
        "Cannot convert "
            + language.displayName()
            + " "
            + dictType(language)
            + " "
            + preview
            + " to "
            + Person.class.getName()
            + " at .age: it has no key or attribute 'age'");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void integerTooLargeForItsElementTypeIsNamedByIndex(Language language) {
    ConversionException e = refusal(language, "[1, 2**40]", new TypeRef<List<Integer>>() {}.type());

    assertRefusal(
        e,
        intType(language),
        Integer.class,
        "[1]",
        "Cannot convert "
            + language.displayName()
            + " "
            + intType(language)
            + " 1099511627776 to java.lang.Integer at [1]: it does not fit in an int; ask for long"
            + " or BigInteger");
  }

  // A Python list or tuple of ints only is read in runs of up to 65,536 integers, one guest call
  // each, without the per-element float check; these lists must still be refused element by
  // element, at the right index.

  @Test
  void pythonFloatAmongIntegersIsRefusedAtItsIndex() {
    ConversionException e =
        refusal(Language.PYTHON, "[1, 2.0, 3]", new TypeRef<List<Integer>>() {}.type());

    assertRefusal(
        e,
        "float",
        Integer.class,
        "[1]",
        "Cannot convert Python float 2.0 to java.lang.Integer at [1]: it is a float, not an"
            + " integer; ask for double");
  }

  @Test
  void pythonBooleanAmongIntegersIsRefusedAtItsIndex() {
    ConversionException e = refusal(Language.PYTHON, "(1, True)", int[].class);

    assertRefusal(
        e,
        "bool",
        int.class,
        "[1]",
        "Cannot convert Python bool True to int at [1]: it is not a number");
  }

  @Test
  void pythonListsAndTuplesOfIntegersConvertExactly() {
    GuestContext py = context(Language.PYTHON);

    assertEquals(List.of(1, -2, 3), py.eval("[1, -2, 3]").as(new TypeRef<List<Integer>>() {}));
    assertArrayEquals(new long[] {1L << 40, 7}, py.eval("(2**40, 7)").as(long[].class));
    assertEquals(List.of(), py.eval("[]").as(new TypeRef<List<Integer>>() {}));
  }

  @Test
  void pythonListLongerThanOneReadConvertsWhole() {
    GuestContext py = context(Language.PYTHON);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 150_000; i++) {
      expected.add(i * 3 - 70_000);
    }

    assertEquals(
        expected,
        py.eval("[i * 3 - 70000 for i in range(150000)]").as(new TypeRef<List<Integer>>() {}));
  }

  @Test
  void pythonIntegersBeyondSixtyFourBitsStillConvertToBigInteger() {
    assertEquals(
        List.of(BigInteger.ONE, BigInteger.TWO.pow(70), BigInteger.valueOf(-5)),
        context(Language.PYTHON).eval("[1, 2**70, -5]").as(new TypeRef<List<BigInteger>>() {}));
  }

  @Test
  void pythonShortOutOfRangeIsRefusedAtItsIndex() {
    ConversionException e =
        refusal(Language.PYTHON, "(1, -32768, 32768)", new TypeRef<List<Short>>() {}.type());

    assertRefusal(
        e,
        "int",
        Short.class,
        "[2]",
        "Cannot convert Python int 32768 to java.lang.Short at [2]: it does not fit in a short;"
            + " ask for long or BigInteger");
  }

  @Test
  void pythonFloatInASecondReadIsRefusedAtItsIndex() {
    ConversionException e =
        refusal(Language.PYTHON, "list(range(70000)) + [0.5]", new TypeRef<List<Long>>() {}.type());

    assertRefusal(
        e,
        "float",
        Long.class,
        "[70000]",
        "Cannot convert Python float 0.5 to java.lang.Long at [70000]: it is a float, not an"
            + " integer; ask for double");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void lazyIteratorNamesTheIndexOfTheElementThatFails(Language language) {
    Iterator<Integer> it =
        context(language).eval("[7, 'x']").as(new TypeRef<Iterator<Integer>>() {});

    assertEquals(7, it.next());
    ConversionException e = assertThrows(ConversionException.class, it::next);

    assertRefusal(
        e,
        stringType(language),
        Integer.class,
        "[1]",
        "Cannot convert "
            + language.displayName()
            + " "
            + stringType(language)
            + " x to java.lang.Integer at [1]: it is not a number");
  }

  // ---- messages for the value itself ----

  @ParameterizedTest
  @EnumSource(Language.class)
  void nonIterableAsListSaysWhatItIsNot(Language language) {
    Type listOfString = new TypeRef<List<String>>() {}.type();
    ConversionException e = refusal(language, "42", listOfString);

    assertRefusal(
        e,
        intType(language),
        listOfString,
        "",
        "Cannot convert "
            + language.displayName()
            + " "
            + intType(language)
            + " 42 to java.util.List<java.lang.String>: it is not a list, array or other"
            + " iterable");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void unknownEnumNameListsTheConstants(Language language) {
    ConversionException e = refusal(language, "'PURPLE'", Color.class);

    assertRefusal(
        e,
        stringType(language),
        Color.class,
        "",
        "Cannot convert "
            + language.displayName()
            + " "
            + stringType(language)
            + " PURPLE to "
            + Color.class.getName()
            + ": expected the name of one of [RED, GREEN]");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void numberAsBooleanIsRefused(Language language) {
    ConversionException e = refusal(language, "1", boolean.class);

    assertRefusal(
        e,
        intType(language),
        boolean.class,
        "",
        "Cannot convert "
            + language.displayName()
            + " "
            + intType(language)
            + " 1 to boolean: it is not a boolean");
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = "PYTHON", mode = Mode.INCLUDE)
  void pythonFloatAsLongSaysToAskForDouble(Language language) {
    ConversionException e = refusal(language, "1.5", long.class);

    assertRefusal(
        e,
        "float",
        long.class,
        "",
        "Cannot convert Python float 1.5 to long: it is a float, not an integer; ask for double");
  }

  // ---- Java values the guest cannot take ----

  static String hostRefusal(Language language) {
    return "Cannot pass a "
        + WIDGET
        + " to "
        + language.displayName()
        + ": it has no conversion and this context does not allow host access. Register a"
        + " TypeConverter for it on Bridge.builder().converter(...), convert it to a Map or List"
        + " first, or allow host access with ContextOptions.allowHostAccess(true).";
  }

  static void assertHostRefusal(Language language, Executable passing) {
    ConversionException e = assertThrows(ConversionException.class, passing);
    assertEquals(hostRefusal(language), e.getMessage());
    assertEquals(WIDGET, e.guestType());
    assertEquals("", e.path());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void javaObjectOutsideTheTableIsRefusedByASandboxedContext(Language language) {
    try (GuestContext sandboxed = bridge.newContext(language)) {
      Handle identity = sandboxed.eval(language == Language.PYTHON ? "lambda x: x" : "(x) => x");

      assertHostRefusal(language, () -> sandboxed.toGuest(new Widget()));
      assertHostRefusal(language, () -> sandboxed.setGlobal("widget", new Widget()));
      assertHostRefusal(language, () -> identity.call(new Widget()));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void javaObjectOutsideTheTableIsRefusedByTheSharedContextByDefault(Language language) {
    assertHostRefusal(language, () -> context(language).setGlobal("widget", new Widget()));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void javaObjectOutsideTheTablePassesAsItselfWhenHostAccessIsAllowed(Language language) {
    Widget widget = new Widget();
    ContextOptions open = ContextOptions.builder().allowHostAccess(true).build();

    // A bridge of its own, which has already made a sandboxed context, as an application would.
    try (Bridge own = BindingFixtures.bridgeBuilder().build()) {
      assertEquals(2, BindingFixtures.shared(own, language).eval("1 + 1").as(Integer.class));

      try (GuestContext context = own.newContext(language, open)) {
        Handle guest = context.toGuest(widget);

        assertFalse(guest.isNull());
        assertSame(widget, guest.as(Object.class));
      }
    }
  }
}
