package dev.polybridge.graal.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.Language;
import org.junit.jupiter.api.Test;

/**
 * GraalPy's own native modules ({@code sqlite3}, the {@code _cpython_sre} fallback) with {@code
 * ContextOptions.allowNativeModules}: in every context that allows them, whatever was created
 * before it and in whichever bridge; refused with a message naming the switch elsewhere. That
 * ctypes and other libraries stay refused is in the escape corpus.
 */
class NativeModulesTest {
  static final ContextOptions NATIVE = ContextOptions.builder().allowNativeModules(true).build();

  static final String SQL =
      "import sqlite3\n"
          + "db = sqlite3.connect(':memory:')\n"
          + "db.execute('create table t (name text, n integer)')\n"
          + "db.executemany('insert into t values (?, ?)', [('a', 1), ('b', 2)])\n";

  static final String RESULT =
      "str(db.execute('select name, n * 10 from t order by n').fetchall())";

  @Test
  void sqlite3WorksInEveryContextThatAllowsItWhateverWasCreatedBefore() {
    try (Bridge first = Bridge.create();
        Bridge second = Bridge.create()) {
      try (GuestContext sandboxed = first.newContext(Language.PYTHON)) {
        sandboxed.exec("import json");
      }
      for (Bridge bridge : new Bridge[] {first, second, first}) {
        try (GuestContext py = bridge.newContext(Language.PYTHON, NATIVE)) {
          py.exec(SQL);
          assertEquals("[('a', 10), ('b', 20)]", py.eval(RESULT).toString());
        }
      }
      try (GuestContext one = first.newContext(Language.PYTHON, NATIVE);
          GuestContext two = second.newContext(Language.PYTHON, NATIVE)) {
        one.exec(SQL);
        two.exec(SQL);
        assertEquals(one.eval(RESULT).toString(), two.eval(RESULT).toString());
      }
    }
  }

  @Test
  void sqlite3WithoutTheSwitchFailsWithAMessageNamingTheModuleAndTheSwitch() {
    try (Bridge bridge = Bridge.create();
        GuestContext py = bridge.newContext(Language.PYTHON)) {
      GuestException e = assertThrows(GuestException.class, () -> py.exec("import sqlite3"));
      assertEquals("ImportError", e.guestType());
      assertEquals(
          "sqlite3 needs GraalPy's native module _sqlite3, which this Polybridge context does not"
              + " allow. Create the context with ContextOptions.builder().allowNativeModules(true)"
              + " to allow it.",
          e.guestMessage());
    }
  }

  @Test
  void theSharedContextAllowsNativeModulesWhenTheBridgeDefaultsSaySo() {
    try (Bridge bridge = Bridge.builder().defaults(NATIVE).build()) {
      bridge.python().exec(SQL);
      assertEquals("[('a', 10), ('b', 20)]", bridge.python().eval(RESULT).toString());
    }
  }
}
