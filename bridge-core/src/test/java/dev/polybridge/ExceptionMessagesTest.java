package dev.polybridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages and fields of the exceptions a backend builds. */
class ExceptionMessagesTest {

  @Test
  void guestExceptionMessageIsTypeColonMessage() {
    GuestException e =
        new GuestException(
            Language.PYTHON, "ZeroDivisionError", "division by zero", List.of(), null);

    assertEquals("ZeroDivisionError: division by zero", e.getMessage());
    assertEquals("ZeroDivisionError", e.guestType());
    assertEquals("division by zero", e.guestMessage());
    assertEquals(Language.PYTHON, e.language());
  }

  @Test
  void guestExceptionWithAnEmptyMessageShowsOnlyTheType() {
    GuestException e = new GuestException(Language.PYTHON, "StopIteration", "", List.of(), null);

    assertEquals("StopIteration", e.getMessage());
  }

  @Test
  void guestExceptionUsesTheCombinedStackTraceGiven() {
    GuestFrame frame = new GuestFrame(Language.JS, "lib", "parse", "lib.js", 7);
    StackTraceElement[] combined = {
      frame.toStackTraceElement(), new StackTraceElement("App", "main", "App.java", 3)
    };

    GuestException e =
        new GuestException(Language.JS, "TypeError", "bad", List.of(frame), combined);

    assertArrayEquals(combined, e.getStackTrace());
    assertEquals(List.of(frame), e.guestStackTrace());
  }

  @Test
  void guestFrameReadsLikeAJavaFrame() {
    GuestFrame frame = new GuestFrame(Language.PYTHON, "my_module", "parse", "my_module.py", 7);

    assertEquals("my_module.parse(my_module.py:7)", frame.toString());
    assertEquals(
        new StackTraceElement("my_module", "parse", "my_module.py", 7),
        frame.toStackTraceElement());
    assertEquals(
        "m.<module>(<eval>)",
        new GuestFrame(Language.PYTHON, "m", "<module>", "<eval>", -1).toString());
  }

  @Test
  void syntaxExceptionKeepsLineAndColumn() {
    GuestSyntaxException e =
        new GuestSyntaxException(
            Language.PYTHON, "SyntaxError", "invalid syntax", 1, 6, List.of(), null);

    assertEquals(1, e.line());
    assertEquals(6, e.column());
    assertEquals("SyntaxError: invalid syntax", e.getMessage());
  }

  @Test
  void timeoutMessageSaysWhetherTheContextSurvived() {
    assertEquals(
        "Guest code ran longer than its timeout of 1500 ms and was interrupted; the context is"
            + " still usable. Raise ContextOptions.timeout(...) if the work needs longer.",
        new ExecutionTimeoutException(Duration.ofMillis(1500), false).getMessage());
    assertEquals(
        "Guest code ran longer than its timeout of 1000 ms and was cancelled; the context is"
            + " closed, create a new one. Raise ContextOptions.timeout(...) if the work needs"
            + " longer.",
        new ExecutionTimeoutException(Duration.ofSeconds(1), true).getMessage());
  }

  @Test
  void resourceLimitMessageNamesTheOption() {
    ResourceLimitException e =
        new ResourceLimitException(ResourceLimitException.Limit.STATEMENTS, 1000, true);

    assertEquals(
        "Guest code exceeded its statementLimit of 1000 statements and was stopped; the context"
            + " is closed, create a new one. Raise ContextOptions.statementLimit(...) if the work"
            + " needs more.",
        e.getMessage());
    assertEquals(ResourceLimitException.Limit.STATEMENTS, e.limit());
    assertEquals(1000, e.value());
  }

  @Test
  void conversionExceptionKeepsWhereItFailed() {
    ConversionException e =
        new ConversionException("str", Integer.class, "[2]", "Cannot convert Python str");

    assertEquals("str", e.guestType());
    assertEquals(Integer.class, e.targetType());
    assertEquals("[2]", e.path());
  }

  @Test
  void bindingExceptionNamesTheMethodAtFault() throws NoSuchMethodException {
    BindingException e =
        new BindingException(Runnable.class.getMethod("run"), "cannot bind a void method");

    assertEquals("cannot bind a void method\n    for method Runnable.run", e.getMessage());
  }
}
