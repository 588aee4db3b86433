package dev.polybridge.graal.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/**
 * Engines made by a configured factory: their bridge, their sandbox, and their end, by {@code
 * close()} or by the Cleaner. JavaScript engines, which start in well under a second.
 */
class EngineLifecycleTest {

  @Test
  void closeClosesTheEnginesBridge() throws ScriptException {
    AtomicReference<Bridge> made = new AtomicReference<>();
    PolybridgeScriptEngine engine = newEngine(made, ContextOptions.sandboxed());
    assertEquals(null, made.get(), "no bridge before the first use");
    assertEquals(2, engine.eval("1 + 1"));
    engine.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, made.get()::runtime);
    assertEquals("The Bridge is closed; create a new one with Bridge.create()", e.getMessage());
  }

  @Test
  void unreachableEngineIsClosedByTheCleaner() throws Exception {
    AtomicReference<Bridge> made = new AtomicReference<>();
    evalOnceAndDrop(made);
    Bridge bridge = made.get();
    for (int i = 0; i < 200 && isOpen(bridge); i++) {
      System.gc();
      Thread.sleep(25);
    }
    assertEquals(false, isOpen(bridge));
  }

  @Test
  void hostAccessLetsAJavaObjectReachTheScriptByReference() throws ScriptException {
    try (PolybridgeScriptEngine engine =
        newEngine(
            new AtomicReference<>(), ContextOptions.builder().allowHostAccess(true).build())) {
      AtomicInteger hits = new AtomicInteger(40);
      engine.put("hits", hits);
      assertEquals(42, engine.eval("hits.incrementAndGet(); hits.incrementAndGet()"));
      assertEquals(42, hits.get());
      assertSame(hits, engine.get("hits"));
    }
  }

  private static void evalOnceAndDrop(AtomicReference<Bridge> made) throws ScriptException {
    ScriptEngine engine = newEngine(made, ContextOptions.sandboxed());
    assertEquals(3, engine.eval("1 + 2"));
  }

  private static boolean isOpen(Bridge bridge) {
    try {
      bridge.runtime();
      return true;
    } catch (IllegalStateException closed) {
      return false;
    }
  }

  private static PolybridgeScriptEngine newEngine(
      AtomicReference<Bridge> made, ContextOptions options) {
    JsScriptEngineFactory factory =
        new JsScriptEngineFactory(
            () -> {
              Bridge b = Bridge.create();
              made.set(b);
              return b;
            },
            options);
    assertTrue(factory.options() == options);
    return (PolybridgeScriptEngine) factory.getScriptEngine();
  }
}
