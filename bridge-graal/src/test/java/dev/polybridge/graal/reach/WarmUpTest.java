package dev.polybridge.graal.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.GuestException;
import dev.polybridge.Language;
import org.junit.jupiter.api.Test;

/** Builder.warmUp prepares the shared Python context and imports modules in the background. */
class WarmUpTest {

  @Test
  void warmUpImportsTheModulesInTheBackgroundAndAFailedOneFailsAgainWhenUsed() throws Exception {
    try (Bridge bridge =
        Bridge.builder().warmUp(Language.PYTHON, "json", "no_such_module_for_warm_up").build()) {
      boolean imported = false;
      for (int i = 0; i < 600 && !imported; i++) {
        imported =
            bridge
                .python()
                .eval("__import__('sys').modules.get('json') is not None")
                .as(Boolean.class);
        if (!imported) {
          Thread.sleep(100);
        }
      }
      assertTrue(imported, "json was not imported by the warm-up within 60 s");
      GuestException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              GuestException.class,
              () -> bridge.python().importModule("no_such_module_for_warm_up"));
      assertEquals("ModuleNotFoundError", e.guestType());
    }
  }
}
