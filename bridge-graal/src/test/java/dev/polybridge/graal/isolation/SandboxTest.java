package dev.polybridge.graal.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@link ContextOptions#sandboxed()} allows and what each builder option opens. The escape
 * corpus ({@link EscapeCorpusTest}) covers what the sandbox refuses.
 */
class SandboxTest {
  static Bridge bridge;
  static Path hostFile;

  @BeforeAll
  static void setUp() throws IOException {
    bridge = Isolation.newBridge(new ByteArrayOutputStream(), new ByteArrayOutputStream());
    hostFile = Files.createTempFile("polybridge-host", ".txt");
    Files.writeString(hostFile, "from the host");
  }

  @AfterAll
  static void tearDown() throws IOException {
    bridge.close();
    Files.deleteIfExists(hostFile);
  }

  @Test
  void sandboxedOptionsHaveNoLimitsAndOpenNothing() {
    ContextOptions sandboxed = ContextOptions.sandboxed();
    assertEquals(Optional.empty(), sandboxed.timeout());
    assertEquals(OptionalLong.empty(), sandboxed.statementLimit());
    assertEquals(OptionalLong.empty(), sandboxed.maxAllocatedBytes());
    assertFalse(sandboxed.allowHostAccess());
    assertFalse(sandboxed.allowIO());
    assertEquals(Optional.empty(), sandboxed.stdout());
    assertEquals(Optional.empty(), sandboxed.stderr());
  }

  @Test
  void sandboxedPythonImportsItsStandardLibraryAndThePythonPath() {
    try (GuestContext python = bridge.newContext(Language.PYTHON)) {
      assertEquals(
          "[1, 2]",
          python
              .eval("import json, decimal, datetime, collections\njson.dumps([1, 2])")
              .toString());
      assertEquals(
          "isolation_support", python.importModule("isolation_support").get("__name__").toString());
    }
  }

  @Test
  void sandboxedPythonReadsButCannotWriteThePythonPath() {
    try (GuestContext python = bridge.newContext(Language.PYTHON)) {
      python.exec("import isolation_support");
      assertTrue(
          python
              .eval("open(isolation_support.__file__).read()")
              .toString()
              .startsWith("\"\"\"Guest code for the isolation tests"));
      GuestException e =
          assertThrows(
              GuestException.class,
              () -> python.exec("open(isolation_support.__file__, 'a').write('# escaped')"));
      assertEquals("PermissionError", e.guestType());
      assertEquals(
          "[Errno 1] Operation not permitted: '"
              + Isolation.resource("support").resolve("isolation_support.py")
              + "'",
          e.guestMessage());
    }
  }

  @Test
  void sandboxedJsRequiresModulesFromItsModuleFolderOnly() {
    try (GuestContext js = bridge.newContext(Language.JS)) {
      assertEquals("function", js.eval("typeof require('./isolation_support.js').spin").toString());
    }
  }

  @Test
  void allowIoLetsTheGuestReadHostFiles() {
    try (GuestContext python =
        bridge.newContext(Language.PYTHON, ContextOptions.builder().allowIO(true).build())) {
      python.setGlobal("path", hostFile.toString());
      assertEquals("from the host", python.eval("open(path).read()").toString());
    }
    try (GuestContext python = bridge.newContext(Language.PYTHON)) {
      python.setGlobal("path", hostFile.toString());
      GuestException e = assertThrows(GuestException.class, () -> python.eval("open(path).read()"));
      assertEquals("PermissionError", e.guestType());
    }
  }

  @Test
  void allowHostAccessLetsTheGuestUseJavaClasses() {
    try (GuestContext js =
        bridge.newContext(Language.JS, ContextOptions.builder().allowHostAccess(true).build())) {
      assertEquals(
          "olleh",
          js.eval(
                  "const StringBuilder = Java.type('java.lang.StringBuilder');"
                      + " new StringBuilder('hello').reverse().toString()")
              .toString());
    }
    try (GuestContext js = bridge.newContext(Language.JS)) {
      GuestException e =
          assertThrows(GuestException.class, () -> js.eval("Java.type('java.lang.StringBuilder')"));
      assertEquals("TypeError", e.guestType());
      assertEquals(
          "Access to host class java.lang.StringBuilder is not allowed or does not exist.",
          e.guestMessage());
    }
  }

  @Test
  void sharedContextsStartFromTheSameSandbox() {
    GuestException e =
        assertThrows(
            GuestException.class, () -> bridge.python().exec("import os\nos.listdir('/')"));
    assertEquals("PermissionError", e.guestType());
    GuestException signal =
        assertThrows(
            GuestException.class,
            () -> bridge.python().exec("import signal\nsignal.raise_signal(signal.SIGTERM)"));
    assertEquals("PermissionError", signal.guestType());
  }
}
