package dev.polybridge.graal.jsr223;

import dev.polybridge.Bridge;
import dev.polybridge.BridgeException;
import dev.polybridge.ContextOptions;
import dev.polybridge.GuestContext;
import dev.polybridge.Handle;
import dev.polybridge.Language;
import dev.polybridge.spi.InterfaceBinder;
import java.io.IOException;
import java.io.Reader;
import java.lang.ref.Cleaner;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * A JSR-223 {@link ScriptEngine} running Python or JavaScript in its own isolated Polybridge
 * context; it is also {@link Invocable} and {@link Compilable}. Get one from {@link
 * javax.script.ScriptEngineManager} or from a {@link PolybridgeScriptEngineFactory}.
 *
 * <pre>{@code
 * ScriptEngine js = new ScriptEngineManager().getEngineByName("js");
 * js.put("name", "world");
 * js.eval("function greet(greeting) { return greeting + ', ' + name; }");
 * Object s = ((Invocable) js).invokeFunction("greet", "hello");   // "hello, world"
 * ((AutoCloseable) js).close();                                     // frees the guest now
 * }</pre>
 *
 * <p><b>Bindings.</b> Before each {@code eval} and {@code invoke*}, every binding of the {@link
 * ScriptContext} whose name is an identifier becomes a guest global (Python: a name in {@code
 * __main__}; JavaScript: a global), {@code ENGINE_SCOPE} overriding {@code GLOBAL_SCOPE}. Values
 * are converted as Polybridge converts arguments, by value: a {@code Map} arrives as a {@code dict}
 * or object, a {@code List} as a {@code list} or array, a lambda as a function; any other Java
 * object needs {@link ContextOptions#allowHostAccess(boolean) host access} (see the factory's
 * constructor), else the call fails with a {@link ScriptException} naming the binding. After a call
 * that succeeds, each binding the guest changed (assigned another value, or changed a {@code List}
 * or {@code Map} in place) is written to {@code ENGINE_SCOPE} as its natural Java value. The
 * guest's globals belong to the engine, not to a {@link ScriptContext}: names the script defines
 * stay defined for later calls, whatever context they pass. {@link #get(String)} falls back to
 * them, so {@code engine.get("x")} reads a global the script defined.
 *
 * <p><b>Results.</b> {@code eval}, {@code invokeFunction} and {@code invokeMethod} return the
 * natural Java value of the guest result: {@code Integer}, {@code Long} or {@code BigInteger} for
 * integers, {@code Double}, {@code String}, {@code Boolean}, {@code List} for lists and arrays,
 * {@code Map} for dicts and plain objects, {@code null} for None, null and undefined (and for
 * Python code that ends in a statement), and a {@link Handle} for anything else, such as a class
 * instance or a function. {@link #invokeMethod} accepts a {@code Handle}, an interface bound by
 * {@link #getInterface(Object, Class)}, or a {@code Map} or {@code List} this engine returned.
 *
 * <p><b>Errors.</b> A guest exception becomes a {@link ScriptException} whose message is the
 * guest's ({@code "ZeroDivisionError: division by zero"}), whose line is where it happened in the
 * evaluated code, whose file name is the context's {@link ScriptEngine#FILENAME} when set (else
 * {@code "<eval>"}), and whose cause is the {@link dev.polybridge.GuestException}. Timeouts and
 * resource limits arrive the same way. Guest output ({@code print}, {@code console.log}) goes to
 * the writers of the {@link ScriptContext} passed to {@code eval}, else to the engine's context.
 *
 * <p><b>Lifecycle.</b> The engine makes its {@link Bridge} and context on first use and frees them
 * on {@link #close()}; after that every call throws {@link IllegalStateException}. JSR-223 has no
 * close, so an engine that becomes unreachable is closed by a {@link Cleaner} as a safety net;
 * close it yourself (it is {@link AutoCloseable}) to free the guest's memory promptly.
 *
 * <p>Thread-safety: calls into the guest are serialized, so an engine may be used from several
 * threads with its own {@link ScriptContext}. Concurrent calls with different {@link
 * ScriptContext}s may see each other's bindings, which is why the factory's {@code "THREADING"}
 * parameter is {@code null}.
 */
public final class PolybridgeScriptEngine extends AbstractScriptEngine
    implements Invocable, Compilable, AutoCloseable {
  private static final Cleaner CLEANER = Cleaner.create();

  private final PolybridgeScriptEngineFactory factory;
  private final Language language;
  private final OutputRouter output;
  private final Session session;
  private final Cleaner.Cleanable cleanable;
  private final Origins origins = new Origins();

  PolybridgeScriptEngine(
      PolybridgeScriptEngineFactory factory, Supplier<Bridge> bridges, ContextOptions options) {
    this.factory = factory;
    this.language = factory.language();
    this.output = new OutputRouter(getContext());
    ContextOptions routed =
        options.toBuilder().stdout(output.stdout()).stderr(output.stderr()).build();
    this.session = new Session(factory.getEngineName(), language, bridges, routed);
    this.cleanable = CLEANER.register(this, session);
  }

  /**
   * Evaluates {@code script} with {@code context}'s bindings and writers; see the class comment.
   */
  @Override
  public Object eval(String script, ScriptContext context) throws ScriptException {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(context, "context");
    return run(context, guest -> natural(guest.eval(script)));
  }

  @Override
  public Object eval(Reader reader, ScriptContext context) throws ScriptException {
    Objects.requireNonNull(reader, "reader");
    return eval(read(reader), context);
  }

  /**
   * The {@code ENGINE_SCOPE} binding {@code key}; when there is none, the guest global of that name
   * as a natural Java value, or null.
   */
  @Override
  public Object get(String key) {
    Object value = super.get(key);
    Bindings engine = getBindings(ScriptContext.ENGINE_SCOPE);
    if (value != null || (engine != null && engine.containsKey(key))) {
      return value;
    }
    GuestContext guest = session.contextIfStarted();
    if (guest == null || !ScopeSync.isIdentifier(key)) {
      return null;
    }
    Handle global = ScopeSync.readGlobal(guest, key);
    return global == null ? null : natural(global);
  }

  @Override
  public void setContext(ScriptContext context) {
    super.setContext(context);
    output.fallback(context);
  }

  @Override
  public Bindings createBindings() {
    return new SimpleBindings();
  }

  @Override
  public ScriptEngineFactory getFactory() {
    return factory;
  }

  // ---- Invocable ----

  /**
   * Calls the global function {@code name} with the engine's context.
   *
   * @throws NoSuchMethodException if there is no such global, or it is not callable
   */
  @Override
  public Object invokeFunction(String name, Object... args)
      throws ScriptException, NoSuchMethodException {
    Objects.requireNonNull(name, "name");
    Object[] a = args == null ? new Object[0] : args;
    return run(
        getContext(),
        guest -> {
          Handle f = ScopeSync.readGlobal(guest, name);
          if (f == null || f.isNull()) {
            throw new NoSuchMethodException(
                "No function '" + name + "' among the " + language.displayName() + " globals");
          }
          if (!f.isCallable()) {
            throw new NoSuchMethodException(
                "The "
                    + language.displayName()
                    + " global '"
                    + name
                    + "' is a "
                    + f.typeName()
                    + ", not a function");
          }
          return natural(f.call(a));
        });
  }

  /**
   * Calls method {@code name} of a script object ({@code this}-bound in JavaScript, a bound method
   * in Python).
   *
   * @throws IllegalArgumentException if {@code thiz} is null or not a script object of this engine
   * @throws NoSuchMethodException if the object has no such method
   */
  @Override
  public Object invokeMethod(Object thiz, String name, Object... args)
      throws ScriptException, NoSuchMethodException {
    Handle target = scriptObject(thiz);
    Objects.requireNonNull(name, "name");
    Object[] a = args == null ? new Object[0] : args;
    return run(
        getContext(),
        guest -> {
          if (!target.has(name) || !target.get(name).isCallable()) {
            throw new NoSuchMethodException(
                "The "
                    + language.displayName()
                    + " "
                    + target.typeName()
                    + " has no method '"
                    + name
                    + "'");
          }
          return natural(target.invoke(name, a));
        });
  }

  /**
   * The guest's globals as {@code clasz}, bound as {@link Handle#as(Class)} binds; null if a method
   * of {@code clasz} has no guest function. Python binds the {@code __main__} module, so functions
   * defined later are found too. JavaScript binds a view of the global scope made now, holding the
   * functions defined now (top-level {@code let} and {@code const} included) and calling their
   * current values; in them {@code this} is that view, not {@code globalThis}. Bindings are copied
   * in by {@code eval} and {@code invoke*}, not by calls through the interface.
   */
  @Override
  public <T> T getInterface(Class<T> clasz) {
    Interfaces.check(clasz);
    return Interfaces.bindIfComplete(session.globals(Interfaces.names(clasz, language)), clasz);
  }

  /** {@code thiz} as {@code clasz}; null if a method of {@code clasz} has no guest method. */
  @Override
  public <T> T getInterface(Object thiz, Class<T> clasz) {
    Handle target = scriptObject(thiz);
    return Interfaces.bindIfComplete(target, clasz);
  }

  // ---- Compilable ----

  /**
   * A script to evaluate repeatedly. Python code is checked for syntax errors here; JavaScript code
   * when first evaluated. The backend caches parsed code, so later evaluations do not parse again.
   */
  @Override
  public CompiledScript compile(String script) throws ScriptException {
    Objects.requireNonNull(script, "script");
    if (language == Language.PYTHON) {
      GuestContext guest = session.context();
      try {
        guest.importModule("builtins").invoke("compile", script, ScriptErrors.EVAL_SOURCE, "exec");
      } catch (BridgeException e) {
        throw ScriptErrors.of(e, getContext());
      }
    }
    return new PolybridgeCompiledScript(this, script);
  }

  @Override
  public CompiledScript compile(Reader script) throws ScriptException {
    Objects.requireNonNull(script, "script");
    return compile(read(script));
  }

  // ---- lifecycle ----

  /** Closes the engine's bridge and context. Idempotent; later calls throw. */
  @Override
  public void close() {
    cleanable.clean();
  }

  @Override
  public String toString() {
    return "PolybridgeScriptEngine[" + language.displayName() + "]";
  }

  // ---- internals ----

  /** A call into the guest: bindings in, output routed, bindings back, errors mapped. */
  private <T, X extends Exception> T run(ScriptContext context, GuestWork<T, X> work)
      throws ScriptException, X {
    GuestContext guest = session.context();
    ScriptContext previous = output.enter(context);
    try {
      ScopeSync sync = ScopeSync.copyIn(guest, context);
      T result = work.apply(guest);
      sync.writeBack(this::natural);
      return result;
    } catch (BridgeException e) {
      throw ScriptErrors.of(e, context);
    } finally {
      try {
        session.flushOutput();
      } catch (RuntimeException e) {
        // Output the guest could not flush (its context was closed by a limit, or the script
        // replaced sys.stdout) must not hide the call's own result or exception.
      }
      output.exit(previous);
    }
  }

  private Object natural(Handle value) {
    Object v = value.as(Object.class);
    if (v instanceof Map || v instanceof List) {
      origins.remember(v, value);
    }
    return v;
  }

  private Handle scriptObject(Object thiz) {
    if (thiz == null) {
      throw new IllegalArgumentException("thiz is null; pass a script object");
    }
    if (thiz instanceof Handle) {
      return (Handle) thiz;
    }
    Handle bound = InterfaceBinder.handleOf(thiz);
    if (bound != null) {
      return bound;
    }
    Handle origin = origins.of(thiz);
    if (origin != null) {
      return origin;
    }
    throw new IllegalArgumentException(
        "A "
            + thiz.getClass().getName()
            + " is not a script object of this engine: pass a Handle, or a value this engine"
            + " returned from eval, get or invokeFunction");
  }

  private static String read(Reader reader) throws ScriptException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n; (n = reader.read(buf)) != -1; ) {
        sb.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new ScriptException(e);
    }
    return sb.toString();
  }

  /** Work done inside the guest; may throw {@code X} ({@link NoSuchMethodException}). */
  @FunctionalInterface
  private interface GuestWork<T, X extends Exception> {
    T apply(GuestContext guest) throws X;
  }
}
