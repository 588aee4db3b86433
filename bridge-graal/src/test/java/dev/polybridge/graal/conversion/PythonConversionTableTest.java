package dev.polybridge.graal.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
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
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

/** The conversion table in Python (GraalPy). */
class PythonConversionTableTest extends ConversionTableTest {

  @Override
  Language language() {
    return Language.PYTHON;
  }

  @Override
  String prelude() {
    return "import datetime, decimal, types";
  }

  @Override
  String mapOfListLiteral() {
    return "{'n': [21, 21]}";
  }

  @Override
  String doublingFunctionLiteral() {
    return "lambda x: x * 2";
  }

  @Override
  String listTypeName() {
    return "list";
  }

  @Override
  String dictTypeName() {
    return "dict";
  }

  @Override
  String bigIntegerTypeName() {
    return "int";
  }

  @Override
  List<Row> table() {
    return List.of(
        // int <-> int, long, BigInteger: exact
        both("int as int", "42", int.class, 42, "int", "42"),
        both("negative int as Integer", "-7", Integer.class, -7, "int", "-7"),
        both("int as long", "2**40", long.class, 1099511627776L, "int", "1099511627776"),
        both("smallest long", "-2**63", Long.class, Long.MIN_VALUE, "int", "-9223372036854775808"),
        both(
            "int beyond long as BigInteger",
            "2**70",
            BigInteger.class,
            TWO_TO_70,
            "int",
            "1180591620717411303424"),
        both(
            "small int as BigInteger", "42", BigInteger.class, BigInteger.valueOf(42), "int", "42"),
        both("int as short", "-300", short.class, (short) -300, "int", "-300"),
        both("int as byte", "-100", byte.class, (byte) -100, "int", "-100"),
        refused(
            "int beyond int",
            "2**31",
            int.class,
            "Cannot convert Python int 2147483648 to int: it does not fit in an int; ask for long"
                + " or BigInteger"),
        refused(
            "negative int beyond Integer",
            "-2**31 - 1",
            Integer.class,
            "Cannot convert Python int -2147483649 to java.lang.Integer: it does not fit in an"
                + " int; ask for long or BigInteger"),
        refused(
            "int beyond long",
            "2**63",
            long.class,
            "Cannot convert Python int 9223372036854775808 to long: it does not fit in a long; ask"
                + " for BigInteger"),
        refused(
            "int beyond byte",
            "200",
            byte.class,
            "Cannot convert Python int 200 to byte: it does not fit in a byte; ask for long or"
                + " BigInteger"),
        refused(
            "float as int",
            "2.5",
            int.class,
            "Cannot convert Python float 2.5 to int: it is a float, not an integer; ask for"
                + " double"),
        // float <-> double, float
        both("float as double", "2.5", double.class, 2.5, "float", "2.5"),
        both("negative float as Double", "-0.1", Double.class, -0.1, "float", "-0.1"),
        both("float as float", "0.25", float.class, 0.25f, "float", "0.25"),
        toJava("int as double", "3", double.class, 3.0),
        toGuest("whole double", 3.0, "float", "3.0"),
        // str <-> String
        both(
            "str as String",
            "'h\\u00e9llo \\U0001F600'",
            String.class,
            "h\u00e9llo \uD83D\uDE00",
            "str",
            "'h\u00e9llo \uD83D\uDE00'"),
        both("empty str", "''", String.class, "", "str", "''"),
        both("one-character str as char", "'x'", char.class, 'x', "str", "'x'"),
        // bool <-> boolean
        both("True as boolean", "True", boolean.class, true, "bool", "True"),
        both("False as Boolean", "False", Boolean.class, false, "bool", "False"),
        // None <-> null
        both("None as Object", "None", Object.class, null, "NoneType", "None"),
        toJava("None as String", "None", String.class, null),
        toJava("None as Integer", "None", Integer.class, null),
        toJava("None as List", "None", LIST_OF_INTEGER, null),
        // bytes, bytearray <-> byte[]
        both(
            "bytes as byte[]",
            "b'\\x00\\x01\\xff'",
            byte[].class,
            BYTES,
            "bytes",
            "b'\\x00\\x01\\xff'"),
        toJava("bytearray as byte[]", "bytearray(b'\\x00\\x01\\xff')", byte[].class, BYTES),
        both("empty bytes", "b''", byte[].class, new byte[0], "bytes", "b''"),
        // list, tuple <-> List<T>, T[]
        both(
            "list as List<Integer>",
            "[1, 2, 3]",
            LIST_OF_INTEGER,
            List.of(1, 2, 3),
            "list",
            "[1, 2, 3]"),
        toJava("tuple as List<String>", "('a', 'b')", LIST_OF_STRING, List.of("a", "b")),
        both(
            "list as String[]",
            "['a', 'b']",
            String[].class,
            new String[] {"a", "b"},
            "list",
            "['a', 'b']"),
        both("list as int[]", "[1, 2, 3]", int[].class, new int[] {1, 2, 3}, "list", "[1, 2, 3]"),
        both(
            "list as Integer[]",
            "[1, None]",
            Integer[].class,
            new Integer[] {1, null},
            "list",
            "[1, None]"),
        both(
            "nested lists",
            "[[1, 2], []]",
            LIST_OF_LIST_OF_LONG,
            List.of(List.of(1L, 2L), List.of()),
            "list",
            "[[1, 2], []]"),
        both(
            "list of natural values",
            "[1, 2**40, 2**70, 2.5, 'a', True, None]",
            Object.class,
            listOf(1, 1099511627776L, TWO_TO_70, 2.5, "a", true, null),
            "list",
            "[1, 1099511627776, 1180591620717411303424, 2.5, 'a', True, None]"),
        toJava("tuple as Object", "(1, 'a')", Object.class, List.of(1, "a")),
        // dict <-> Map, record
        both(
            "dict as Map in insertion order",
            "{'b': 1, 'a': 2}",
            MAP_OF_STRING_TO_INTEGER,
            ordered("b", 1, "a", 2),
            "dict",
            "{'b': 1, 'a': 2}"),
        both(
            "dict with int keys",
            "{2: 'two', 1: 'one'}",
            MAP_OF_INTEGER_TO_STRING,
            ordered(2, "two", 1, "one"),
            "dict",
            "{2: 'two', 1: 'one'}"),
        both(
            "dict as Object",
            "{'n': 1, 'xs': [2.5, None]}",
            Object.class,
            ordered("n", 1, "xs", listOf(2.5, null)),
            "dict",
            "{'n': 1, 'xs': [2.5, None]}"),
        both(
            "dict as record",
            "{'name': 'Ada', 'age': 36}",
            Person.class,
            new Person("Ada", 36),
            "dict",
            "{'name': 'Ada', 'age': 36}"),
        toJava(
            "dict with snake_case keys as record",
            "{'first_name': 'Ada', 'birth_year': 1815}",
            Author.class,
            new Author("Ada", 1815)),
        toGuest(
            "record with camelCase components",
            new Author("Ada", 1815),
            "dict",
            "{'firstName': 'Ada', 'birthYear': 1815}"),
        toJava(
            "object attributes as record",
            "types.SimpleNamespace(name='Ada', age=36)",
            Person.class,
            new Person("Ada", 36)),
        both(
            "list of dicts as List<record>",
            "[{'name': 'Ada', 'age': 36}]",
            LIST_OF_PERSON,
            List.of(new Person("Ada", 36)),
            "list",
            "[{'name': 'Ada', 'age': 36}]"),
        // set <-> Set<T>
        both("set as Set", "{3, 1, 2}", SET_OF_INTEGER, linkedSet(1, 2, 3), "set", "{1, 2, 3}"),
        both("empty set", "set()", SET_OF_INTEGER, Set.of(), "set", "set()"),
        toJava("frozenset as Set", "frozenset({'a'})", SET_OF_STRING, Set.of("a")),
        toJava("list as Set", "[1, 2, 2]", SET_OF_INTEGER, Set.of(1, 2)),
        // datetime, date, time <-> java.time
        both(
            "aware datetime in UTC as Instant",
            "datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc)",
            Instant.class,
            Instant.parse("2024-05-01T12:30:00Z"),
            "datetime",
            "datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.timezone.utc)"),
        both(
            "aware datetime with microseconds as Instant",
            "datetime.datetime(2024, 5, 1, 12, 30, 15, 123456, tzinfo=datetime.timezone.utc)",
            Instant.class,
            Instant.parse("2024-05-01T12:30:15.123456Z"),
            "datetime",
            "datetime.datetime(2024, 5, 1, 12, 30, 15, 123456, tzinfo=datetime.timezone.utc)"),
        toJava(
            "aware datetime east of UTC as Instant",
            "datetime.datetime(2024, 5, 1, 14, 30,"
                + " tzinfo=datetime.timezone(datetime.timedelta(hours=2)))",
            Instant.class,
            Instant.parse("2024-05-01T12:30:00Z")),
        both(
            "aware datetime as ZonedDateTime",
            "datetime.datetime(2024, 5, 1, 12, 30,"
                + " tzinfo=datetime.timezone(datetime.timedelta(hours=2)))",
            ZonedDateTime.class,
            ZonedDateTime.of(2024, 5, 1, 12, 30, 0, 0, ZoneOffset.ofHours(2)),
            "datetime",
            "datetime.datetime(2024, 5, 1, 12, 30,"
                + " tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))"),
        toGuest(
            "ZonedDateTime in a region zone",
            ZonedDateTime.of(2024, 5, 1, 12, 30, 0, 0, ZoneId.of("Europe/Paris")),
            "datetime",
            "datetime.datetime(2024, 5, 1, 12, 30,"
                + " tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))"),
        both(
            "aware datetime as OffsetDateTime",
            "datetime.datetime(2024, 5, 1, 12, 30,"
                + " tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))",
            OffsetDateTime.class,
            OffsetDateTime.of(2024, 5, 1, 12, 30, 0, 0, ZoneOffset.ofHours(-5)),
            "datetime",
            "datetime.datetime(2024, 5, 1, 12, 30,"
                + " tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400)))"),
        both(
            "naive datetime as LocalDateTime",
            "datetime.datetime(2024, 5, 1, 12, 30, 15, 500000)",
            LocalDateTime.class,
            LocalDateTime.of(2024, 5, 1, 12, 30, 15, 500_000_000),
            "datetime",
            "datetime.datetime(2024, 5, 1, 12, 30, 15, 500000)"),
        both(
            "date as LocalDate",
            "datetime.date(2024, 5, 1)",
            LocalDate.class,
            LocalDate.of(2024, 5, 1),
            "date",
            "datetime.date(2024, 5, 1)"),
        both(
            "time as LocalTime",
            "datetime.time(12, 30, 15)",
            LocalTime.class,
            LocalTime.of(12, 30, 15),
            "time",
            "datetime.time(12, 30, 15)"),
        refused(
            "naive datetime as Instant",
            "datetime.datetime(2024, 5, 1, 12, 30)",
            Instant.class,
            "Cannot convert Python datetime 2024-05-01 12:30:00 to java.time.Instant: it has no"
                + " time zone; ask for LocalDateTime, or give it a tzinfo"),
        // timedelta <-> Duration
        both(
            "timedelta as Duration",
            "datetime.timedelta(days=1, seconds=5, microseconds=250000)",
            Duration.class,
            Duration.ofDays(1).plusSeconds(5).plusMillis(250),
            "timedelta",
            "datetime.timedelta(days=1, seconds=5, microseconds=250000)"),
        both(
            "negative timedelta as Duration",
            "datetime.timedelta(seconds=-1)",
            Duration.class,
            Duration.ofSeconds(-1),
            "timedelta",
            "datetime.timedelta(days=-1, seconds=86399)"),
        // Decimal <-> BigDecimal
        both(
            "Decimal as BigDecimal keeping its scale",
            "decimal.Decimal('12.50')",
            BigDecimal.class,
            new BigDecimal("12.50"),
            "Decimal",
            "Decimal('12.50')"),
        both(
            "Decimal beyond double precision",
            "decimal.Decimal('12345678901234567890.123456789')",
            BigDecimal.class,
            new BigDecimal("12345678901234567890.123456789"),
            "Decimal",
            "Decimal('12345678901234567890.123456789')"),
        // enums by name
        both("str as enum", "'GREEN'", Color.class, Color.GREEN, "str", "'GREEN'"),
        // the value, or None <-> Optional<T>
        both("int as Optional", "42", OPTIONAL_OF_INTEGER, Optional.of(42), "int", "42"),
        both(
            "None as empty Optional",
            "None",
            OPTIONAL_OF_INTEGER,
            Optional.empty(),
            "NoneType",
            "None"),
        // iterables, iterators, generators -> Iterator<T>, Stream<T>
        toJava(
            "list iterator as Iterator", "iter([1, 2, 3])", ITERATOR_OF_INTEGER, drains(1, 2, 3)),
        toJava("list as Iterator", "[1, 2, 3]", ITERATOR_OF_INTEGER, drains(1, 2, 3)),
        toJava("range as Stream", "range(4)", STREAM_OF_INTEGER, drains(0, 1, 2, 3)),
        toJava(
            "generator as Stream",
            "(x * x for x in range(4))",
            STREAM_OF_LONG,
            drains(0L, 1L, 4L, 9L)),
        toJava(
            "dict as Iterator of its keys",
            "{'a': 1, 'b': 2}",
            ITERATOR_OF_STRING,
            drains("a", "b")),
        // callable <-> functional interface
        toJava("lambda as Function", "lambda x: x * 2", FUNCTION_OF_INTEGER, doublesTwentyOne()),
        toJava(
            "lambda as a user's functional interface",
            "lambda name: 'Hello, ' + name",
            Greeter.class,
            greets("Ada", "Hello, Ada")),
        toJava(
            "builtin as IntBinaryOperator", "pow", IntBinaryOperator.class, addsInts(2, 10, 1024)),
        callable("Java Function", (Function<Integer, Integer>) x -> x * 2, "int", "42"),
        callable("user's functional interface", (Doubler) x -> x * 2, "int", "42"));
  }

  // ---- awaitables -> CompletableFuture ----

  @Test
  void coroutineBecomesAFutureCompletedWithItsConvertedResult() throws Exception {
    CompletableFuture<Integer> future =
        fixture().invoke("answer").as(new TypeRef<CompletableFuture<Integer>>() {});

    assertEquals(42, future.get(10, TimeUnit.SECONDS));
  }

  @Test
  void coroutineThatRaisesBecomesAFutureFailedWithAGuestException() {
    CompletableFuture<Integer> future =
        fixture().invoke("refuse").as(new TypeRef<CompletableFuture<Integer>>() {});

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    GuestException cause = assertInstanceOf(GuestException.class, e.getCause());
    assertEquals("ValueError", cause.guestType());
    assertEquals("no answer", cause.guestMessage());
  }

  @Test
  void coroutineRunsOnTheSocketlessLoopOfASandboxedContext() throws Exception {
    CompletableFuture<String> future =
        fixture().invoke("gathered").as(new TypeRef<CompletableFuture<String>>() {});

    assertEquals("[3, 1, 2] on PolybridgeEventLoop", future.get(10, TimeUnit.SECONDS));
  }

  @Test
  void coroutineRunsOnAsynciosOwnLoopWhereTheContextHasSockets() throws Exception {
    try (GuestContext io =
        bridge.newContext(Language.PYTHON, ContextOptions.builder().allowIO(true).build())) {
      CompletableFuture<String> future =
          io.importModule("conversion_fixture")
              .invoke("gathered")
              .as(new TypeRef<CompletableFuture<String>>() {});

      assertEquals("[3, 1, 2] on _UnixSelectorEventLoop", future.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void coroutineWaitingForNothingFailsInsteadOfHanging() {
    CompletableFuture<Integer> future =
        fixture().invoke("waits_forever").as(new TypeRef<CompletableFuture<Integer>>() {});

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    GuestException cause = assertInstanceOf(GuestException.class, e.getCause());
    assertEquals("RuntimeError", cause.guestType());
    assertEquals(
        "the event loop waits for something that no timer or task will complete (a Polybridge"
            + " context without sockets has no other source of events)",
        cause.guestMessage());
  }
}
