package dev.polybridge.graal.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What only JavaScript has: no keyword arguments, undefined, this, ES modules. */
class JsSpecificTest {

  static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    bridge = Fixtures.newBridge(new ByteArrayOutputStream());
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  GuestContext js() {
    return bridge.js();
  }

  Handle fixture() {
    return js().importModule("./contract_fixture.js");
  }

  static void assertNoKeywordArguments(Executable call) {
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, call);
    assertTrue(
        e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("keyword"),
        "the message should say that JavaScript takes no keyword arguments: " + e.getMessage());
  }

  // ---- keyword arguments ----

  @Test
  void evalIsolatedSnippetsSeeNothingAnEarlierSnippetLeftBehind() {
    String snippet =
        "(() => { const seen = [typeof globalThis.leak, typeof Array.prototype.leak];"
            + " globalThis.leak = 1; Array.prototype.leak = 1; return seen.join(); })()";

    for (int i = 0; i < 20; i++) {
      assertEquals(
          "undefined,undefined",
          bridge.evalIsolated(Language.JS, snippet, String.class),
          "snippet " + i);
    }
  }

  @Test
  void evalIsolatedReportsTheSnippetsErrorAndTheNextSnippetStillRuns() {
    GuestException e =
        assertThrows(
            GuestException.class,
            () -> bridge.evalIsolated(Language.JS, "throw new RangeError('no')", Integer.class));

    assertEquals("RangeError", e.guestType());
    assertEquals("no", e.guestMessage());
    assertEquals(42, bridge.evalIsolated(Language.JS, "6 * 7", Integer.class));
  }

  @Test
  void callKwThrowsUnsupportedOperation() {
    Handle add = fixture().get("add");

    assertNoKeywordArguments(() -> add.callKw(Map.of("b", 2), 1));
  }

  @Test
  void invokeKwThrowsUnsupportedOperation() {
    assertNoKeywordArguments(() -> fixture().invokeKw("add", Map.of("b", 2), 1));
  }

  @Test
  void callKwWithNoKeywordsStillThrowsUnsupportedOperation() {
    Handle add = fixture().get("add");

    assertNoKeywordArguments(() -> add.callKw(Map.of(), 1, 2));
  }

  // ---- undefined ----

  @Test
  void missingPropertyIsANullHandle() {
    Handle obj = js().eval("({a: 1})");

    assertTrue(obj.get("b").isNull());
    assertFalse(obj.has("b"));
    assertTrue(obj.getItem("b").isNull());
    assertNull(obj.get("b").as(Object.class));
  }

  @Test
  void arrayIndexPastTheEndIsANullHandle() {
    assertTrue(js().eval("[1, 2, 3]").getItem(10).isNull());
  }

  @Test
  void undefinedAndNullAreNullHandles() {
    assertTrue(js().eval("undefined").isNull());
    assertTrue(js().eval("null").isNull());
    assertNull(js().eval("undefined").as(Object.class));
    assertNull(js().eval("undefined").as(String.class));
  }

  @Test
  void missingGlobalIsANullHandle() {
    assertTrue(js().global("neverDefined").isNull());
  }

  // ---- this ----

  @Test
  void invokeBindsThisToTheObject() {
    Handle obj = js().eval("({v: 7, plus(n) { return this.v + n; }})");

    assertEquals(10, obj.invoke("plus", 3).as(Integer.class));
  }

  @Test
  void invokeOnAClassInstanceSeesItsFields() {
    Handle p = fixture().get("Point").newInstance(3, 4);

    assertEquals(25, p.invoke("norm2").as(Integer.class));
  }

  @Test
  void newInstanceOfABuiltInConstructor() {
    Handle map = js().global("Map").newInstance();

    map.invoke("set", "k", 1);

    assertEquals(1, map.invoke("get", "k").as(Integer.class));
    assertEquals(1, map.size());
  }

  // ---- numbers, sizes, types ----

  @Test
  void integralNumberBecomesInteger() {
    assertEquals(Integer.valueOf(2), js().eval("2.0").as(Object.class));
    assertEquals(Integer.valueOf(-5), js().eval("-5").as(Object.class));
  }

  @Test
  void bigIntBecomesBigInteger() {
    assertEquals(
        new BigInteger("1180591620717411303424"), js().eval("2n ** 70n").as(BigInteger.class));
  }

  @Test
  void sizeOfMapsSetsAndObjectsIsTheirEntryCount() {
    assertEquals(2, js().eval("new Map([[1, 'a'], [2, 'b']])").size());
    assertEquals(3, js().eval("new Set([1, 2, 3])").size());
    assertEquals(2, js().eval("({a: 1, b: 2})").size());
    assertEquals(4, js().eval("new Uint8Array(4)").size());
  }

  @Test
  void typeNamesOfOtherValues() {
    assertEquals("boolean", js().eval("true").typeName());
    assertEquals("Function", js().eval("(x) => x").typeName());
  }

  @Test
  void thrownErrorKeepsItsType() {
    GuestException e =
        assertThrows(GuestException.class, () -> js().eval("throw new RangeError('too far')"));

    assertEquals("RangeError", e.guestType());
    assertEquals("too far", e.guestMessage());
  }

  @Test
  void callingANumberRaisesTypeError() {
    GuestException e = assertThrows(GuestException.class, () -> js().eval("5").call());

    assertEquals("TypeError", e.guestType());
  }

  // ---- modules ----

  @Test
  void importModuleOfAnMjsNameReturnsTheModuleNamespace() {
    Handle esm = js().importModule("./esm_fixture.mjs");

    assertEquals(42, esm.invoke("twice", 21).as(Integer.class));
    assertEquals("esm", esm.get("kind").as(String.class));
  }

  @Test
  void unknownModuleRaisesAGuestException() {
    GuestException e =
        assertThrows(GuestException.class, () -> js().importModule("./no_such_module.js"));

    assertEquals("Error", e.guestType());
    assertEquals(
        "Cannot find module './no_such_module.js' in the module folders "
            + Fixtures.dir("js").toAbsolutePath().normalize(),
        e.guestMessage());
  }
}
