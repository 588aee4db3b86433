package dev.polybridge.graal.contract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ConversionException;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.GuestFrame;
import dev.polybridge.GuestSyntaxException;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.RuntimeInfo;
import dev.polybridge.TypeRef;
import dev.polybridge.spi.ConvertingHandle;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.function.Executable;

/**
 * The contract every guest language fulfils, written once against the public API and run once per
 * language by {@link PythonContractTest} and {@link JsContractTest} (as JNA runs one suite against
 * two binding modes). A subclass supplies the language, the few snippets whose syntax differs, and
 * the values that legitimately differ between the languages. Both fixtures ({@code
 * fixtures/python/contract_fixture.py}, {@code fixtures/js/contract_fixture.js}) define the same
 * names, so most tests read the same for both.
 *
 * <p>One bridge per test class, shared by its tests: the first GraalPy context in a JVM costs
 * seconds. Only tests about isolation and closing make contexts of their own.
 */
abstract class GuestContractTest {

  static final String UNICODE = "h\u00e9llo \uD83D\uDE00 \uD834\uDD1E"; // "héllo 😀 𝄞"

  static ByteArrayOutputStream stdout;
  static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    stdout = new ByteArrayOutputStream();
    bridge = Fixtures.newBridge(stdout);
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  // ---- what a language supplies ----

  /** The language under test. */
  abstract Language language();

  /** The file name of the contract fixture, as it appears in stack traces. */
  abstract String fixtureFileName();

  /** The line of the fixture on which {@code explode()} raises. */
  abstract int explodeLine();

  /** The line of the fixture on which {@code detonate()} calls {@code explode()}. */
  abstract int detonateLine();

  /** The guest type of what {@code explode()} and {@link #raisingSnippet()} raise. */
  abstract String explodeGuestType();

  /** The guest message of what {@code explode()} and {@link #raisingSnippet()} raise. */
  abstract String explodeGuestMessage();

  /** Code raising what {@code explode()} raises. */
  abstract String raisingSnippet();

  /** A dict/object literal {@code b=1, a=2, c=3}, in that order. */
  abstract String dictLiteral();

  /** A dict/object literal {@code a=[1, 2], b=[]}. */
  abstract String nestedDictLiteral();

  /** The guest's null. */
  abstract String nullLiteral();

  /** The guest's true. */
  abstract String trueLiteral();

  /** An exact integer 2**70 (Python int, JS BigInt). */
  abstract String bigIntegerLiteral();

  /** A function doubling its argument. */
  abstract String doublingFunctionLiteral();

  /** A byte string of the bytes 0, 1, 255. */
  abstract String bytesLiteral();

  /** A string literal of {@link #UNICODE}, written with escapes. */
  abstract String unicodeLiteral();

  /** The guest's length of {@link #UNICODE}: code points in Python, UTF-16 units in JS. */
  abstract long unicodeLength();

  /** Code that makes {@code name} a global variable holding {@code value}. */
  abstract String assignGlobal(String name, int value);

  /** Code that prints {@code text} and a newline to standard output. */
  abstract String printLine(String text);

  /** Code that does not parse. */
  abstract String syntaxErrorCode();

  abstract int syntaxErrorLine();

  abstract int syntaxErrorColumn();

  /** Asserts that {@code name} is not a global of {@code context}, the way the language says so. */
  abstract void assertGlobalMissing(GuestContext context, String name);

  abstract String intTypeName();

  abstract String stringTypeName();

  abstract String listTypeName();

  abstract String dictTypeName();

  abstract String functionTypeName();

  /** {@code toString()} of the list {@code [1, 'a', null]}. */
  abstract String mixedListToString();

  /** {@code toString()} of {@link #dictLiteral()}. */
  abstract String dictToString();

  // ---- helpers ----

  GuestContext context() {
    return Fixtures.shared(bridge, language());
  }

  Language otherLanguage() {
    return language() == Language.PYTHON ? Language.JS : Language.PYTHON;
  }

  Handle fixture() {
    return context().importModule(Fixtures.contractModule(language()));
  }

  Handle otherFixture() {
    return Fixtures.shared(bridge, otherLanguage())
        .importModule(Fixtures.contractModule(otherLanguage()));
  }

  Handle point(int x, int y) {
    return fixture().get("Point").newInstance(x, y);
  }

  String toJson(Object value) {
    return fixture().invoke("to_json", value).as(String.class);
  }

  static void assertRejectsNull(String parameter, Executable call) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertEquals(parameter, e.getMessage());
  }

  static void assertClosed(Executable call) {
    IllegalStateException e = assertThrows(IllegalStateException.class, call);
    assertTrue(
        e.getMessage() != null && e.getMessage().contains("closed"),
        "message should say what was closed: " + e.getMessage());
  }

  // ---- Handle operations ----

  @Test
  void getReadsAnAttribute() {
    Handle p = point(3, 4);

    assertEquals(3, p.get("x").as(Integer.class));
    assertEquals(4, p.get("y").as(Integer.class));
  }

  @Test
  void setWritesAnAttributeTheGuestCodeSees() {
    Handle p = point(3, 4);

    p.set("x", 6);

    assertEquals(6, p.get("x").as(Integer.class));
    assertEquals(52, p.invoke("norm2").as(Integer.class));
  }

  @Test
  void hasTellsPresentFromMissingAttributes() {
    Handle p = point(3, 4);

    assertTrue(p.has("x"));
    assertTrue(p.has("norm2"));
    assertFalse(p.has("z"));
  }

  @Test
  void callPassesPositionalArguments() {
    Handle add = fixture().get("add");

    assertEquals(5, add.call(2, 3).as(Integer.class));
    assertEquals("ab", add.call("a", "b").as(String.class));
  }

  @Test
  void invokeCallsAFunctionOfAModule() {
    assertEquals(42, fixture().invoke("add", 20, 22).as(Integer.class));
  }

  @Test
  void invokeCallsAMethodBoundToItsObject() {
    assertEquals(25, point(3, 4).invoke("norm2").as(Integer.class));
  }

  @Test
  void oneEntryCallAndConvertPathsGiveWhatTheTwoStepFormsGive() {
    ConvertingHandle p = (ConvertingHandle) point(3, 4);
    ConvertingHandle add = (ConvertingHandle) fixture().get("add");

    assertAll(
        () -> assertEquals(3, p.getAs(Integer.class, "x")),
        () -> assertEquals(25, p.invokeAs(Integer.class, "norm2")),
        () -> assertEquals(5L, add.callAs(Long.class, 2, 3)),
        () -> assertEquals("ab", add.callAs(String.class, "a", "b")),
        () -> assertNull(add.callAs(void.class, 1, 2)),
        () ->
            assertEquals(
                List.of(1, 2, 3),
                ((ConvertingHandle) fixture())
                    .invokeAs(new TypeRef<List<Integer>>() {}.type(), "numbers")),
        () -> assertEquals(p.get("x"), p.getAs(Handle.class, "x")));
  }

  @Test
  void oneEntryPathsReportGuestErrorsAndConversionErrorsLikeTheTwoStepForms() {
    ConvertingHandle fixture = (ConvertingHandle) fixture();

    GuestException raised =
        assertThrows(GuestException.class, () -> fixture.invokeAs(Integer.class, "explode"));
    ConversionException notAnInt =
        assertThrows(
            ConversionException.class, () -> fixture.invokeAs(Integer.class, "identity", "x"));

    assertEquals(explodeGuestMessage(), raised.guestMessage());
    assertEquals(
        assertThrows(
                ConversionException.class,
                () -> fixture().invoke("identity", "x").as(Integer.class))
            .getMessage(),
        notAnInt.getMessage());
  }

  @Test
  void newInstanceConstructsAnObjectOfTheClass() {
    Handle p = fixture().get("Point").newInstance(1, 2);

    assertEquals(1, p.get("x").as(Integer.class));
    assertEquals(2, p.get("y").as(Integer.class));
    assertEquals(5, p.invoke("norm2").as(Integer.class));
  }

  @Test
  void getItemReadsListElementsAndDictEntries() {
    Handle list = context().eval("[1, 2, 3]");
    Handle dict = context().eval(dictLiteral());

    assertEquals(1, list.getItem(0).as(Integer.class));
    assertEquals(3, list.getItem(2).as(Integer.class));
    assertEquals(2, dict.getItem("a").as(Integer.class));
  }

  @Test
  void setItemWritesListElementsAndDictEntries() {
    Handle list = context().eval("[1, 2, 3]");
    Handle dict = context().eval(dictLiteral());

    list.setItem(1, 20);
    dict.setItem("d", 4);

    assertEquals("[1,20,3]", toJson(list));
    assertEquals("{\"b\":1,\"a\":2,\"c\":3,\"d\":4}", toJson(dict));
  }

  @Test
  void sizeCountsListElementsDictEntriesAndStringCharacters() {
    assertEquals(3, context().eval("[1, 2, 3]").size());
    assertEquals(3, context().eval(dictLiteral()).size());
    assertEquals(0, context().eval("[]").size());
    assertEquals(5, context().eval("'hello'").size());
  }

  @Test
  void asConvertsToBasicJavaTypes() {
    assertEquals(42, context().eval("42").as(Integer.class));
    assertEquals(42, context().eval("42").as(int.class));
    assertEquals(42L, context().eval("42").as(long.class));
    assertEquals(BigInteger.valueOf(42), context().eval("42").as(BigInteger.class));
    assertEquals(2.5, context().eval("2.5").as(double.class));
    assertEquals(2.5f, context().eval("2.5").as(float.class));
    assertEquals(true, context().eval(trueLiteral()).as(boolean.class));
    assertEquals("text", context().eval("'text'").as(String.class));
    assertEquals(List.of(1, 2, 3), context().eval("[1, 2, 3]").as(List.class));
  }

  @Test
  void asWithTypeRefConvertsNestedGenericTypes() {
    Map<String, List<Long>> value =
        context().eval(nestedDictLiteral()).as(new TypeRef<Map<String, List<Long>>>() {});

    assertEquals(Map.of("a", List.of(1L, 2L), "b", List.of()), value);
    assertEquals(List.of(1L, 2L), value.get("a"));
  }

  @Test
  void importedModuleFunctionReturnsConvertedList() {
    List<Integer> numbers = fixture().invoke("numbers").as(new TypeRef<List<Integer>>() {});

    assertEquals(List.of(1, 2, 3), numbers);
  }

  @Test
  void asConvertsListsToJavaArrays() {
    assertArrayEquals(new String[] {"a", "b"}, context().eval("['a', 'b']").as(String[].class));
    assertArrayEquals(new Integer[] {1, 2, 3}, context().eval("[1, 2, 3]").as(Integer[].class));
  }

  @Test
  void isNullIsTrueOnlyForTheGuestsNull() {
    assertTrue(context().eval(nullLiteral()).isNull());
    assertFalse(context().eval("0").isNull());
    assertFalse(context().eval("''").isNull());
    assertFalse(context().eval("[]").isNull());
  }

  @Test
  void isCallableIsTrueForFunctionsOnly() {
    assertTrue(fixture().get("add").isCallable());
    assertTrue(context().eval(doublingFunctionLiteral()).isCallable());
    assertFalse(context().eval("42").isCallable());
    assertFalse(context().eval("[1, 2]").isCallable());
    assertFalse(context().eval("'add'").isCallable());
  }

  @Test
  void typeNameIsTheGuestsNameForTheType() {
    assertEquals(intTypeName(), context().eval("42").typeName());
    assertEquals(stringTypeName(), context().eval("'s'").typeName());
    assertEquals(listTypeName(), context().eval("[1]").typeName());
    assertEquals(dictTypeName(), context().eval(dictLiteral()).typeName());
    assertEquals(functionTypeName(), fixture().get("add").typeName());
  }

  @Test
  void handlesAndContextsKnowTheirLanguage() {
    assertEquals(language(), context().language());
    assertEquals(language(), context().eval("1").language());
    assertEquals(language(), fixture().get("add").language());
  }

  @Test
  void toStringIsTheGuestsOwnStringForm() {
    assertEquals(mixedListToString(), context().eval("[1, 'a', " + nullLiteral() + "]").toString());
    assertEquals(dictToString(), context().eval(dictLiteral()).toString());
    assertEquals("42", context().eval("42").toString());
    assertEquals("2.5", context().eval("2.5").toString());
    assertEquals("plain", context().eval("'plain'").toString());
  }

  @Test
  void iteratingAListHandleYieldsItsElementsInOrder() {
    List<Integer> seen = new ArrayList<>();

    for (Handle h : fixture().invoke("numbers")) {
      seen.add(h.as(Integer.class));
    }

    assertEquals(List.of(1, 2, 3), seen);
  }

  @Test
  void handlesOfTheSameObjectAreEqual() {
    Handle first = fixture().get("Point");
    Handle second = fixture().get("Point");
    Handle p = point(1, 2);

    assertEquals(first, second);
    assertEquals(first.hashCode(), second.hashCode());
    assertEquals(p, fixture().invoke("identity", p));
    assertNotEquals(context().eval("[1]"), context().eval("[1]"));
  }

  // ---- GuestContext operations ----

  @Test
  void evalReturnsTheValueOfAnExpression() {
    assertEquals(42, context().eval("6 * 7").as(Integer.class));
  }

  @Test
  void evalOfEmptyCodeReturnsANullHandle() {
    assertTrue(context().eval("").isNull());
  }

  @Test
  void execRunsCodeWhoseDefinitionsLaterCodeSees() {
    context().exec(assignGlobal("execDefined", 42));

    assertEquals(42, context().global("execDefined").as(Integer.class));
    assertEquals(43, context().eval("execDefined + 1").as(Integer.class));
  }

  @Test
  void importingAModuleTwiceGivesTheSameModule() {
    assertEquals(fixture(), fixture());
  }

  @Test
  void setGlobalMakesAJavaValueVisibleToGuestCode() {
    context().setGlobal("answerFromJava", 41);
    context().setGlobal("listFromJava", List.of(1, 2, 3));

    assertEquals(42, context().eval("answerFromJava + 1").as(Integer.class));
    assertEquals(41, context().global("answerFromJava").as(Integer.class));
    assertTrue(fixture().invoke("is_list", context().global("listFromJava")).as(boolean.class));
  }

  @Test
  void toGuestConvertsJavaValuesToNativeGuestValues() {
    Handle list = context().toGuest(List.of(1, 2, 3));
    Handle dict = context().toGuest(Map.of("a", 1));

    assertEquals(listTypeName(), list.typeName());
    assertEquals(3, list.size());
    assertEquals(dictTypeName(), dict.typeName());
    assertEquals(1, dict.getItem("a").as(Integer.class));
    assertEquals(intTypeName(), context().toGuest(7).typeName());
  }

  @Test
  void toGuestOfAHandlePassesItThrough() {
    Handle p = point(1, 2);

    assertEquals(p, context().toGuest(p));
  }

  @Test
  void closingTheSharedContextDoesNothing() {
    context().close();

    assertFalse(context().isClosed());
    assertEquals(2, context().eval("1 + 1").as(Integer.class));
  }

  @Test
  void everyUseOfAClosedIsolatedContextThrowsIllegalState() {
    GuestContext isolated = bridge.newContext(language());
    Handle list = isolated.eval("[1, 2, 3]");
    assertFalse(isolated.isClosed());
    assertEquals(language(), isolated.language());

    isolated.close();
    isolated.close(); // idempotent

    assertTrue(isolated.isClosed());
    assertAll(
        () -> assertClosed(() -> isolated.eval("1")),
        () -> assertClosed(() -> isolated.exec("1")),
        () -> assertClosed(() -> isolated.importModule("anything")),
        () -> assertClosed(() -> isolated.global("anything")),
        () -> assertClosed(() -> isolated.setGlobal("anything", 1)),
        () -> assertClosed(() -> isolated.toGuest(1)),
        () -> assertClosed(() -> list.size()),
        () -> assertClosed(() -> list.getItem(0)),
        () -> assertClosed(() -> list.as(List.class)),
        () -> assertClosed(() -> list.iterator()));
  }

  @Test
  void closingTheBridgeClosesItsContextsAndHandles() {
    Bridge own = Fixtures.newBridge(new ByteArrayOutputStream());
    GuestContext shared = Fixtures.shared(own, language());
    Handle list = shared.eval("[1, 2, 3]");
    GuestContext isolated = own.newContext(language());

    own.close();
    own.close(); // idempotent

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Fixtures.shared(own, language()));
    assertEquals("The Bridge is closed; create a new one with Bridge.create()", e.getMessage());
    assertThrows(IllegalStateException.class, () -> own.newContext(language()));
    assertTrue(shared.isClosed());
    assertTrue(isolated.isClosed());
    assertAll(
        () -> assertClosed(() -> shared.eval("1")),
        () -> assertClosed(() -> isolated.eval("1")),
        () -> assertClosed(() -> list.size()));
  }

  // ---- conversions of Java values passed in ----

  @Test
  void javaIntegersArriveExactly() {
    Handle identity = fixture().get("identity");
    BigInteger big = new BigInteger("1180591620717411303425"); // 2**70 + 1

    assertEquals(42, identity.call(42).as(Integer.class));
    assertEquals(Long.MAX_VALUE, identity.call(Long.MAX_VALUE).as(long.class));
    assertEquals(Long.MIN_VALUE, identity.call(Long.MIN_VALUE).as(long.class));
    assertEquals(big, identity.call(big).as(BigInteger.class));
    assertEquals(42, fixture().invoke("add", 40L, 2).as(Integer.class));
  }

  @Test
  void javaDoublesBooleansAndStringsRoundTrip() {
    Handle identity = fixture().get("identity");

    assertEquals(2.5, identity.call(2.5).as(Double.class));
    assertEquals(true, identity.call(true).as(Boolean.class));
    assertEquals(false, identity.call(false).as(boolean.class));
    assertEquals("text", identity.call("text").as(String.class));
    assertEquals("", identity.call("").as(String.class));
  }

  @Test
  void javaNullArrivesAsTheGuestsNull() {
    assertTrue(fixture().invoke("is_none", (Object) null).as(boolean.class));
    assertTrue(fixture().invoke("identity", (Object) null).isNull());
    assertNull(fixture().invoke("identity", (Object) null).as(String.class));
    assertFalse(fixture().invoke("is_none", 0).as(boolean.class));
  }

  @Test
  void javaByteArrayArrivesAsGuestBytes() {
    byte[] bytes = {0, 1, -1, 127, -128};

    assertTrue(fixture().invoke("is_bytes", (Object) bytes).as(boolean.class));
    assertArrayEquals(bytes, fixture().invoke("identity", (Object) bytes).as(byte[].class));
  }

  @Test
  void guestBytesBecomeAJavaByteArray() {
    assertArrayEquals(new byte[] {0, 1, -1}, context().eval(bytesLiteral()).as(byte[].class));
  }

  @Test
  void javaListArrivesAsANativeList() {
    List<Integer> list = List.of(1, 2, 3);

    assertTrue(fixture().invoke("is_list", list).as(boolean.class));
    assertEquals("[1,2,3]", toJson(list));
  }

  @Test
  void javaMapArrivesAsANativeDictKeepingItsOrder() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("b", 1);
    map.put("a", Arrays.asList(true, null));

    assertTrue(fixture().invoke("is_dict", map).as(boolean.class));
    assertEquals("{\"b\":1,\"a\":[true,null]}", toJson(map));
  }

  @Test
  void javaArraysArriveAsNativeLists() {
    int[] ints = {1, 2, 3};
    String[] strings = {"a", "b"};

    assertTrue(fixture().invoke("is_list", (Object) ints).as(boolean.class));
    assertTrue(fixture().invoke("is_list", (Object) strings).as(boolean.class));
    assertEquals("[1,2,3]", toJson(ints));
    assertEquals("[\"a\",\"b\"]", toJson(strings));
  }

  @Test
  void nestedJavaCollectionsArriveAsNativeValues() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("a", List.of(1, 2));
    nested.put("b", Map.of("c", "d"));

    assertEquals("{\"a\":[1,2],\"b\":{\"c\":\"d\"}}", toJson(nested));
  }

  // ---- as(Object.class): the natural Java type ----

  @Test
  void smallIntegerBecomesInteger() {
    assertEquals(Integer.valueOf(1), context().eval("1").as(Object.class));
  }

  @Test
  void integerBeyondIntBecomesLong() {
    assertEquals(Long.valueOf(1099511627776L), context().eval("2**40").as(Object.class));
  }

  @Test
  void integerBeyondLongBecomesBigInteger() {
    assertEquals(
        new BigInteger("1180591620717411303424"),
        context().eval(bigIntegerLiteral()).as(Object.class));
  }

  @Test
  void fractionalNumberBecomesDouble() {
    assertEquals(Double.valueOf(2.5), context().eval("2.5").as(Object.class));
  }

  @Test
  void stringBooleanAndNullBecomeStringBooleanAndNull() {
    assertEquals("s", context().eval("'s'").as(Object.class));
    assertEquals(Boolean.TRUE, context().eval(trueLiteral()).as(Object.class));
    assertNull(context().eval(nullLiteral()).as(Object.class));
  }

  @Test
  void listBecomesAListOfNaturalValues() {
    Object value = context().eval("[1, 'a', [2.5]]").as(Object.class);

    assertInstanceOf(List.class, value);
    assertEquals(List.of(1, "a", List.of(2.5)), value);
  }

  @Test
  void dictBecomesAMapKeepingInsertionOrder() {
    Object value = context().eval(dictLiteral()).as(Object.class);

    Map<?, ?> map = assertInstanceOf(Map.class, value);
    assertEquals(Map.of("b", 1, "a", 2, "c", 3), map);
    assertEquals(List.of("b", "a", "c"), new ArrayList<>(map.keySet()));
  }

  @Test
  void functionBecomesAHandle() {
    Object value = fixture().get("add").as(Object.class);

    Handle handle = assertInstanceOf(Handle.class, value);
    assertEquals(3, handle.call(1, 2).as(Integer.class));
  }

  // ---- exact numbers ----

  @Test
  void integerBeyondLongDoesNotBecomeALongButIsExactAsBigInteger() {
    Handle big = context().eval(bigIntegerLiteral());

    ConversionException e = assertThrows(ConversionException.class, () -> big.as(long.class));
    assertEquals(long.class, e.targetType());
    assertEquals(big.typeName(), e.guestType());
    assertEquals("", e.path());
    assertEquals(new BigInteger("1180591620717411303424"), big.as(BigInteger.class));
  }

  @Test
  void integerBeyondIntDoesNotBecomeAnInt() {
    Handle value = context().eval("2**31");

    ConversionException e = assertThrows(ConversionException.class, () -> value.as(int.class));
    assertEquals(int.class, e.targetType());
    assertEquals(2147483648L, value.as(long.class));
  }

  @Test
  void fractionalNumberDoesNotBecomeAnInt() {
    ConversionException e =
        assertThrows(ConversionException.class, () -> context().eval("2.5").as(int.class));
    assertEquals(int.class, e.targetType());
  }

  @Test
  void conversionErrorSaysWhereInANestedValueItFailed() {
    Handle list = context().eval("[1, 2, 'three']");

    ConversionException e =
        assertThrows(ConversionException.class, () -> list.as(new TypeRef<List<Integer>>() {}));
    assertEquals("[2]", e.path());
    assertEquals(Integer.class, e.targetType());
    assertEquals(stringTypeName(), e.guestType());
  }

  // ---- handles passed back in, also across languages ----

  @Test
  void handlePassedBackInIsTheSameGuestObject() {
    Handle p = point(1, 2);

    assertTrue(fixture().invoke("same", p, p).as(boolean.class));
    assertFalse(fixture().invoke("same", p, point(1, 2)).as(boolean.class));
  }

  @Test
  void functionFromTheOtherLanguageIsCallableHere() {
    Handle otherAdd = otherFixture().get("add");

    context().setGlobal("crossAdd", otherAdd);

    assertEquals(42, context().eval("crossAdd(20, 22)").as(Integer.class));
    assertEquals(42, fixture().invoke("apply", otherAdd, 20, 22).as(Integer.class));
  }

  @Test
  void objectFromTheOtherLanguageShowsItsAttributesHere() {
    Handle otherPoint = otherFixture().get("Point").newInstance(3, 4);

    context().setGlobal("crossPoint", otherPoint);

    assertEquals(7, context().eval("crossPoint.x + crossPoint.y").as(Integer.class));
    assertEquals(25, context().eval("crossPoint.norm2()").as(Integer.class));
  }

  // ---- Java callables ----

  @Test
  void javaFunctionIsCallableFromTheGuest() {
    Function<Object, Object> twice =
        x -> x instanceof Integer ? (Integer) x * 2 : "not an Integer: " + x;

    assertEquals(42, fixture().invoke("apply", twice, 21).as(Integer.class));
  }

  @Test
  void javaBiFunctionIsCallableFromTheGuest() {
    BiFunction<Object, Object, Object> join = (a, b) -> a + "-" + b;

    assertEquals("x-y", fixture().invoke("apply", join, "x", "y").as(String.class));
  }

  @Test
  void javaFunctionSetAsGlobalIsCallableFromGuestCode() {
    Function<Object, Object> shout = x -> x.toString().toUpperCase(java.util.Locale.ROOT) + "!";

    context().setGlobal("javaShout", shout);

    assertEquals("HEY!", context().eval("javaShout('hey')").as(String.class));
  }

  // ---- errors ----

  @Test
  void guestExceptionCarriesTheGuestTypeAndMessage() {
    GuestException e = assertThrows(GuestException.class, () -> context().eval(raisingSnippet()));

    assertEquals(explodeGuestType(), e.guestType());
    assertEquals(explodeGuestMessage(), e.guestMessage());
    assertEquals(explodeGuestType() + ": " + explodeGuestMessage(), e.getMessage());
    assertEquals(language(), e.language());
  }

  @Test
  void exceptionRaisedInAFixtureFunctionBecomesAGuestException() {
    GuestException e = assertThrows(GuestException.class, () -> fixture().invoke("explode"));

    assertEquals(explodeGuestType(), e.guestType());
    assertEquals(explodeGuestMessage(), e.guestMessage());
  }

  @Test
  void guestStackTraceNamesTheFixtureFunctionsAndExactLines() {
    GuestException e = assertThrows(GuestException.class, () -> fixture().invoke("detonate"));

    List<GuestFrame> frames = e.guestStackTrace();
    assertTrue(frames.size() >= 2, "expected explode and detonate frames: " + frames);
    assertEquals(
        new GuestFrame(language(), "contract_fixture", "explode", fixtureFileName(), explodeLine()),
        frames.get(0));
    assertEquals(
        new GuestFrame(
            language(), "contract_fixture", "detonate", fixtureFileName(), detonateLine()),
        frames.get(1));
  }

  @Test
  void javaStackTraceShowsTheGuestFrameAboveTheCallingTestMethod(TestInfo info) {
    String testMethod = info.getTestMethod().orElseThrow().getName();

    GuestException e = assertThrows(GuestException.class, () -> fixture().invoke("explode"));

    StackTraceElement[] trace = e.getStackTrace();
    int guestFrame = -1;
    int testFrame = -1;
    for (int i = 0; i < trace.length; i++) {
      StackTraceElement el = trace[i];
      if (guestFrame < 0
          && el.getMethodName().equals("explode")
          && fixtureFileName().equals(el.getFileName())) {
        guestFrame = i;
      }
      if (testFrame < 0
          && el.getClassName().equals(GuestContractTest.class.getName())
          && el.getMethodName().equals(testMethod)) {
        testFrame = i;
      }
    }
    String printed = Arrays.toString(trace);
    assertTrue(guestFrame >= 0, "no explode(" + fixtureFileName() + ") frame in " + printed);
    assertTrue(testFrame >= 0, "no frame of the test method in " + printed);
    assertTrue(guestFrame < testFrame, "guest frame below the test method in " + printed);
    assertEquals(explodeLine(), trace[guestFrame].getLineNumber());
  }

  @Test
  void syntaxErrorReportsLineAndColumn() {
    GuestSyntaxException e =
        assertThrows(GuestSyntaxException.class, () -> context().eval(syntaxErrorCode()));

    assertEquals("SyntaxError", e.guestType());
    assertEquals(syntaxErrorLine(), e.line());
    assertEquals(syntaxErrorColumn(), e.column());
    assertEquals(language(), e.language());
  }

  @Test
  void callingAValueThatIsNotCallableRaisesTypeError() {
    GuestException e = assertThrows(GuestException.class, () -> context().eval("42").call());

    assertEquals("TypeError", e.guestType());
  }

  @Test
  void nullArgumentsAreRejectedNamingTheParameter() {
    GuestContext ctx = context();
    Handle p = point(1, 2);

    assertAll(
        () -> assertRejectsNull("code", () -> ctx.eval(null)),
        () -> assertRejectsNull("code", () -> ctx.exec(null)),
        () -> assertRejectsNull("name", () -> ctx.importModule(null)),
        () -> assertRejectsNull("name", () -> ctx.global(null)),
        () -> assertRejectsNull("name", () -> ctx.setGlobal(null, 1)),
        () -> assertRejectsNull("name", () -> p.get(null)),
        () -> assertRejectsNull("name", () -> p.set(null, 1)),
        () -> assertRejectsNull("name", () -> p.has(null)),
        () -> assertRejectsNull("method", () -> p.invoke(null)),
        () -> assertRejectsNull("type", () -> p.as((Class<?>) null)),
        () -> assertRejectsNull("type", () -> p.as((TypeRef<?>) null)),
        () -> assertRejectsNull("code", () -> bridge.evalIsolated(language(), null, int.class)));
  }

  // ---- large and non-ASCII strings ----

  @Test
  void tenMegabyteStringRoundTripsIntact() {
    String big = "0123456789abcdef".repeat(10 * 1024 * 1024 / 16);

    Handle back = fixture().invoke("identity", big);

    assertEquals(big.length(), back.size());
    assertEquals(big, back.as(String.class));
  }

  @Test
  void unicodeOutsideTheBasicPlaneRoundTripsIntact() {
    assertEquals(UNICODE, fixture().invoke("identity", UNICODE).as(String.class));
    assertEquals(UNICODE, context().eval(unicodeLiteral()).as(String.class));
    assertEquals(UNICODE, context().eval(unicodeLiteral()).toString());
    assertEquals(unicodeLength(), context().eval(unicodeLiteral()).size());
  }

  // ---- isolation ----

  @Test
  void globalSetInOneIsolatedContextIsInvisibleInAnother() {
    try (GuestContext first = bridge.newContext(language());
        GuestContext second = bridge.newContext(language())) {
      first.exec(assignGlobal("isolatedValue", 42));

      assertEquals(42, first.global("isolatedValue").as(Integer.class));
      assertGlobalMissing(second, "isolatedValue");
      assertGlobalMissing(context(), "isolatedValue");
    }
  }

  @Test
  void isolatedContextDoesNotSeeTheSharedContextsGlobals() {
    context().setGlobal("sharedOnly", 1);

    try (GuestContext isolated = bridge.newContext(language())) {
      assertGlobalMissing(isolated, "sharedOnly");
    }
  }

  // ---- threads ----

  @Test
  void eightPlatformThreadsCallingOneFunctionHandleAllGetCorrectResults() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      assertAllThreadsGetCorrectResults(pool, 8);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void virtualThreadsCallingOneFunctionHandleAllGetCorrectResults() throws Exception {
    assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21");
    ExecutorService pool =
        (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    try {
      assertAllThreadsGetCorrectResults(pool, 8);
    } finally {
      pool.shutdownNow();
    }
  }

  private void assertAllThreadsGetCorrectResults(ExecutorService pool, int threads)
      throws InterruptedException {
    Handle add = fixture().get("add");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int base = t * 1000;
      Callable<List<String>> work =
          () -> {
            start.await();
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
              int got = add.call(base, i).as(Integer.class);
              if (got != base + i) {
                wrong.add(base + "+" + i + "=" + got);
              }
            }
            return wrong;
          };
      futures.add(pool.submit(work));
    }
    start.countDown();
    for (Future<List<String>> f : futures) {
      try {
        assertEquals(List.of(), f.get(120, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        throw new AssertionError("a thread failed: " + e.getCause(), e.getCause());
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError("a thread did not finish in 120 s", e);
      }
    }
  }

  // ---- the bridge ----

  @Test
  void runtimeNamesTheBackendAndVersions() {
    RuntimeInfo info = bridge.runtime();

    assertFalse(info.backend().isBlank());
    assertEquals("25.0.3", info.version());
    assertEquals(Runtime.version().toString(), info.jdk());
  }

  @Test
  void evalIsolatedReturnsTheConvertedValue() {
    assertEquals(42, bridge.evalIsolated(language(), "6 * 7", Integer.class));
  }

  @Test
  void guestOutputGoesToTheBridgesStdout() {
    stdout.reset();

    context().exec(printLine("hello from the guest"));

    assertEquals("hello from the guest\n", stdout.toString(StandardCharsets.UTF_8));
  }
}
