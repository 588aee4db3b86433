package dev.polybridge.graal.jsr223;

import dev.polybridge.Bridge;
import dev.polybridge.ContextOptions;
import dev.polybridge.Language;
import java.util.List;
import java.util.function.Supplier;

/**
 * JSR-223 engines for JavaScript (GraalJS), found by {@link javax.script.ScriptEngineManager} under
 * the names {@code js}, {@code javascript}, {@code JavaScript}, {@code ECMAScript}, {@code
 * ecmascript} and {@code polybridge-js}, the extension {@code js} and the MIME types {@code
 * application/javascript}, {@code text/javascript}, {@code application/ecmascript} and {@code
 * text/ecmascript}.
 *
 * <pre>{@code
 * ScriptEngine js = new ScriptEngineManager().getEngineByName("js");
 * js.put("xs", List.of(1, 2, 3));
 * Object doubled = js.eval("xs.map(x => x * 2)");   // List [2, 4, 6]
 * }</pre>
 *
 * <p>Code is evaluated as a script, not as an ES module, which is why {@code mjs} is not among the
 * extensions: {@code import} declarations do not parse in a script. Use {@link
 * dev.polybridge.GuestContext#importModule(String)} for modules.
 *
 * <p>See {@link PolybridgeScriptEngineFactory} for what an engine owns and how to configure it, and
 * {@link PolybridgeScriptEngine} for the semantics of bindings, results and errors.
 */
public final class JsScriptEngineFactory extends PolybridgeScriptEngineFactory {

  /**
   * The factory {@link java.util.ServiceLoader} makes: each engine gets {@link Bridge#create()} and
   * {@link ContextOptions#sandboxed()}.
   */
  public JsScriptEngineFactory() {
    this(Bridge::create, ContextOptions.sandboxed());
  }

  /**
   * A factory whose engines each take a new bridge from {@code bridges} (the engine closes it) and
   * open their context with {@code options}; the options' stdout and stderr are replaced by the
   * engine's {@link javax.script.ScriptContext} writers.
   */
  public JsScriptEngineFactory(Supplier<Bridge> bridges, ContextOptions options) {
    super(
        Language.JS,
        "Polybridge JavaScript",
        "ECMAScript",
        "ECMAScript 2025",
        List.of("js", "javascript", "JavaScript", "ECMAScript", "ecmascript", "polybridge-js"),
        List.of("js"),
        List.of(
            "application/javascript",
            "text/javascript",
            "application/ecmascript",
            "text/ecmascript"),
        bridges,
        options);
  }

  /** {@code console.log("text")}, with {@code text} escaped as a string literal. */
  @Override
  public String getOutputStatement(String toDisplay) {
    return "console.log(" + literal(toDisplay) + ")";
  }

  /** The statements, each ended by a semicolon, one per line. */
  @Override
  public String getProgram(String... statements) {
    StringBuilder sb = new StringBuilder();
    for (String s : statements) {
      sb.append(s).append(";\n");
    }
    return sb.toString();
  }
}
