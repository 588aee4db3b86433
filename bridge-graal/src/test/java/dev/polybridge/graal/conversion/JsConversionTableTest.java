package dev.polybridge.graal.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.GuestException;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.TypeRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The conversion table in JavaScript (GraalJS). JavaScript has no decimal or local date types, so
 * by the documented choice a {@code BigDecimal} arrives as its exact string, local dates and times
 * as ISO-8601 strings, a {@code Duration} as a number of milliseconds, and instants as {@code
 * Date}s.
 */
class JsConversionTableTest extends ConversionTableTest {

  @Override
  Language language() {
    return Language.JS;
  }

  @Override
  String mapOfListLiteral() {
    return "({n: [21, 21]})";
  }

  @Override
  String doublingFunctionLiteral() {
    return "(x) => x * 2";
  }

  @Override
  String listTypeName() {
    return "Array";
  }

  @Override
  String dictTypeName() {
    return "Object";
  }

  @Override
  String bigIntegerTypeName() {
    return "bigint";
  }

  @Override
  List<Row> table() {
    return List.of(
        // number (integral), BigInt <-> int, long, BigInteger: exact
        both("integral number as int", "42", int.class, 42, "number", "42"),
        both("negative number as Integer", "-7", Integer.class, -7, "number", "-7"),
        both("number as long", "2**40", long.class, 1099511627776L, "number", "1099511627776"),
        both(
            "BigInt as BigInteger",
            "2n**70n",
            BigInteger.class,
            TWO_TO_70,
            "bigint",
            "1180591620717411303424n"),
        toGuest(
            "BigInteger just beyond 2**53 stays exact",
            new BigInteger("9007199254740993"),
            "bigint",
            "9007199254740993n"),
        toJava("small BigInt as int", "42n", int.class, 42),
        toJava("BigInt as long", "-(2n**40n)", long.class, -1099511627776L),
        toJava("number as BigInteger", "42", BigInteger.class, BigInteger.valueOf(42)),
        both("number as short", "-300", short.class, (short) -300, "number", "-300"),
        both("number as byte", "-100", byte.class, (byte) -100, "number", "-100"),
        refused(
            "number beyond int",
            "2**31",
            int.class,
            "Cannot convert JavaScript number 2147483648 to int: it does not fit in an int; ask"
                + " for long or BigInteger"),
        refused(
            "BigInt beyond long",
            "2n**63n",
            long.class,
            "Cannot convert JavaScript bigint 9223372036854775808 to long: it does not fit in a"
                + " long; ask for BigInteger"),
        refused(
            "BigInt beyond int",
            "2n**31n",
            Integer.class,
            "Cannot convert JavaScript bigint 2147483648 to java.lang.Integer: it does not fit in"
                + " an int; ask for long or BigInteger"),
        refused(
            "fraction as int",
            "2.5",
            int.class,
            "Cannot convert JavaScript number 2.5 to int: it is not an integer; ask for double"),
        // number <-> double, float
        both("number as double", "2.5", double.class, 2.5, "number", "2.5"),
        both("negative number as Double", "-0.1", Double.class, -0.1, "number", "-0.1"),
        both("number as float", "0.25", float.class, 0.25f, "number", "0.25"),
        toJava("integral number as double", "3", double.class, 3.0),
        toGuest("whole double", 3.0, "number", "3"),
        // string <-> String
        both(
            "string as String",
            "'h\\u00e9llo \\u{1F600}'",
            String.class,
            "h\u00e9llo \uD83D\uDE00",
            "string",
            "\"h\u00e9llo \uD83D\uDE00\""),
        both("empty string", "''", String.class, "", "string", "\"\""),
        both("one-character string as char", "'x'", char.class, 'x', "string", "\"x\""),
        // boolean <-> boolean
        both("true as boolean", "true", boolean.class, true, "boolean", "true"),
        both("false as Boolean", "false", Boolean.class, false, "boolean", "false"),
        // null, undefined <-> null
        both("null as Object", "null", Object.class, null, "null", "null"),
        toJava("undefined as Object", "undefined", Object.class, null),
        toJava("undefined as String", "undefined", String.class, null),
        toJava("null as Integer", "null", Integer.class, null),
        // Uint8Array, ArrayBuffer <-> byte[]
        both(
            "Uint8Array as byte[]",
            "new Uint8Array([0, 1, 255])",
            byte[].class,
            BYTES,
            "Uint8Array",
            "Uint8Array [0, 1, 255]"),
        toJava("ArrayBuffer as byte[]", "new Uint8Array([0, 1, 255]).buffer", byte[].class, BYTES),
        toJava(
            "Uint8Array viewing part of its buffer",
            "new Uint8Array([9, 0, 1, 255, 9]).subarray(1, 4)",
            byte[].class,
            BYTES),
        both(
            "empty Uint8Array",
            "new Uint8Array(0)",
            byte[].class,
            new byte[0],
            "Uint8Array",
            "Uint8Array []"),
        // Array <-> List<T>, T[]
        both(
            "Array as List<Integer>",
            "[1, 2, 3]",
            LIST_OF_INTEGER,
            List.of(1, 2, 3),
            "Array",
            "[1, 2, 3]"),
        both(
            "Array as String[]",
            "['a', 'b']",
            String[].class,
            new String[] {"a", "b"},
            "Array",
            "[\"a\", \"b\"]"),
        both("Array as int[]", "[1, 2, 3]", int[].class, new int[] {1, 2, 3}, "Array", "[1, 2, 3]"),
        both(
            "Array as Integer[]",
            "[1, null]",
            Integer[].class,
            new Integer[] {1, null},
            "Array",
            "[1, null]"),
        both(
            "nested Arrays",
            "[[1, 2], []]",
            LIST_OF_LIST_OF_LONG,
            List.of(List.of(1L, 2L), List.of()),
            "Array",
            "[[1, 2], []]"),
        both(
            "Array of natural values",
            "[1, 2**40, 2n**70n, 2.5, 'a', true, null]",
            Object.class,
            listOf(1, 1099511627776L, TWO_TO_70, 2.5, "a", true, null),
            "Array",
            "[1, 1099511627776, 1180591620717411303424n, 2.5, \"a\", true, null]"),
        toJava("undefined element as Object", "[undefined]", Object.class, listOf((Object) null)),
        // Object <-> Map, record
        both(
            "object as Map in insertion order",
            "({b: 1, a: 2})",
            MAP_OF_STRING_TO_INTEGER,
            ordered("b", 1, "a", 2),
            "Object",
            "{b: 1, a: 2}"),
        toJava(
            "JS Map as Map",
            "new Map([['b', 1], ['a', 2]])",
            MAP_OF_STRING_TO_INTEGER,
            ordered("b", 1, "a", 2)),
        toGuest("Map with int keys", ordered(2, "two"), "Object", "{2: \"two\"}"),
        both(
            "object as Object",
            "({n: 1, xs: [2.5, null]})",
            Object.class,
            ordered("n", 1, "xs", listOf(2.5, null)),
            "Object",
            "{n: 1, xs: [2.5, null]}"),
        both(
            "object as record",
            "({name: 'Ada', age: 36})",
            Person.class,
            new Person("Ada", 36),
            "Object",
            "{name: \"Ada\", age: 36}"),
        both(
            "object with camelCase keys as record",
            "({firstName: 'Ada', birthYear: 1815})",
            Author.class,
            new Author("Ada", 1815),
            "Object",
            "{firstName: \"Ada\", birthYear: 1815}"),
        toJava(
            "class instance as record",
            "new (class { constructor() { this.name = 'Ada'; this.age = 36; } })()",
            Person.class,
            new Person("Ada", 36)),
        both(
            "Array of objects as List<record>",
            "[{name: 'Ada', age: 36}]",
            LIST_OF_PERSON,
            List.of(new Person("Ada", 36)),
            "Array",
            "[{name: \"Ada\", age: 36}]"),
        // Set <-> Set<T>
        both(
            "Set as Set in insertion order",
            "new Set([3, 1, 2])",
            SET_OF_INTEGER,
            linkedSet(3, 1, 2),
            "Set",
            "Set {3, 1, 2}"),
        both("empty Set", "new Set()", SET_OF_INTEGER, Set.of(), "Set", "Set {}"),
        toJava("Array as Set", "[1, 2, 2]", SET_OF_INTEGER, Set.of(1, 2)),
        // Date <-> Instant, ZonedDateTime, OffsetDateTime; ISO strings <-> local date and time
        both(
            "Date as Instant",
            "new Date(Date.UTC(2024, 4, 1, 12, 30, 15, 123))",
            Instant.class,
            Instant.parse("2024-05-01T12:30:15.123Z"),
            "Date",
            "Date(2024-05-01T12:30:15.123Z)"),
        toJava(
            "Date as ZonedDateTime",
            "new Date(Date.UTC(2024, 4, 1, 12, 30))",
            ZonedDateTime.class,
            sameInstant("2024-05-01T12:30:00Z")),
        toGuest(
            "ZonedDateTime with an offset",
            ZonedDateTime.of(2024, 5, 1, 14, 30, 0, 0, ZoneOffset.ofHours(2)),
            "Date",
            "Date(2024-05-01T12:30:00.000Z)"),
        toGuest(
            "ZonedDateTime in a region zone",
            ZonedDateTime.of(2024, 5, 1, 14, 30, 0, 0, ZoneId.of("Europe/Paris")),
            "Date",
            "Date(2024-05-01T12:30:00.000Z)"),
        toGuest(
            "OffsetDateTime",
            OffsetDateTime.of(2024, 5, 1, 7, 30, 0, 0, ZoneOffset.ofHours(-5)),
            "Date",
            "Date(2024-05-01T12:30:00.000Z)"),
        toJava(
            "ISO instant string as Instant",
            "'2024-05-01T12:30:00Z'",
            Instant.class,
            Instant.parse("2024-05-01T12:30:00Z")),
        both(
            "ISO date string as LocalDate",
            "'2024-05-01'",
            LocalDate.class,
            LocalDate.of(2024, 5, 1),
            "string",
            "\"2024-05-01\""),
        both(
            "ISO time string as LocalTime",
            "'12:30:15'",
            LocalTime.class,
            LocalTime.of(12, 30, 15),
            "string",
            "\"12:30:15\""),
        both(
            "ISO date-time string as LocalDateTime",
            "'2024-05-01T12:30:15.500'",
            LocalDateTime.class,
            LocalDateTime.of(2024, 5, 1, 12, 30, 15, 500_000_000),
            "string",
            "\"2024-05-01T12:30:15.500\""),
        // number of milliseconds <-> Duration
        both(
            "milliseconds as Duration",
            "1500",
            Duration.class,
            Duration.ofMillis(1500),
            "number",
            "1500"),
        // decimal string <-> BigDecimal
        both(
            "decimal string as BigDecimal keeping its scale",
            "'12.50'",
            BigDecimal.class,
            new BigDecimal("12.50"),
            "string",
            "\"12.50\""),
        toJava("number as BigDecimal", "0.1", BigDecimal.class, new BigDecimal("0.1")),
        // enums by name
        both("string as enum", "'GREEN'", Color.class, Color.GREEN, "string", "\"GREEN\""),
        // the value, or null <-> Optional<T>
        both("number as Optional", "42", OPTIONAL_OF_INTEGER, Optional.of(42), "number", "42"),
        both(
            "null as empty Optional",
            "null",
            OPTIONAL_OF_INTEGER,
            Optional.empty(),
            "null",
            "null"),
        toJava("undefined as empty Optional", "undefined", OPTIONAL_OF_INTEGER, Optional.empty()),
        // iterables, iterators, generators -> Iterator<T>, Stream<T>
        toJava(
            "Array iterator as Iterator",
            "[1, 2, 3].values()",
            ITERATOR_OF_INTEGER,
            drains(1, 2, 3)),
        toJava("Array as Iterator", "[1, 2, 3]", ITERATOR_OF_INTEGER, drains(1, 2, 3)),
        toJava(
            "generator as Stream",
            "(function* () { yield 1; yield 2; })()",
            STREAM_OF_INTEGER,
            drains(1, 2)),
        toJava("Set as Stream", "new Set(['a', 'b'])", STREAM_OF_STRING, drains("a", "b")),
        toJava(
            "Map keys iterator as Iterator",
            "new Map([['a', 1], ['b', 2]]).keys()",
            ITERATOR_OF_STRING,
            drains("a", "b")),
        // function <-> functional interface
        toJava(
            "arrow function as Function", "(x) => x * 2", FUNCTION_OF_INTEGER, doublesTwentyOne()),
        toJava(
            "function as a user's functional interface",
            "(name) => 'Hello, ' + name",
            Greeter.class,
            greets("Ada", "Hello, Ada")),
        toJava(
            "builtin as IntBinaryOperator",
            "Math.pow",
            IntBinaryOperator.class,
            addsInts(2, 10, 1024)),
        callable("Java Function", (Function<Integer, Integer>) x -> x * 2, "number", "42"),
        callable("user's functional interface", (Doubler) x -> x * 2, "number", "42"),
        // Promise -> CompletableFuture<T>
        toJava(
            "resolved Promise as CompletableFuture",
            "Promise.resolve(42)",
            FUTURE_OF_INTEGER,
            completesWith(42)),
        toJava(
            "async function's result as CompletableFuture",
            "(async () => [1, 2])()",
            FUTURE_OF_LIST_OF_INTEGER,
            completesWith(List.of(1, 2))));
  }

  // ---- Promise -> CompletableFuture ----

  @Test
  void promiseResolvedLaterCompletesTheFutureWithTheConvertedValue() throws Exception {
    Handle deferred =
        context()
            .eval(
                "(() => { const d = {}; d.promise = new Promise((ok) => { d.resolve = ok; });"
                    + " return d; })()");
    CompletableFuture<List<Integer>> future =
        deferred.get("promise").as(new TypeRef<CompletableFuture<List<Integer>>>() {});

    assertFalse(future.isDone());
    deferred.invoke("resolve", List.of(4, 5));

    assertEquals(List.of(4, 5), future.get(10, TimeUnit.SECONDS));
  }

  @Test
  void rejectedPromiseFailsTheFutureWithAGuestException() {
    CompletableFuture<Integer> future =
        context()
            .eval("Promise.reject(new RangeError('out of range'))")
            .as(new TypeRef<CompletableFuture<Integer>>() {});

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    GuestException cause = assertInstanceOf(GuestException.class, e.getCause());
    assertEquals("RangeError", cause.guestType());
    assertEquals("out of range", cause.guestMessage());
    assertEquals(Language.JS, cause.language());
  }

  @Test
  void neverSettlingPromiseLeavesTheFutureIncomplete() {
    CompletableFuture<Integer> future =
        context().eval("new Promise(() => {})").as(new TypeRef<CompletableFuture<Integer>>() {});

    assertEquals(42, context().eval("6 * 7").as(Integer.class)); // the job queue has run
    assertFalse(future.isDone());
    assertThrows(TimeoutException.class, () -> future.get(200, TimeUnit.MILLISECONDS));
  }
}
