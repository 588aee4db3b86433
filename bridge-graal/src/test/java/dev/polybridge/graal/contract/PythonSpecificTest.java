package dev.polybridge.graal.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ConversionException;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.GuestSyntaxException;
import dev.polybridge.Handle;
import dev.polybridge.TypeRef;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What only Python has: keyword arguments, dotted imports, statements, Python's own errors. */
class PythonSpecificTest {

  static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    bridge = Fixtures.newBridge(new ByteArrayOutputStream());
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  GuestContext py() {
    return bridge.python();
  }

  Handle greeter() {
    return py().importModule("greeter");
  }

  static GuestException assertRaises(String guestType, String guestMessage, Runnable call) {
    GuestException e = assertThrows(GuestException.class, call::run);
    assertEquals(guestType, e.guestType());
    assertEquals(guestMessage, e.guestMessage());
    return e;
  }

  // ---- keyword arguments ----

  @Test
  void callKwPassesKeywordArgumentsAfterThePositionalOnes() {
    Handle greet = greeter().get("greet");

    assertEquals("Hi, Ada!", greet.callKw(Map.of("greeting", "Hi"), "Ada").as(String.class));
  }

  @Test
  void callKwWithOnlyKeywordArguments() {
    Handle greet = greeter().get("greet");

    assertEquals(
        "Hey, Bo?",
        greet.callKw(Map.of("name", "Bo", "greeting", "Hey", "punctuation", "?")).as(String.class));
  }

  @Test
  void invokeKwCallsAMethodWithKeywordArguments() {
    assertEquals(
        "Hello, Ada?",
        greeter().invokeKw("greet", Map.of("punctuation", "?"), "Ada").as(String.class));
  }

  @Test
  void invokeKwOnAnObjectCallsItsBoundMethod() {
    Handle parts = py().eval("'a,b,c'");

    assertEquals(
        List.of("a", "b,c"),
        parts.invokeKw("split", Map.of("maxsplit", 1), ",").as(new TypeRef<List<String>>() {}));
  }

  @Test
  void unexpectedKeywordArgumentRaisesTypeError() {
    Handle greet = greeter().get("greet");

    assertRaises(
        "TypeError",
        "greet() got an unexpected keyword argument 'tone'",
        () -> greet.callKw(Map.of("tone", "warm"), "Ada"));
  }

  @Test
  void callKwWithAnEmptyMapIsAPlainCall() {
    assertEquals("Hello, Ada!", greeter().get("greet").callKw(Map.of(), "Ada").as(String.class));
  }

  // ---- imports ----

  @Test
  void importModuleFromThePythonPathDirectory() {
    assertEquals("Hello, Ada!", greeter().invoke("greet", "Ada").as(String.class));
  }

  @Test
  void importModuleOfANestedPackageReturnsTheInnermostModule() {
    Handle mod = py().importModule("pkg.sub.mod");

    assertEquals("pkg.sub.mod", mod.get("__name__").as(String.class));
    assertEquals(42, mod.get("ANSWER").as(Integer.class));
    assertEquals("pkg.sub.mod", mod.invoke("where").as(String.class));
    assertEquals("module", mod.typeName());
  }

  @Test
  void importModuleOfADottedStdlibNameReturnsTheSubmodule() {
    Handle path = py().importModule("os.path");

    assertEquals("posixpath", path.get("__name__").as(String.class));
    assertEquals("a/b", path.invoke("join", "a", "b").as(String.class));
  }

  @Test
  void importedJsonModuleDumpsAJavaMap() {
    Handle json = py().importModule("json");

    assertEquals(
        "{\"a\": [1, 2]}", json.invoke("dumps", Map.of("a", List.of(1, 2))).as(String.class));
    assertEquals(
        Map.of("k", List.of(true, "v")),
        json.invoke("loads", "{\"k\": [true, \"v\"]}").as(Object.class));
  }

  @Test
  void unknownModuleRaisesModuleNotFoundError() {
    assertRaises(
        "ModuleNotFoundError",
        "No module named 'no_such_module_xyz'",
        () -> py().importModule("no_such_module_xyz"));
  }

  // ---- eval ----

  @Test
  void evalOfAStatementReturnsANullHandle() {
    Handle result = py().eval("statement_value = 5");

    assertTrue(result.isNull());
    assertEquals(5, py().global("statement_value").as(Integer.class));
    assertTrue(py().eval("import os").isNull());
  }

  @Test
  void evalOfCodeEndingInAnExpressionReturnsItsValue() {
    assertEquals(42, py().eval("twenty = 20\ntwenty + 22").as(Integer.class));
  }

  @Test
  void evalOfEmptyCodeReturnsANullHandle() {
    assertTrue(py().eval("").isNull());
  }

  @Test
  void syntaxErrorInADefReportsLineOneAndTheColumn() {
    GuestSyntaxException e = assertThrows(GuestSyntaxException.class, () -> py().eval("def f(:"));

    assertEquals("SyntaxError", e.guestType());
    assertEquals(1, e.line());
    assertEquals(6, e.column());
    assertTrue(
        e.guestMessage().startsWith("'(' was never closed"),
        "unexpected message: " + e.guestMessage());
  }

  // ---- Python's own errors ----

  @Test
  void missingModuleAttributeRaisesAttributeError() {
    Handle fixture = py().importModule("contract_fixture");

    assertRaises(
        "AttributeError",
        "module 'contract_fixture' has no attribute 'nope'",
        () -> fixture.get("nope"));
  }

  @Test
  void missingObjectAttributeRaisesAttributeError() {
    Handle p = py().importModule("contract_fixture").get("Point").newInstance(1, 2);

    assertRaises("AttributeError", "'Point' object has no attribute 'z'", () -> p.get("z"));
  }

  @Test
  void missingKeyRaisesKeyError() {
    Handle dict = py().eval("{'a': 1}");

    assertRaises("KeyError", "'zz'", () -> dict.getItem("zz"));
  }

  @Test
  void listIndexOutOfRangeRaisesIndexError() {
    Handle list = py().eval("[1, 2, 3]");

    assertRaises("IndexError", "list index out of range", () -> list.getItem(3));
  }

  @Test
  void missingGlobalRaisesNameError() {
    assertRaises(
        "NameError", "name 'never_defined' is not defined", () -> py().global("never_defined"));
  }

  @Test
  void callingAnIntRaisesTypeError() {
    Handle five = py().eval("5");

    assertRaises("TypeError", "'int' object is not callable", () -> five.call());
  }

  // ---- numbers and collections ----

  @Test
  void hugeIntDoesNotFitALongButIsExactAsBigInteger() {
    Handle big = py().eval("2**70");

    ConversionException e = assertThrows(ConversionException.class, () -> big.as(long.class));
    assertEquals("int", e.guestType());
    assertEquals(long.class, e.targetType());
    assertEquals(new BigInteger("1180591620717411303424"), big.as(BigInteger.class));
  }

  @Test
  void javaBigIntegerAndLongArriveAsPythonInts() {
    Handle isExactInt = py().eval("lambda x, text: type(x) is int and x == int(text)");

    assertTrue(
        isExactInt
            .call(new BigInteger("1180591620717411303425"), "1180591620717411303425")
            .as(boolean.class));
    assertTrue(isExactInt.call(Long.MAX_VALUE, "9223372036854775807").as(boolean.class));
    assertTrue(isExactInt.call(7, "7").as(boolean.class));
  }

  @Test
  void floatWithAnIntegralValueBecomesDouble() {
    assertEquals(Double.valueOf(2.0), py().eval("2.0").as(Object.class));
  }

  @Test
  void javaDoubleArrivesAsAPythonFloat() {
    Handle typeName = py().eval("lambda x: type(x).__name__");

    assertEquals("float", typeName.call(2.0).as(String.class));
    assertEquals("int", typeName.call(2).as(String.class));
    assertEquals("bool", typeName.call(true).as(String.class));
  }

  @Test
  void tupleBecomesAList() {
    assertEquals(List.of(1, 2), py().eval("(1, 2)").as(new TypeRef<List<Integer>>() {}));
  }

  @Test
  void setBecomesAJavaSet() {
    assertEquals(Set.of(1, 2, 3), py().eval("{1, 2, 3}").as(new TypeRef<Set<Integer>>() {}));
  }

  @Test
  void noneTypeNameIsNoneType() {
    assertEquals("NoneType", py().eval("None").typeName());
    assertEquals("bool", py().eval("True").typeName());
    assertEquals("float", py().eval("2.5").typeName());
  }
}
