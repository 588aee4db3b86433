package dev.polybridge.graal.jsr223;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.Language;
import java.util.List;
import java.util.function.Supplier;

/**
 * JSR-223 engines for Python (GraalPy), found by {@link javax.script.ScriptEngineManager} under the
 * names {@code python}, {@code py}, {@code Python} and {@code polybridge-python}, the extension
 * {@code py} and the MIME types {@code text/x-python} and {@code application/x-python}.
 *
 * <pre>{@code
 * ScriptEngine py = new ScriptEngineManager().getEngineByName("python");
 * py.eval("def greet(name):\n    return f'hello {name}'");
 * String s = (String) ((Invocable) py).invokeFunction("greet", "world");   // "hello world"
 * }</pre>
 *
 * <p>See {@link PolybridgeScriptEngineFactory} for what an engine owns and how to configure it, and
 * {@link PolybridgeScriptEngine} for the semantics of bindings, results and errors.
 */
public final class PythonScriptEngineFactory extends PolybridgeScriptEngineFactory {

  /**
   * The factory {@link java.util.ServiceLoader} makes: each engine gets {@link Bridge#create()} and
   * {@link ContextOptions#sandboxed()}.
   */
  public PythonScriptEngineFactory() {
    this(Bridge::create, ContextOptions.sandboxed());
  }

  /**
   * A factory whose engines each take a new bridge from {@code bridges} (the engine closes it) and
   * open their context with {@code options}; the options' stdout and stderr are replaced by the
   * engine's {@link javax.script.ScriptContext} writers.
   */
  public PythonScriptEngineFactory(Supplier<Bridge> bridges, ContextOptions options) {
    super(
        Language.PYTHON,
        "Polybridge Python",
        "python",
        "3.12",
        List.of("python", "py", "Python", "polybridge-python"),
        List.of("py"),
        List.of("text/x-python", "application/x-python"),
        bridges,
        options);
  }

  /** {@code print("text")}, with {@code text} escaped as a string literal. */
  @Override
  public String getOutputStatement(String toDisplay) {
    return "print(" + literal(toDisplay) + ")";
  }

  /** The statements, one per line. */
  @Override
  public String getProgram(String... statements) {
    StringBuilder sb = new StringBuilder();
    for (String s : statements) {
      sb.append(s).append('\n');
    }
    return sb.toString();
  }
}
