package dev.polybridge.graal.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.polybridge.Bridge;
import dev.polybridge.GuestContext;
import dev.polybridge.GuestException;
import dev.polybridge.GuestFrame;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.TypeRef;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GuestException#guestObject()} is a handle on what the guest raised or threw, with its own
 * fields, while its context is open; a rejected promise's exception carries the frames where its
 * error was made ({@code fixtures/errors/errors_fixture.py} and {@code .js}).
 */
class GuestErrorObjectTest {
  static Bridge bridge;

  @BeforeAll
  static void openBridge() throws URISyntaxException {
    Path fixtures =
        Path.of(
            Objects.requireNonNull(
                    GuestErrorObjectTest.class.getResource("/fixtures/errors"),
                    "/fixtures/errors is missing")
                .toURI());
    bridge = Bridge.builder().pythonPath(fixtures).jsModulePath(fixtures).build();
  }

  @AfterAll
  static void closeBridge() {
    bridge.close();
  }

  @Test
  void pythonExceptionObjectKeepsItsOwnFields() {
    Handle errors = bridge.python().importModule("errors_fixture");

    GuestException e = assertThrows(GuestException.class, () -> errors.invoke("fetch", "/a"));

    assertEquals("HttpError", e.guestType());
    assertEquals(404, e.guestObject().get("status").as(Integer.class));
    assertEquals("/a not found", e.guestObject().get("reason").as(String.class));
    assertEquals("HttpError", e.guestObject().typeName());
    assertEquals(Language.PYTHON, e.guestObject().language());
  }

  @Test
  void javaScriptErrorObjectKeepsItsOwnFields() {
    Handle errors = bridge.js().importModule("./errors_fixture.js");

    GuestException e = assertThrows(GuestException.class, () -> errors.invoke("fetch", "/b"));

    assertEquals("Error", e.guestType());
    assertEquals(404, e.guestObject().get("status").as(Integer.class));
    assertEquals("/b not found", e.guestObject().get("message").as(String.class));
  }

  @Test
  void aThrownPlainObjectIsTheGuestObject() {
    Handle errors = bridge.js().importModule("./errors_fixture.js");

    GuestException e = assertThrows(GuestException.class, () -> errors.invoke("throwPlainObject"));

    assertEquals("E42", e.guestObject().get("code").as(String.class));
    assertEquals(true, e.guestObject().get("retry").as(Boolean.class));
  }

  @Test
  void theGuestObjectCannotBeUsedOnceItsContextIsClosed() {
    GuestException e;
    try (GuestContext py = bridge.newContext(Language.PYTHON)) {
      e = assertThrows(GuestException.class, () -> py.eval("1 / 0"));
      assertEquals("division by zero", e.guestObject().toString());
    }

    IllegalStateException closed =
        assertThrows(IllegalStateException.class, () -> e.guestObject().toString());
    assertEquals(
        "The isolated Python context #1 is closed; values and handles from it can no longer be"
            + " used",
        closed.getMessage().replaceFirst("#\\d+", "#1"));
  }

  @Test
  void rejectedPromiseCarriesTheFramesWhereItsErrorWasMade() throws Exception {
    Handle errors = bridge.js().importModule("./errors_fixture.js");
    CompletableFuture<Integer> future =
        errors.invoke("fetchLater", "/c").as(new TypeRef<CompletableFuture<Integer>>() {});

    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));

    GuestException cause = assertInstanceOf(GuestException.class, e.getCause());
    assertEquals("RangeError", cause.guestType());
    assertEquals("/c is out of range", cause.guestMessage());
    assertEquals("/c is out of range", cause.guestObject().get("message").as(String.class));
    List<GuestFrame> frames = cause.guestStackTrace();
    assertEquals(
        new GuestFrame(Language.JS, "errors_fixture", "fetchLater", "errors_fixture.js", 18),
        frames.get(0));
  }
}
