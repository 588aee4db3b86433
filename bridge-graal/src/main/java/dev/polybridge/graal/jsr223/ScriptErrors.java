package dev.polybridge.graal.jsr223;

import dev.polybridge.BridgeException;
import dev.polybridge.GuestException;
import dev.polybridge.GuestFrame;
import dev.polybridge.GuestSyntaxException;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

/**
 * Turns Polybridge's exceptions into the {@link ScriptException} JSR-223 callers catch, keeping the
 * original as its cause (with {@link GuestException#guestType()} and the guest stack trace).
 */
final class ScriptErrors {
  /** The source name Polybridge gives code evaluated from a string. */
  static final String EVAL_SOURCE = "<eval>";

  private ScriptErrors() {}

  /**
   * A {@link ScriptException} whose message is the guest's ({@code "ZeroDivisionError: division by
   * zero"}), whose line is the syntax error's line or the innermost frame of evaluated code, and
   * whose file name is the context's {@link ScriptEngine#FILENAME} when set, else the frame's.
   */
  static ScriptException of(BridgeException e, ScriptContext context) {
    Object named = context == null ? null : context.getAttribute(ScriptEngine.FILENAME);
    String file = named instanceof String ? (String) named : null;
    int line = -1;
    int column = -1;
    if (e instanceof GuestSyntaxException) {
      GuestSyntaxException syntax = (GuestSyntaxException) e;
      line = syntax.line();
      column = syntax.column();
      file = file != null ? file : EVAL_SOURCE;
    } else if (e instanceof GuestException) {
      GuestFrame frame = scriptFrame((GuestException) e);
      if (frame != null) {
        line = frame.line();
        file = file != null ? file : frame.file();
      }
    }
    ScriptException se = new ScriptException(e.getMessage(), file, line, column);
    se.initCause(e);
    return se;
  }

  /** The innermost frame of code given to {@code eval}, else the innermost frame with a line. */
  private static GuestFrame scriptFrame(GuestException e) {
    GuestFrame withLine = null;
    for (GuestFrame f : e.guestStackTrace()) {
      if (f.line() > 0) {
        if (EVAL_SOURCE.equals(f.file())) {
          return f;
        }
        if (withLine == null) {
          withLine = f;
        }
      }
    }
    return withLine;
  }
}
