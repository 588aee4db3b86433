package dev.polybridge.graal.jsr223;

import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

/**
 * A script from {@link PolybridgeScriptEngine#compile(String)}: each {@link #eval(ScriptContext)}
 * evaluates the same source in the engine, with the same semantics as {@code engine.eval}. Parsing
 * is not repeated: the backend caches parsed code by its text.
 */
final class PolybridgeCompiledScript extends CompiledScript {
  private final PolybridgeScriptEngine engine;
  private final String source;

  PolybridgeCompiledScript(PolybridgeScriptEngine engine, String source) {
    this.engine = engine;
    this.source = source;
  }

  @Override
  public Object eval(ScriptContext context) throws ScriptException {
    return engine.eval(source, context);
  }

  @Override
  public ScriptEngine getEngine() {
    return engine;
  }
}
