package dev.polybridge;

/**
 * One guest-language environment: its own globals, modules and objects.
 *
 * <pre>{@code
 * try (GuestContext js = bridge.newContext(Language.JS)) {
 *   js.exec("function twice(x) { return 2 * x; }");
 *   int six = js.global("twice").call(3).as(Integer.class);
 * }
 * }</pre>
 *
 * <p>A bridge's shared contexts ({@link Bridge#python()}, {@link Bridge#js()}) live as long as the
 * bridge; calling {@link #close()} on them does nothing. Contexts from {@link
 * Bridge#newContext(Language)} are isolated and sandboxed, and closed by {@link #close()} or with
 * the bridge.
 *
 * <p>Thread-safety: a context may be used from any thread; calls into it are serialized.
 */
public interface GuestContext extends AutoCloseable {

  /** The language of this context. */
  Language language();

  /**
   * Evaluates code and returns its value. Python: the value of the last line when it is an
   * expression, otherwise a handle whose {@link Handle#isNull()} is true. JavaScript: the
   * completion value. Empty code gives a null handle.
   *
   * @throws GuestSyntaxException if the code does not parse
   * @throws GuestException if the code raises or throws
   */
  Handle eval(String code);

  /** Runs code for its effects, discarding its value. */
  void exec(String code);

  /**
   * Imports a module. Python: {@code import a.b.c}, returning module {@code a.b.c}. JavaScript:
   * {@code require(name)} (CommonJS) for bare and relative names, an ES module's namespace for
   * names ending in {@code .mjs}.
   *
   * @throws GuestException if there is no such module ({@code ModuleNotFoundError} in Python)
   */
  Handle importModule(String name);

  /**
   * Reads a global variable. Python: a name in {@code __main__} (a missing one raises {@code
   * NameError}); JavaScript: a property of the global object ({@code undefined} when missing).
   */
  Handle global(String name);

  /** Sets a global variable, converting {@code value} to a native guest value. */
  void setGlobal(String name, Object value);

  /**
   * Converts a Java value to a native guest value, as arguments are converted: a {@code Map}
   * becomes a {@code dict} or object, a {@code List} a {@code list} or {@code Array}, a lambda a
   * callable.
   */
  Handle toGuest(Object javaValue);

  /** Whether this context is closed, by {@link #close()}, its bridge, or a cancelled run. */
  boolean isClosed();

  /** Closes the context, stopping any guest code running in it. Idempotent. */
  @Override
  void close();
}
