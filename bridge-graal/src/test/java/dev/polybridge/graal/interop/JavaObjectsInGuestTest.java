package dev.polybridge.graal.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.Language;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How Java objects that are not values of the conversion table look to guest code. */
class JavaObjectsInGuestTest {
  private static Bridge bridge;
  private static GuestContext js;

  @BeforeAll
  static void open() {
    bridge = Bridge.create();
    js = bridge.newContext(Language.JS, ContextOptions.builder().allowHostAccess(true).build());
  }

  @AfterAll
  static void close() {
    bridge.close();
  }

  @Test
  void anObjectWhoseClassHappensToBeComparableKeepsItsMethodsUnderHostAccess() {
    StringBuilder log = new StringBuilder();
    js.setGlobal("log", log);
    js.exec("log.append('a'); log.append('b');");
    assertEquals("ab", log.toString());
  }

  @Test
  void aLambdaBecomesAGuestFunction() {
    js.setGlobal("twice", (IntUnaryOperator) x -> 2 * x);
    assertEquals(42, js.eval("twice(21)").as(Integer.class));
  }

  @Test
  void attributesOfAJsProxyAreReadThroughItsGetTrap() {
    assertEquals(
        "seen:color",
        js.eval("new Proxy({}, { get: (target, key) => 'seen:' + String(key) })")
            .get("color")
            .as(String.class));
  }
}
