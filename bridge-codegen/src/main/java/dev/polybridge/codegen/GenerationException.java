package dev.polybridge.codegen;

import dev.polybridge.BridgeException;

/**
 * A generation could not run: a module failed to import, or the output directory could not be read
 * or written. The message is one line; {@link #pythonTraceback()} has Python's traceback when a
 * module raised.
 *
 * <pre>{@code
 * try {
 *   Generator.generate(request);
 * } catch (GenerationException e) {
 *   System.err.println(e.getMessage());          // cannot import Python module 'shop': ...
 *   System.err.print(e.pythonTraceback());
 * }
 * }</pre>
 */
public class GenerationException extends BridgeException {
  private static final long serialVersionUID = 1L;

  private final String pythonTraceback;

  public GenerationException(String message, String pythonTraceback, Throwable cause) {
    super(message, cause);
    this.pythonTraceback = pythonTraceback == null ? "" : pythonTraceback;
  }

  /** Python's traceback text when a module raised, else empty. */
  public String pythonTraceback() {
    return pythonTraceback;
  }
}
