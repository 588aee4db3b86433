package dev.polybridge;

/**
 * One frame of a guest stack trace, innermost first in {@link GuestException#guestStackTrace()}.
 *
 * <pre>{@code
 * GuestFrame top = e.guestStackTrace().get(0);   // my_module.py:7 in parse
 * }</pre>
 *
 * @param language the frame's language
 * @param module the module or script: a Python module name, a JS file name without extension
 * @param function the function, {@code "<module>"} for Python top-level code, {@code ":program"}
 *     for JS top-level code
 * @param file the source file name, {@code "<eval>"} for code given as a string
 * @param line the 1-based line, or -1 when unknown
 */
public record GuestFrame(Language language, String module, String function, String file, int line) {

  /** This frame as a Java stack frame: {@code module.function(file:line)}. */
  public StackTraceElement toStackTraceElement() {
    return new StackTraceElement(module, function, file, line);
  }

  @Override
  public String toString() {
    return module + "." + function + "(" + file + (line > 0 ? ":" + line : "") + ")";
  }
}
