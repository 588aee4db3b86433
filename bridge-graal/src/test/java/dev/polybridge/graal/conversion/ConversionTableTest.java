package dev.polybridge.graal.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.polybridge.Bridge;
import dev.polybridge.ConversionException;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.TypeRef;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's conversion table, walked row by row in both directions, once per language ({@link
 * PythonConversionTableTest}, {@link JsConversionTableTest}).
 *
 * <p>A subclass supplies its language's {@link #table()}: each {@link Row} names a guest literal,
 * the Java type asked of {@code as(...)} and the exact Java value it must give; and, the other way,
 * a Java value and the exact guest type name and repr it must have once passed in, as seen by the
 * fixture's {@code describe(x)} ({@code fixtures/conversion/conversion_fixture.py} and {@code
 * .js}). Rows that only go one way say so; rows of values that must be refused give the exact
 * message.
 */
abstract class ConversionTableTest {

  static final BigInteger TWO_TO_70 = BigInteger.TWO.pow(70);
  static final byte[] BYTES = {0, 1, (byte) 0xff};

  static final Type LIST_OF_INTEGER = new TypeRef<List<Integer>>() {}.type();
  static final Type LIST_OF_STRING = new TypeRef<List<String>>() {}.type();
  static final Type LIST_OF_LIST_OF_LONG = new TypeRef<List<List<Long>>>() {}.type();
  static final Type LIST_OF_PERSON = new TypeRef<List<Person>>() {}.type();
  static final Type MAP_OF_STRING_TO_INTEGER = new TypeRef<Map<String, Integer>>() {}.type();
  static final Type MAP_OF_INTEGER_TO_STRING = new TypeRef<Map<Integer, String>>() {}.type();
  static final Type SET_OF_INTEGER = new TypeRef<Set<Integer>>() {}.type();
  static final Type SET_OF_STRING = new TypeRef<Set<String>>() {}.type();
  static final Type OPTIONAL_OF_INTEGER = new TypeRef<Optional<Integer>>() {}.type();
  static final Type ITERATOR_OF_INTEGER = new TypeRef<Iterator<Integer>>() {}.type();
  static final Type ITERATOR_OF_STRING = new TypeRef<Iterator<String>>() {}.type();
  static final Type STREAM_OF_INTEGER = new TypeRef<Stream<Integer>>() {}.type();
  static final Type STREAM_OF_LONG = new TypeRef<Stream<Long>>() {}.type();
  static final Type STREAM_OF_STRING = new TypeRef<Stream<String>>() {}.type();
  static final Type FUNCTION_OF_INTEGER = new TypeRef<Function<Integer, Integer>>() {}.type();
  static final Type FUTURE_OF_INTEGER = new TypeRef<CompletableFuture<Integer>>() {}.type();
  static final Type FUTURE_OF_LIST_OF_INTEGER =
      new TypeRef<CompletableFuture<List<Integer>>>() {}.type();

  /** A record converted by its component names. */
  record Person(String name, int age) {}

  /** A record whose camelCase components Python may spell in snake_case. */
  record Author(String firstName, int birthYear) {}

  /** An enum converted by name. */
  enum Color {
    RED,
    GREEN
  }

  /** A user's own functional interface. */
  @FunctionalInterface
  interface Greeter {
    String greet(String name);
  }

  /** A user's own functional interface on primitives. */
  @FunctionalInterface
  interface Doubler {
    long twice(long x);
  }

  static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    Path fixtures = fixtureDirectory();
    bridge = Bridge.builder().pythonPath(fixtures).jsModulePath(fixtures).build();
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  static Path fixtureDirectory() {
    URL url = ConversionTableTest.class.getResource("/fixtures/conversion");
    try {
      return Path.of(Objects.requireNonNull(url, "/fixtures/conversion is missing").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- what a language supplies ----

  /** The language under test. */
  abstract Language language();

  /** Every row of the conversion table, in this language's literals. */
  abstract List<Row> table();

  /** Code run once before the table's literals are evaluated, such as imports. */
  String prelude() {
    return "";
  }

  // ---- the table ----

  /** What a row checks in place of plain equality, for values that must be used to be compared. */
  @FunctionalInterface
  interface Check {
    void verify(Object actual) throws Exception;
  }

  /**
   * One row: a guest literal and the Java value {@code as(type)} gives; a Java value and what the
   * guest sees. A null {@code guest} means Java to guest only; a null {@code guestType} means guest
   * to Java only; a non-null {@code refusal} means the conversion must fail with that message.
   */
  static final class Row {
    final String name;
    final String guest;
    final Type type;
    final Object java;
    final String guestType;
    final String guestRepr;
    final String checker;
    final String refusal;

    private Row(
        String name,
        String guest,
        Type type,
        Object java,
        String guestType,
        String guestRepr,
        String checker,
        String refusal) {
      this.name = name;
      this.guest = guest;
      this.type = type;
      this.java = java;
      this.guestType = guestType;
      this.guestRepr = guestRepr;
      this.checker = checker;
      this.refusal = refusal;
    }

    boolean toJava() {
      return guest != null && refusal == null;
    }

    boolean toGuest() {
      return guestType != null;
    }
  }

  /**
   * A row that holds both ways: guest to Java gives {@code java}, and back it is the guest type.
   */
  static Row both(
      String name, String guest, Type type, Object java, String guestType, String guestRepr) {
    return new Row(name, guest, type, java, guestType, guestRepr, "describe", null);
  }

  /** Guest to Java only; {@code expected} is the exact value or a {@link Check}. */
  static Row toJava(String name, String guest, Type type, Object expected) {
    return new Row(name, guest, type, expected, null, null, null, null);
  }

  /** Java to guest only. */
  static Row toGuest(String name, Object java, String guestType, String guestRepr) {
    return new Row(name, null, null, java, guestType, guestRepr, "describe", null);
  }

  /** A Java function passed in: the guest calls it with 21 and sees a result of this type. */
  static Row callable(String name, Object function, String resultType, String resultRepr) {
    return new Row(name, null, null, function, resultType, resultRepr, "describe_call", null);
  }

  /** Guest to Java must fail with a {@link ConversionException} of exactly this message. */
  static Row refused(String name, String guest, Type type, String message) {
    return new Row(name, guest, type, null, null, null, null, message);
  }

  @SafeVarargs
  static <T> Check drains(T... expected) {
    return actual -> {
      List<Object> seen = new ArrayList<>();
      if (actual instanceof Iterator) {
        ((Iterator<?>) actual).forEachRemaining(seen::add);
      } else if (actual instanceof Stream) {
        ((Stream<?>) actual).forEach(seen::add);
      } else {
        fail("expected an Iterator or a Stream, got " + show(actual));
      }
      assertEquals(Arrays.asList(expected), seen);
    };
  }

  static Check doublesTwentyOne() {
    return actual -> {
      @SuppressWarnings("unchecked")
      Function<Integer, Integer> f = (Function<Integer, Integer>) actual;
      assertEquals(42, f.apply(21));
    };
  }

  static Check greets(String name, String greeting) {
    return actual -> assertEquals(greeting, ((Greeter) actual).greet(name));
  }

  static Check addsInts(int a, int b, int sum) {
    return actual -> assertEquals(sum, ((IntBinaryOperator) actual).applyAsInt(a, b));
  }

  static Check completesWith(Object expected) {
    return actual -> {
      CompletableFuture<?> future = assertInstanceOf(CompletableFuture.class, actual);
      assertEquals(expected, future.get(10, TimeUnit.SECONDS));
    };
  }

  static Check sameInstant(String iso) {
    return actual ->
        assertEquals(Instant.parse(iso), assertInstanceOf(ZonedDateTime.class, actual).toInstant());
  }

  static Map<Object, Object> ordered(Object... keysAndValues) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @SafeVarargs
  static <T> Set<T> linkedSet(T... items) {
    return new LinkedHashSet<>(Arrays.asList(items));
  }

  static List<Object> listOf(Object... items) {
    return Arrays.asList(items); // unlike List.of, holds nulls
  }

  // ---- helpers ----

  GuestContext context() {
    return language() == Language.PYTHON ? bridge.python() : bridge.js();
  }

  Handle fixture() {
    return context()
        .importModule(
            language() == Language.PYTHON ? "conversion_fixture" : "./conversion_fixture.js");
  }

  Object asJava(String guestLiteral, Type type) {
    return context().eval(guestLiteral).as(TypeRef.of(type));
  }

  List<String> seenByGuest(String checker, Object javaValue) {
    return fixture().get(checker).call(new Object[] {javaValue}).as(new TypeRef<List<String>>() {});
  }

  static void assertExact(Object expected, Object actual) throws Exception {
    if (expected instanceof Check) {
      ((Check) expected).verify(actual);
      return;
    }
    if (expected != null && expected.getClass().isArray()) {
      assertNotNull(actual, "expected " + show(expected));
      assertEquals(expected.getClass(), actual.getClass());
      assertTrue(
          Objects.deepEquals(expected, actual),
          () -> "expected " + show(expected) + " but was " + show(actual));
      return;
    }
    assertEquals(expected, actual);
    if (expected instanceof Map) {
      assertEquals(
          new ArrayList<>(((Map<?, ?>) expected).keySet()),
          new ArrayList<>(((Map<?, ?>) actual).keySet()),
          "the keys' order");
    }
  }

  static String show(Object value) {
    if (value != null && value.getClass().isArray()) {
      String s = Arrays.deepToString(new Object[] {value});
      return s.substring(1, s.length() - 1);
    }
    if (value instanceof Check) {
      return "a value that passes its check";
    }
    return String.valueOf(value);
  }

  private List<Row> preparedTable() {
    String prelude = prelude();
    if (!prelude.isEmpty()) {
      context().exec(prelude);
    }
    return table();
  }

  // ---- the table, both ways ----

  @TestFactory
  Stream<DynamicTest> guestValuesConvertToTheExactJavaValueOfTheirRow() {
    return preparedTable().stream()
        .filter(Row::toJava)
        .map(
            row ->
                dynamicTest(
                    row.name + ": " + row.guest + " as " + row.type.getTypeName(),
                    () -> assertExact(row.java, asJava(row.guest, row.type))));
  }

  @TestFactory
  Stream<DynamicTest> javaValuesArriveAsTheNativeGuestTypeOfTheirRow() {
    return preparedTable().stream()
        .filter(Row::toGuest)
        .map(
            row ->
                dynamicTest(
                    row.name + ": " + show(row.java) + " arrives as " + row.guestType,
                    () ->
                        assertEquals(
                            List.of(row.guestType, row.guestRepr),
                            seenByGuest(row.checker, row.java))));
  }

  @TestFactory
  Stream<DynamicTest> valuesThatDoNotFitAreRefusedNeverTruncated() {
    return preparedTable().stream()
        .filter(row -> row.refusal != null)
        .map(
            row ->
                dynamicTest(
                    row.name + ": " + row.guest + " as " + row.type.getTypeName(),
                    () -> {
                      ConversionException e =
                          assertThrows(
                              ConversionException.class, () -> asJava(row.guest, row.type));
                      assertEquals(row.refusal, e.getMessage());
                      assertEquals(row.type, e.targetType());
                      assertEquals("", e.path());
                    }));
  }

  @Test
  void everyRowIsCheckedInAtLeastOneDirection() {
    for (Row row : table()) {
      assertTrue(
          row.toJava() || row.toGuest() || row.refusal != null, row.name + " checks nothing");
    }
  }

  // ---- iteration is lazy ----

  @Test
  void infiniteGeneratorConsumedWithStreamLimitGivesItsFirstFiveValues() {
    Stream<Integer> naturals = fixture().invoke("naturals").as(new TypeRef<Stream<Integer>>() {});

    assertEquals(List.of(0, 1, 2, 3, 4), naturals.limit(5).toList());
  }

  @Test
  void infiniteGeneratorAsIteratorYieldsAsManyValuesAsAskedFor() {
    Iterator<Long> naturals = fixture().invoke("naturals").as(new TypeRef<Iterator<Long>>() {});

    assertTrue(naturals.hasNext());
    assertEquals(0L, naturals.next());
    assertEquals(1L, naturals.next());
    assertEquals(2L, naturals.next());
  }

  @Test
  void iteratorPullsEachElementFromTheGuestOnlyWhenJavaAsksForIt() {
    Handle log = context().eval("[]");
    Iterator<Integer> it =
        fixture().invoke("counted", log, 3).as(new TypeRef<Iterator<Integer>>() {});

    assertEquals(0, log.size());
    assertEquals(0, it.next());
    assertEquals(1, log.size());
    assertEquals(1, it.next());
    assertEquals(2, log.size());
    assertEquals(2, it.next());
    assertFalse(it.hasNext());
    assertEquals(3, log.size());
  }

  @Test
  void streamPullsNoElementBeforeItsTerminalOperation() {
    Handle log = context().eval("[]");
    Stream<Integer> stream =
        fixture().invoke("counted", log, 5).as(new TypeRef<Stream<Integer>>() {});

    assertEquals(0, log.size());
    assertEquals(List.of(0, 1), stream.limit(2).toList());
    assertEquals(2, log.size());
  }

  // ---- functions both ways ----

  @Test
  void javaLambdaReceivesGuestArgumentsConvertedByItsGenericSignature() {
    AtomicReference<List<Integer>> received = new AtomicReference<>();
    Function<List<Integer>, Integer> sum =
        xs -> {
          received.set(xs);
          return xs.stream().mapToInt(Integer::intValue).sum();
        };

    int result = fixture().invoke("call_with_list", sum).as(Integer.class);

    assertEquals(6, result);
    assertEquals(List.of(1, 2, 3), received.get());
  }

  @Test
  void rawJavaLambdaReceivesGuestArgumentsAsTheirNaturalJavaTypes() {
    AtomicReference<Object> received = new AtomicReference<>();
    Function<Object, Object> capture =
        x -> {
          received.set(x);
          return null;
        };

    assertTrue(fixture().invoke("call_with_mapping", capture).isNull());

    assertEquals(ordered("b", 1, "a", listOf(1, 2.5, "x", null)), received.get());
    assertEquals(List.of("b", "a"), new ArrayList<>(((Map<?, ?>) received.get()).keySet()));
  }

  @Test
  void javaLambdaResultArrivesAsANativeGuestValue() {
    Function<Integer, Map<String, Object>> wrap = x -> Map.of("n", List.of(x, x));

    assertEquals(
        fixture().invoke("describe", context().eval(mapOfListLiteral())).as(LIST_OF_STRING_REF),
        fixture().invoke("describe_call", wrap).as(LIST_OF_STRING_REF));
  }

  static final TypeRef<List<String>> LIST_OF_STRING_REF = new TypeRef<>() {};

  /** A literal of the guest's mapping {@code n} to the list {@code [21, 21]}. */
  abstract String mapOfListLiteral();

  @Test
  void guestFunctionBecomesAJavaFunctionThatCanBeCalledRepeatedly() {
    @SuppressWarnings("unchecked")
    Function<Integer, Integer> twice =
        (Function<Integer, Integer>) asJava(doublingFunctionLiteral(), FUNCTION_OF_INTEGER);

    assertEquals(2, twice.apply(1));
    assertEquals(42, twice.apply(21));
    assertEquals(-8, twice.apply(-4));
  }

  /** A guest function doubling its argument. */
  abstract String doublingFunctionLiteral();

  @Test
  void integersOutsideTheLongRangeComeBackExactlyAsBigInteger() {
    BigInteger big = new BigInteger("123456789012345678901234567890");

    Handle roundTrip = fixture().invoke("describe", big);

    assertEquals(big, context().toGuest(big).as(BigInteger.class));
    assertEquals(bigIntegerTypeName(), roundTrip.getItem(0).as(String.class));
  }

  /** The guest type an integer beyond the long range arrives as. */
  abstract String bigIntegerTypeName();

  // ---- nesting: a cyclic or too-deep value fails cleanly, both ways ----

  Handle nesting() {
    return context()
        .importModule(language() == Language.PYTHON ? "nesting_fixture" : "./nesting_fixture.js");
  }

  /** The guest's name for its list type. */
  abstract String listTypeName();

  /** The guest's name for its dict or plain object type. */
  abstract String dictTypeName();

  /** How a conversion error quotes a guest value: its string form, cut at 60 characters. */
  static String preview(Handle value) {
    String s = value.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  private String cannotConvert(Handle value, String typeName, String target, String path) {
    return cannotConvert(" " + preview(value), typeName, target, path);
  }

  private String cannotConvert(String quoted, String typeName, String target, String path) {
    return "Cannot convert "
        + language().displayName()
        + " "
        + typeName
        + quoted
        + " to "
        + target
        + " at "
        + path
        + ": ";
  }

  private static final String CYCLIC =
      "the value is cyclic (it contains itself), which a conversion by value cannot copy; break"
          + " the cycle, or pass it as a Handle";
  private static final String TOO_DEEP =
      "the value is nested deeper than 1000 levels, the most Polybridge converts; flatten it, or"
          + " pass it as a Handle";

  @Test
  void guestListThatContainsItselfFailsWithItsPathAndTheContextStaysUsable() {
    Handle cyclic = nesting().invoke("cyclic_list");

    ConversionException e = assertThrows(ConversionException.class, () -> cyclic.as(Object.class));

    String path = "[0]".repeat(1000);
    assertEquals(path, e.path());
    assertEquals(listTypeName(), e.guestType());
    assertEquals(Object.class, e.targetType());
    assertEquals(
        cannotConvert(cyclic, listTypeName(), "java.lang.Object", path) + CYCLIC, e.getMessage());
    assertEquals(42, context().eval("6 * 7").as(Integer.class));
  }

  @Test
  void guestDictThatContainsItselfFailsWithItsPath() {
    Handle cyclic = nesting().invoke("cyclic_dict");
    Type type = new TypeRef<Map<String, Object>>() {}.type();

    ConversionException e =
        assertThrows(ConversionException.class, () -> cyclic.as(TypeRef.of(type)));

    String path = "['self']".repeat(1000);
    assertEquals(path, e.path());
    assertEquals(
        cannotConvert(cyclic, dictTypeName(), type.getTypeName(), path) + CYCLIC, e.getMessage());
  }

  @Test
  void guestValueOfExactlyTheDepthLimitConverts() {
    Object value = nesting().invoke("nested_list", 1000).as(Object.class);

    int depth = 0;
    while (value instanceof List) {
      value = ((List<?>) value).get(0);
      depth++;
    }
    assertEquals(1000, depth);
    assertEquals(1, value);
  }

  /**
   * Not quoted: a too-deep value's string form recurses as deep as the value, and whether JS's
   * stack holds 1001 levels of String() varied with the caller's stack (CI saw both).
   */
  @Test
  void guestValueDeeperThanTheLimitFailsUnquotedAndTheContextStaysUsable() {
    Handle deep = nesting().invoke("nested_list", 1001);

    ConversionException e = assertThrows(ConversionException.class, () -> deep.as(Object.class));

    String path = "[0]".repeat(1000);
    assertEquals(path, e.path());
    assertEquals(
        cannotConvert("", listTypeName(), "java.lang.Object", path) + TOO_DEEP, e.getMessage());
    assertEquals(42, context().eval("6 * 7").as(Integer.class));
  }

  @Test
  void javaListThatContainsItselfFailsWhenPassedInAndTheContextStaysUsable() {
    List<Object> cyclic = new ArrayList<>();
    cyclic.add(cyclic);

    ConversionException e =
        assertThrows(ConversionException.class, () -> context().toGuest(cyclic));

    String path = "[0]".repeat(1000);
    assertEquals(path, e.path());
    assertEquals("java.util.ArrayList", e.guestType());
    assertEquals(
        "Cannot pass a java.util.ArrayList to "
            + language().displayName()
            + " at "
            + path
            + ": "
            + CYCLIC,
        e.getMessage());
    assertEquals(42, context().eval("6 * 7").as(Integer.class));
  }

  @Test
  void javaMapThatContainsItselfFailsWhenPassedAsAnArgument() {
    Map<String, Object> cyclic = new LinkedHashMap<>();
    cyclic.put("self", cyclic);

    ConversionException e =
        assertThrows(ConversionException.class, () -> nesting().invoke("depth_of", cyclic));

    String path = "['self']".repeat(1000);
    assertEquals(path, e.path());
    assertEquals(
        "Cannot pass a java.util.LinkedHashMap to "
            + language().displayName()
            + " at "
            + path
            + ": "
            + CYCLIC,
        e.getMessage());
  }

  /** {@code depth} lists around {@code 1}. */
  static Object nestedJavaList(int depth) {
    Object value = 1;
    for (int i = 0; i < depth; i++) {
      value = List.of(value);
    }
    return value;
  }

  @Test
  void javaValueOfExactlyTheDepthLimitArrivesWhole() {
    assertEquals(1000, nesting().invoke("depth_of", nestedJavaList(1000)).as(Integer.class));
  }

  @Test
  void javaValueDeeperThanTheLimitFailsWhenPassedIn() {
    Object deep = nestedJavaList(1001);

    ConversionException e =
        assertThrows(ConversionException.class, () -> nesting().invoke("depth_of", deep));

    String path = "[0]".repeat(1000);
    assertEquals(path, e.path());
    assertEquals(
        "Cannot pass a "
            + deep.getClass().getName()
            + " to "
            + language().displayName()
            + " at "
            + path
            + ": "
            + TOO_DEEP,
        e.getMessage());
    assertEquals(42, context().eval("6 * 7").as(Integer.class));
  }
}
