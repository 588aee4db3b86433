package dev.polybridge.graal.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.Language;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When the Node layer loads (stub.js): on the first touch of one of its globals, however it is
 * touched, from JavaScript or from Java; and what it leaves alone: a global of the same name that
 * the script or the application defined before, and every other name. Each test uses a new context,
 * in which nothing has loaded the layer yet.
 */
class NodeLayerLoadingTest {
  static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
  static Bridge bridge;

  @BeforeAll
  static void openBridge() {
    bridge = Bridge.builder().stdout(OUT).build();
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  private static String eval(String code) {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      return js.eval(code).as(String.class);
    }
  }

  @Test
  void eachLayerGlobalIsThereOnItsFirstTouchAsAnIdentifier() {
    List<String> names =
        List.of(
            "global",
            "require",
            "process",
            "Buffer",
            "URL",
            "URLSearchParams",
            "TextEncoder",
            "TextDecoder",
            "atob",
            "btoa",
            "structuredClone",
            "crypto",
            "performance",
            "DOMException",
            "setImmediate",
            "clearImmediate",
            "AbortController",
            "AbortSignal",
            "Event",
            "EventTarget",
            "console",
            "setTimeout",
            "setInterval",
            "clearTimeout",
            "clearInterval",
            "queueMicrotask");
    for (String name : names) {
      String expected = name.equals("global") || name.equals("process") ? "object" : "function";
      if (name.equals("crypto") || name.equals("performance") || name.equals("console")) {
        expected = "object";
      }
      assertEquals(expected, eval("typeof " + name), name);
    }
  }

  @Test
  void theFirstTouchMayBeAPropertyReadAnInTestOrAWrite() {
    assertEquals("function", eval("typeof globalThis.Buffer"));
    assertEquals("true", eval("String('process' in globalThis)"));
    assertEquals("7 function", eval("globalThis.URL = 7; URL + ' ' + typeof URLSearchParams"));
    assertEquals("x", eval("require = () => 'x'; require()"));
  }

  @Test
  void theGlobalObjectKeepsItsOrdinaryPrototypeOnceTheLayerIsLoaded() {
    assertEquals(
        "true true",
        eval(
            "typeof require; (Object.getPrototypeOf(globalThis) === Object.prototype)"
                + " + ' ' + globalThis.hasOwnProperty('require')"));
  }

  @Test
  void otherNamesResolveAsWithoutTheLayer() {
    assertEquals("undefined", eval("typeof notAGlobal"));
    assertEquals(
        "ReferenceError: notAGlobal is not defined",
        eval("try { notAGlobal } catch (e) { String(e) }"));
    assertEquals("5 5", eval("sloppy = 5; sloppy + ' ' + globalThis.sloppy"));
    assertEquals("function", eval("typeof toString"));
    assertEquals("42", eval("String(6 * 7)"));
  }

  @Test
  void strictCodeStillCannotAssignAnUndeclaredName() {
    GuestException e =
        assertThrows(GuestException.class, () -> eval("'use strict'; undeclared = 1; 'no'"));
    assertEquals("ReferenceError: undeclared is not defined", e.getMessage());
  }

  @Test
  void aGlobalTheScriptDefinedBeforeTheLayerLoadedStaysTheScripts() {
    assertEquals(
        "5 function object",
        eval(
            "var setTimeout = 5; var console = {mine: true};"
                + " [setTimeout, typeof require, typeof process].join(' ')"));
    assertEquals(
        "true function",
        eval("var console = {mine: true}; require('path'); console.mine + ' ' + typeof Buffer"));
  }

  @Test
  void javaSeesAndSetsTheLayerGlobalsBeforeAnyScriptTouchedThem() {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      assertEquals("Function", js.global("require").typeName());
    }
    try (GuestContext js = bridge.newContext(Language.JS)) {
      js.setGlobal("process", "mine");
      assertEquals("mine function", js.eval("process + ' ' + typeof Buffer").as(String.class));
    }
    try (GuestContext js = bridge.newContext(Language.JS)) {
      assertEquals("object", js.eval("typeof console").as(String.class));
      js.setGlobal("console", 3);
      assertEquals(3, js.eval("console").as(Integer.class));
    }
  }

  @Test
  void importModuleLoadsTheLayerItself() {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      assertEquals("/a/b", js.importModule("path").invoke("join", "/a", "b").as(String.class));
    }
  }

  @Test
  void consoleIsNodesFromTheFirstTouch() {
    OUT.reset();
    try (GuestContext js = bridge.newContext(Language.JS)) {
      js.exec("console.log({a: 1}, [1, 'x'])");
    }
    assertEquals(
        "{ a: 1 } [ 1, 'x' ]" + System.lineSeparator(), OUT.toString(StandardCharsets.UTF_8));
  }

  @Test
  void timersWorkWhenTheyAreTheFirstThingTouched() {
    assertEquals(
        "object true",
        eval(
            "const t = setTimeout(() => {}, 10000); clearTimeout(t);"
                + " typeof t + ' ' + (t.hasRef() === true)"));
  }
}
